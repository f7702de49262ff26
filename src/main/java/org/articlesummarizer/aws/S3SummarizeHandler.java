package org.articlesummarizer.aws;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;

import org.articlesummarizer.SummaryPipeline;

/**
 * Lambda entry point for S3 "object created" events: each record is summarised into the output
 * prefix. One bad record does not stop the others; if any record hit a transient failure the
 * invocation fails after all records were tried, so Lambda retries (summaries already written
 * are simply written again: the outputs are idempotent).
 */
public final class S3SummarizeHandler implements RequestHandler<S3Event, Map<String, Object>> {

    private final ObjectSummarizer summarizer;

    /** Used by the Lambda runtime: configuration from the environment, the real S3 client. */
    public S3SummarizeHandler() {
        this(FunctionConfig.fromEnvironment(), null);
    }

    /** With a given store, for the local tools and tests; null means S3 as configured. */
    public S3SummarizeHandler(FunctionConfig config, ObjectStore store) {
        ObjectStore s3 = store != null ? store : new S3ObjectStore(S3ObjectStore.client(config.s3Endpoint()));
        SummaryPipeline pipeline = new SummaryPipeline(config.sentences(), config.maxInputBytes());
        this.summarizer = new ObjectSummarizer(s3, pipeline, config);
        Warmup.run(pipeline);
    }

    @Override
    public Map<String, Object> handleRequest(S3Event event, Context context) {
        EventLog log = context != null ? new LambdaEventLog(context.getLogger()) : EventLog.STDERR;
        Map<ObjectSummarizer.Outcome, Integer> counts = new EnumMap<>(ObjectSummarizer.Outcome.class);
        List<String> malformed = new ArrayList<>();
        List<String> transientFailures = new ArrayList<>();
        RuntimeException firstTransient = null;
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        for (S3EventNotificationRecord record : records) {
            ObjectEvent objectEvent;
            try {
                objectEvent = toObjectEvent(record);
            } catch (RuntimeException e) {
                log.error("malformed record skipped: " + e.getMessage());
                malformed.add(e.getMessage());
                continue;
            }
            try {
                counts.merge(summarizer.handle(objectEvent, log), 1, Integer::sum);
            } catch (RuntimeException e) {
                log.error("transient failure on s3://" + objectEvent.bucket() + "/"
                        + objectEvent.key() + ": " + e);
                transientFailures.add(objectEvent.key() + ": " + e.getMessage());
                if (firstTransient == null) firstTransient = e;
            }
        }
        if (firstTransient != null) {
            throw new TransientFailureException(transientFailures.size() + " of " + records.size()
                    + " records failed and will be retried: " + transientFailures, firstTransient);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", records.size());
        for (ObjectSummarizer.Outcome o : ObjectSummarizer.Outcome.values()) {
            result.put(o.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(o, 0));
        }
        if (!malformed.isEmpty()) result.put("malformed", malformed);
        return result;
    }

    static ObjectEvent toObjectEvent(S3EventNotificationRecord record) {
        var s3 = record.getS3();
        if (s3 == null || s3.getBucket() == null || s3.getObject() == null || s3.getObject().getKey() == null) {
            throw new IllegalArgumentException("the record has no s3.bucket.name or s3.object.key");
        }
        var object = s3.getObject();
        return new ObjectEvent(s3.getBucket().getName(), ObjectEvent.decodeKey(object.getKey()),
                blankToNull(object.geteTag()), blankToNull(object.getVersionId()), blankToNull(object.getSequencer()));
    }

    /** The Lambda runtime hands an absent versionId over as "", which is no version at all. */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Thrown so that Lambda retries the event, and after that sends it to the failure destination. */
    public static final class TransientFailureException extends RuntimeException {
        public TransientFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
