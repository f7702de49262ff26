package org.articlesummarizer.render;

import java.util.Map;
import java.util.TreeMap;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Summary;

/** Renders a {@link Summary} as the versioned JSON contract (schemaVersion 1). */
public final class JsonRenderer {

    public static final int SCHEMA_VERSION = 1;
    /** Reading speed used for readingTimeMinutes, in words per minute (the usual 230). */
    private static final int WORDS_PER_MINUTE = 230;

    private JsonRenderer() {
    }

    /** @param source where the input came from; null leaves the source block out (HTTP responses). */
    public static String render(Summary summary, SourceInfo source) {
        return toJson(summary, source).toString(WriterConfig.PRETTY_PRINT);
    }

    public static JsonObject toJson(Summary summary, SourceInfo source) {
        JsonObject root = Json.object().add("schemaVersion", SCHEMA_VERSION);
        if (source != null) root.add("source", source(source));
        root.add("article", article(summary.article(), summary.sentenceCount()));
        JsonArray sentences = Json.array();
        for (SelectedSentence s : summary.sentences()) {
            sentences.add(Json.object()
                    .add("index", s.sentence().index())
                    .add("paragraph", s.sentence().paragraph())
                    .add("text", s.sentence().text())
                    .add("score", s.score())
                    .add("claim", claim(s.claim())));
        }
        root.add("summary", Json.object().add("sentences", sentences).add("text", summary.text()));
        JsonObject params = Json.object();
        for (Map.Entry<String, String> e : new TreeMap<>(summary.generator().parameters()).entrySet()) {
            params.add(e.getKey(), e.getValue());
        }
        root.add("generator", Json.object()
                .add("name", summary.generator().name())
                .add("version", summary.generator().version())
                .add("parameters", params));
        return root;
    }

    private static JsonObject source(SourceInfo s) {
        return Json.object()
                .add("bucket", str(s.bucket()))
                .add("key", str(s.key()))
                .add("versionId", str(s.versionId()))
                .add("eTag", str(s.eTag()))
                .add("sequencer", str(s.sequencer()))
                .add("contentType", str(s.contentType()))
                .add("bytes", s.bytes())
                .add("sha256", str(s.sha256()));
    }

    private static JsonObject article(Article a, int sentenceCount) {
        int words = a.wordCount();
        return articleMetadata(a, words)
                .add("sentenceCount", sentenceCount)
                .add("readingTimeMinutes", Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)));
    }

    /** The article block's fields that need no sentences: title, metadata, format and word count. */
    public static JsonObject articleMetadata(Article a) {
        return articleMetadata(a, a.wordCount());
    }

    private static JsonObject articleMetadata(Article a, int words) {
        ArticleMetadata m = a.metadata();
        return Json.object()
                .add("title", str(a.title()))
                .add("byline", str(m.byline()))
                .add("publishedTime", str(m.publishedTime()))
                .add("siteName", str(m.siteName()))
                .add("section", str(m.section()))
                .add("language", str(m.language()))
                .add("format", str(m.format()))
                .add("wordCount", words);
    }

    static JsonObject claim(Claim c) {
        JsonObject o = Json.object()
                .add("kind", c.kind().wireName())
                .add("speaker", str(c.speaker()))
                .add("cue", str(c.cue()));
        if (c.speakerResolved() != null) o.add("speakerResolved", c.speakerResolved());
        return o;
    }

    private static JsonValue str(String s) {
        return s == null ? Json.NULL : Json.value(s);
    }
}
