package org.articlesummarizer.local;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

/**
 * What kind of Lambda event a JSON document is, told by its shape as the services send it, and
 * the event class and handler of this project that take it.
 */
public enum EventShape {

    /** An S3 notification: {@code Records[].eventSource} is {@code aws:s3}. */
    S3("com.amazonaws.services.lambda.runtime.events.S3Event",
            "org.articlesummarizer.aws.S3SummarizeHandler::handleRequest"),

    /** An API Gateway HTTP API (payload format 2.0) request: {@code version} 2.0 and {@code requestContext.http}. */
    HTTP_API("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent",
            "org.articlesummarizer.aws.ApiSummarizeHandler::handleRequest");

    private final String eventClass;
    private final String defaultHandler;

    EventShape(String eventClass, String defaultHandler) {
        this.eventClass = eventClass;
        this.defaultHandler = defaultHandler;
    }

    /** The aws-lambda-java-events class the runtime deserialises this shape into. */
    public String eventClass() {
        return eventClass;
    }

    /** The handler of this project for the shape, written as in template.yaml. */
    public String defaultHandler() {
        return defaultHandler;
    }

    /** The shape of an event document, or null when it is none this project handles. */
    public static EventShape of(JsonValue event) {
        if (event == null || !event.isObject()) return null;
        JsonObject o = event.asObject();
        JsonValue records = o.get("Records");
        if (records != null && records.isArray() && !records.asArray().isEmpty()) {
            boolean s3 = true;
            for (JsonValue r : records.asArray()) {
                JsonValue source = r.isObject() ? r.asObject().get("eventSource") : null;
                s3 &= source != null && source.isString() && source.asString().equals("aws:s3");
            }
            return s3 ? S3 : null;
        }
        JsonValue version = o.get("version");
        JsonValue context = o.get("requestContext");
        if (version != null && version.isString() && version.asString().equals("2.0")
                && context != null && context.isObject() && context.asObject().get("http") != null) {
            return HTTP_API;
        }
        return null;
    }
}
