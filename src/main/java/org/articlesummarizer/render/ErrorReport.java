package org.articlesummarizer.render;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.article.RejectedInputException;

/** The JSON written in place of a summary when the input cannot be summarised. */
public final class ErrorReport {

    private ErrorReport() {
    }

    public static String render(RejectedInputException e, SourceInfo source, String generatorVersion) {
        JsonObject o = Json.object()
                .add("schemaVersion", JsonRenderer.SCHEMA_VERSION)
                .add("error", Json.object()
                        .add("code", e.reason().code())
                        .add("title", e.reason().title())
                        .add("detail", e.getMessage()));
        if (source != null) {
            o.add("source", Json.object()
                    .add("bucket", source.bucket() == null ? Json.NULL : Json.value(source.bucket()))
                    .add("key", source.key() == null ? Json.NULL : Json.value(source.key()))
                    .add("eTag", source.eTag() == null ? Json.NULL : Json.value(source.eTag()))
                    .add("sequencer", source.sequencer() == null ? Json.NULL : Json.value(source.sequencer()))
                    .add("bytes", source.bytes()));
        }
        o.add("generator", Json.object().add("name", SummaryInfo.NAME).add("version", generatorVersion));
        return o.toString(WriterConfig.PRETTY_PRINT);
    }
}
