package org.articlesummarizer.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

/** S3 notification events as S3 sends them: built for a local file, or read from an event file. */
final class S3Events {

    /** What the Lambda runtime's deserialiser gives for an event without versionId. */
    private static final String NO_VERSION = "";

    private S3Events() {
    }

    /**
     * URL-encodes a key as S3 does in event notifications: each path segment form-encoded
     * ({@code '+'} for a space, {@code %28} for '('), the slashes kept.
     */
    static String encodeKey(String key) {
        return Arrays.stream(key.split("/", -1))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }

    /**
     * An {@code ObjectCreated:Put} event for one object of an unversioned bucket, with its key
     * encoded as S3 encodes it, as the handler receives it from the runtime (whose deserialiser
     * turns the absent versionId into an empty string).
     */
    static S3Event objectCreated(String bucket, String key, long size, String eTag, String sequencer, Instant time) {
        S3ObjectEntity object = new S3ObjectEntity(encodeKey(key), size, eTag, NO_VERSION, sequencer);
        S3BucketEntity bucketEntity = new S3BucketEntity(bucket, new UserIdentityEntity("local"), "arn:aws:s3:::" + bucket);
        S3EventNotificationRecord record = new S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                time.toString(), "2.1", new RequestParametersEntity("127.0.0.1"),
                new ResponseElementsEntity("local", "local"), new S3Entity("local-watch", bucketEntity, object, "1.0"),
                new UserIdentityEntity("local"));
        return new S3Event(List.of(record));
    }

    /** Reads an S3 notification (the JSON of events/*.json) into the event the handler takes, as the runtime reads it. */
    static S3Event fromJson(JsonObject event) {
        JsonValue all = event.get("Records");
        if (all == null || !all.isArray()) return new S3Event(new ArrayList<>()); // as the runtime: no records
        List<S3EventNotificationRecord> records = new ArrayList<>();
        for (JsonValue v : all.asArray()) {
            JsonObject r = v.isObject() ? v.asObject() : new JsonObject();
            JsonObject s3 = object(r, "s3");
            JsonObject bucket = object(s3, "bucket");
            JsonObject object = object(s3, "object");
            JsonValue size = object.get("size");
            String versionId = string(object, "versionId");
            S3ObjectEntity objectEntity = new S3ObjectEntity(string(object, "key"),
                    size != null && size.isNumber() ? Long.valueOf(size.asLong()) : null,
                    string(object, "eTag"), versionId == null ? NO_VERSION : versionId, string(object, "sequencer"));
            S3BucketEntity bucketEntity = new S3BucketEntity(string(bucket, "name"),
                    new UserIdentityEntity(string(object(bucket, "ownerIdentity"), "principalId")), string(bucket, "arn"));
            JsonObject response = object(r, "responseElements");
            records.add(new S3EventNotificationRecord(string(r, "awsRegion"), string(r, "eventName"),
                    string(r, "eventSource"), string(r, "eventTime"), string(r, "eventVersion"),
                    new RequestParametersEntity(string(object(r, "requestParameters"), "sourceIPAddress")),
                    new ResponseElementsEntity(string(response, "x-amz-id-2"), string(response, "x-amz-request-id")),
                    new S3Entity(string(s3, "configurationId"), bucketEntity, objectEntity, string(s3, "s3SchemaVersion")),
                    new UserIdentityEntity(string(object(r, "userIdentity"), "principalId"))));
        }
        return new S3Event(records);
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v != null && v.isObject() ? v.asObject() : new JsonObject();
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v != null && v.isString() ? v.asString() : null;
    }
}
