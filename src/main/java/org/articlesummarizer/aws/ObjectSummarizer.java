package org.articlesummarizer.aws;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.Version;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.render.ErrorReport;
import org.articlesummarizer.render.JsonRenderer;
import org.articlesummarizer.render.MarkdownRenderer;
import org.articlesummarizer.render.Sha256;
import org.articlesummarizer.render.SourceInfo;

/**
 * Summarises one stored object and writes the result beside it under the output prefix. The
 * rules users rely on live here: read only under the input prefix, never under the output
 * prefix; an error report, not a retry, for input that cannot be summarised; an older event
 * never overwrites the result of a newer one; the outputs of a key always describe its latest
 * version, so a summary and an error report never sit side by side. The input object is only
 * ever read.
 */
public final class ObjectSummarizer {

    /** What happened to one object. */
    public enum Outcome { SUMMARIZED, ERROR_REPORTED, IGNORED, STALE, NOT_FOUND }

    static final String META_SOURCE_KEY = "source-key";
    static final String META_SOURCE_ETAG = "source-etag";
    static final String META_SOURCE_SEQUENCER = "source-sequencer";
    static final String META_SOURCE_VERSION = "source-version-id";
    static final String META_GENERATOR = "generator-version";

    private final ObjectStore store;
    private final SummaryPipeline pipeline;
    private final FunctionConfig config;

    public ObjectSummarizer(ObjectStore store, SummaryPipeline pipeline, FunctionConfig config) {
        this.store = store;
        this.pipeline = pipeline;
        this.config = config;
    }

    /**
     * Handles one event. Returns normally for everything that retrying cannot fix; throws for
     * transient store failures, so that Lambda retries.
     */
    public Outcome handle(ObjectEvent event, EventLog log) {
        String key = event.key();
        if (key.startsWith(config.outputPrefix()) || !key.startsWith(config.inputPrefix())) {
            log.info("ignored s3://" + event.bucket() + "/" + key + ": not under " + config.inputPrefix()
                    + (key.startsWith(config.outputPrefix()) ? " (it is an output)" : ""));
            return Outcome.IGNORED;
        }
        String relative = key.substring(config.inputPrefix().length());
        if (relative.isEmpty() || key.endsWith("/")) {
            log.info("ignored s3://" + event.bucket() + "/" + key + ": a folder marker, not an article");
            return Outcome.IGNORED;
        }
        String outputBucket = config.outputBucketFor(event.bucket());
        String base = config.outputPrefix() + relative;
        OutputKeys keys = new OutputKeys(base + ".summary.json", base + ".summary.md", base + ".error.json");

        PriorOutputs prior = priorOutputs(outputBucket, keys);
        if (prior.newerThan(event.sequencer())) {
            log.info("skipped s3://" + event.bucket() + "/" + key + ": a newer event already wrote its summary");
            return Outcome.STALE;
        }

        ObjectStore.StoredObject object;
        try {
            object = store.get(event.bucket(), key, config.maxInputBytes());
        } catch (ObjectStore.ObjectNotFoundException e) {
            log.warn("not found: " + e.getMessage() + "; it was deleted after the event or the key is wrong");
            return Outcome.NOT_FOUND;
        } catch (ObjectStore.ObjectTooLargeException e) {
            SourceInfo source = new SourceInfo(event.bucket(), key, event.versionId(), event.eTag(),
                    event.sequencer(), null, e.size(), null);
            writeError(outputBucket, keys, new RejectedInputException(Reason.TOO_LARGE, e.getMessage()), source, prior, log);
            return Outcome.ERROR_REPORTED;
        }

        SourceInfo source = new SourceInfo(event.bucket(), key,
                object.versionId() != null ? object.versionId() : event.versionId(),
                object.eTag() != null ? object.eTag() : event.eTag(), event.sequencer(),
                object.contentType(), object.bytes().length, Sha256.hex(object.bytes()));
        Summary summary;
        try {
            summary = pipeline.summarize(new InputDocument(object.bytes(), key, object.contentType()), config.sentences());
        } catch (RejectedInputException e) {
            writeError(outputBucket, keys, e, source, prior, log);
            return Outcome.ERROR_REPORTED;
        }
        Map<String, String> metadata = metadata(source);
        if (config.outputFormats().contains(FunctionConfig.OutputFormat.JSON)) {
            store.put(outputBucket, keys.json(), utf8(JsonRenderer.render(summary, source)),
                    "application/json; charset=utf-8", metadata);
        }
        if (config.outputFormats().contains(FunctionConfig.OutputFormat.MD)) {
            store.put(outputBucket, keys.markdown(), utf8(MarkdownRenderer.render(summary,
                    "s3://" + event.bucket() + "/" + key)), "text/markdown; charset=utf-8", metadata);
        }
        // the earlier version of this input could not be summarised; this one could
        if (prior.error() != null) store.delete(outputBucket, keys.error());
        log.info("summarised s3://" + event.bucket() + "/" + key + " (" + object.bytes().length + " bytes, "
                + summary.sentenceCount() + " sentences, " + summary.sentences().size() + " selected) -> s3://"
                + outputBucket + "/" + base + ".summary.*");
        return Outcome.SUMMARIZED;
    }

    private void writeError(String bucket, OutputKeys keys, RejectedInputException e, SourceInfo source,
            PriorOutputs prior, EventLog log) {
        store.put(bucket, keys.error(), utf8(ErrorReport.render(e, source, Version.get())),
                "application/json; charset=utf-8", metadata(source));
        // a summary of an earlier version would pass for a summary of this one
        if (prior.summary() != null) {
            store.delete(bucket, keys.json());
            store.delete(bucket, keys.markdown());
        }
        log.warn("cannot summarise s3://" + source.bucket() + "/" + source.key() + ": " + e.reason().code()
                + ": " + e.getMessage() + " -> s3://" + bucket + "/" + keys.error());
    }

    private PriorOutputs priorOutputs(String bucket, OutputKeys keys) {
        return new PriorOutputs(store.metadata(bucket, keys.primary(config)), store.metadata(bucket, keys.error()));
    }

    /** The user metadata of the summary and the error report already written for this key, or null. */
    private record PriorOutputs(Map<String, String> summary, Map<String, String> error) {

        /** An output written for a later sequencer wins: delivery is at least once and unordered. */
        boolean newerThan(String sequencer) {
            return sequencer != null && (writtenAfter(summary, sequencer) || writtenAfter(error, sequencer));
        }

        private static boolean writtenAfter(Map<String, String> output, String sequencer) {
            return output != null && Sequencer.isOlder(sequencer, output.get(META_SOURCE_SEQUENCER));
        }
    }

    private static Map<String, String> metadata(SourceInfo source) {
        Map<String, String> m = new HashMap<>();
        // user metadata travels as HTTP headers: ASCII only, so the key is URL-encoded
        m.put(META_SOURCE_KEY, java.net.URLEncoder.encode(source.key(), StandardCharsets.UTF_8));
        if (source.eTag() != null) m.put(META_SOURCE_ETAG, source.eTag());
        if (source.sequencer() != null) m.put(META_SOURCE_SEQUENCER, source.sequencer());
        if (source.versionId() != null) m.put(META_SOURCE_VERSION, source.versionId());
        m.put(META_GENERATOR, Version.get());
        return m;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private record OutputKeys(String json, String markdown, String error) {
        String primary(FunctionConfig config) {
            return config.outputFormats().contains(FunctionConfig.OutputFormat.JSON) ? json : markdown;
        }
    }
}
