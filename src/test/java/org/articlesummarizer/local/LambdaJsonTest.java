package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.aws.ObjectEvent;
import org.junit.jupiter.api.Test;

/**
 * The local binding of events and responses agrees with the Lambda runtime's own serialiser
 * (aws-lambda-java-serialization, which the runtime client uses), class by class.
 */
class LambdaJsonTest {

    /** An HTTP API (payload format 2.0) request as API Gateway sends it. */
    static final String HTTP_API_EVENT = """
            {
              "version": "2.0",
              "routeKey": "POST /summaries",
              "rawPath": "/summaries",
              "rawQueryString": "sentences=3",
              "cookies": ["a=1"],
              "headers": {"content-type": "text/plain; charset=utf-8", "accept": "application/json"},
              "queryStringParameters": {"sentences": "3"},
              "requestContext": {
                "accountId": "123456789012",
                "apiId": "api-id",
                "domainName": "id.execute-api.us-east-1.amazonaws.com",
                "http": {"method": "POST", "path": "/summaries", "protocol": "HTTP/1.1",
                         "sourceIp": "192.0.2.1", "userAgent": "curl/8.0"},
                "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                "routeKey": "POST /summaries",
                "stage": "$default",
                "time": "12/Mar/2020:19:03:58 +0000",
                "timeEpoch": 1583348638390
              },
              "body": "Hello. This is an article.",
              "isBase64Encoded": false,
              "somethingNew": {"ignored": true}
            }""";

    @Test
    void anHttpApiEventBindsAsTheRuntimeBindsIt() {
        APIGatewayV2HTTPEvent runtime = LambdaEventSerializers
                .serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader()).fromJson(HTTP_API_EVENT);

        APIGatewayV2HTTPEvent local = (APIGatewayV2HTTPEvent) LambdaJson.read(Json.parse(HTTP_API_EVENT), APIGatewayV2HTTPEvent.class);

        assertEquals("POST", local.getRequestContext().getHttp().getMethod());
        assertEquals(1583348638390L, local.getRequestContext().getTimeEpoch());
        assertEquals(List.of("a=1"), local.getCookies());
        assertEquals("3", local.getQueryStringParameters().get("sentences"));
        assertEquals(runtime, local);
    }

    @Test
    void anHttpApiResponseWritesAsTheRuntimeReadsIt() {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(422)
                .withHeaders(Map.of("content-type", "application/problem+json"))
                .withBody("{\"title\":\"no text\"}").withIsBase64Encoded(false).build();

        JsonObject json = LambdaJson.write(response).asObject();

        assertEquals(422, json.get("statusCode").asInt());
        assertEquals("{\"title\":\"no text\"}", json.get("body").asString());
        assertFalse(json.get("isBase64Encoded").asBoolean());
        assertEquals(null, json.get("cookies"), "null members are left out");
        APIGatewayV2HTTPResponse back = LambdaEventSerializers
                .serializerFor(APIGatewayV2HTTPResponse.class, getClass().getClassLoader()).fromJson(json.toString());
        assertEquals(response, back);
    }

    @Test
    void s3EventFilesBindAsTheRuntimeBindsThem() throws Exception {
        for (String file : List.of("events/s3-put.json", "events/s3-put-key-with-spaces.json")) {
            String json = Files.readString(Path.of(file));
            S3Event runtime = LambdaEventSerializers.serializerFor(S3Event.class, getClass().getClassLoader()).fromJson(json);

            S3Event local = (S3Event) LambdaJson.read(Json.parse(json), S3Event.class);

            assertEquals(runtimeJson(runtime), runtimeJson(local), file);
        }
    }

    @Test
    void anEventOfTheWrongShapeBindsToAnEmptyS3EventAsInTheRuntime() {
        S3Event runtime = LambdaEventSerializers.serializerFor(S3Event.class, getClass().getClassLoader()).fromJson(HTTP_API_EVENT);

        S3Event local = (S3Event) LambdaJson.read(Json.parse(HTTP_API_EVENT), S3Event.class);

        assertEquals(List.of(), runtime.getRecords());
        assertEquals(runtime.getRecords(), local.getRecords());
    }

    @Test
    void aBuiltS3EventEncodesTheKeyAsS3Does() {
        S3Event event = S3Events.objectCreated("bucket", "incoming/World News/Russia seeks military aid (2022).txt",
                2791, "0123", "0A", java.time.Instant.EPOCH);

        String key = event.getRecords().get(0).getS3().getObject().getKey();
        assertEquals("incoming/World+News/Russia+seeks+military+aid+%282022%29.txt", key,
                "the same encoding as events/s3-put-key-with-spaces.json");
        assertEquals("incoming/World News/Russia seeks military aid (2022).txt", ObjectEvent.decodeKey(key));
        assertEquals("incoming/caf%C3%A9/a%2Bb.txt", S3Events.encodeKey("incoming/café/a+b.txt"));
        assertEquals("aws:s3", event.getRecords().get(0).getEventSource());
        assertEquals(EventShape.S3, EventShape.of(Json.parse(runtimeJson(event))), "as the runtime writes it");
    }

    /** An S3 event as the runtime's serialiser writes it. */
    private String runtimeJson(S3Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(S3Event.class, getClass().getClassLoader()).toJson(event, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eventShapesAreToldApart() {
        assertEquals(EventShape.HTTP_API, EventShape.of(Json.parse(HTTP_API_EVENT)));
        assertEquals(null, EventShape.of(Json.parse("{\"Records\":[{\"eventSource\":\"aws:sqs\"}]}")));
        assertEquals(null, EventShape.of(Json.parse("{\"version\":\"1.0\",\"requestContext\":{}}")));
        assertEquals(null, EventShape.of(Json.parse("[1,2]")));
    }

    @Test
    void mapsAndRecordsWriteAsJson() {
        record Answer(String name, int count, List<String> items, String absent) {
        }
        JsonObject json = LambdaJson.write(Map.of("answer", new Answer("a", 2, List.of("x"), null))).asObject();

        assertEquals("{\"answer\":{\"name\":\"a\",\"count\":2,\"items\":[\"x\"]}}", json.toString());
    }
}
