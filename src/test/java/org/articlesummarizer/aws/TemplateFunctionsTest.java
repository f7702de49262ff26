package org.articlesummarizer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

import org.articlesummarizer.local.EventShape;
import org.articlesummarizer.testing.EmbeddedS3;
import org.articlesummarizer.testing.LocalRuntimeApi;
import org.articlesummarizer.testing.SamTemplate;
import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every function that template.yaml declares, run as Lambda runs it: AWS's own runtime client
 * (the one inside Lambda's Java runtimes and `sam local invoke`'s images) in a child JVM, given the
 * handler string exactly as written in the template and the template's environment, fetching
 * each matching file of events/ from a local Runtime API endpoint. This proves the handler names,
 * the event shapes and the runtime's own deserialisation. S3 is a real S3 protocol server on
 * 127.0.0.1, reached through the function's endpoint override.
 */
class TemplateFunctionsTest {

    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final Path EVENTS = Path.of("events");
    private static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private static EmbeddedS3 s3Server;
    private static S3Client s3;
    private static final List<FunctionProcess> started = new ArrayList<>();

    @BeforeAll
    static void startS3() throws Exception {
        s3Server = new EmbeddedS3();
        s3 = s3Server.client();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (FunctionProcess p : started) p.close();
        s3.close();
        s3Server.close();
    }

    @TestFactory
    Stream<DynamicNode> everyTemplateFunctionAnswersEveryMatchingEventThroughTheRuntimeClient() throws Exception {
        List<SamTemplate.Function> functions = SamTemplate.read(TEMPLATE).functions();
        assertFalse(functions.isEmpty(), "template.yaml declares functions");
        List<DynamicNode> nodes = new ArrayList<>();
        for (SamTemplate.Function function : functions) {
            List<Path> events = matchingEvents(function);
            assertFalse(events.isEmpty(), function.logicalId() + " (" + function.handler()
                    + ") has at least one event file in events/ to be run with");
            FunctionProcess process = new FunctionProcess(function);
            List<DynamicTest> tests = new ArrayList<>();
            for (Path event : events) {
                tests.add(DynamicTest.dynamicTest(event.getFileName().toString(), () -> runOne(process, event)));
            }
            nodes.add(DynamicContainer.dynamicContainer(function.logicalId() + " " + function.handler(), tests));
        }
        return nodes.stream();
    }

    @Test
    void everyEventFileIsTakenBySomeFunctionOfTheTemplate() throws Exception {
        List<SamTemplate.Function> functions = SamTemplate.read(TEMPLATE).functions();
        for (Path event : eventFiles()) {
            if (!looksLikeAnEvent(Json.parse(Files.readString(event)))) continue; // e.g. a --env-vars file
            boolean taken = false;
            for (SamTemplate.Function f : functions) taken |= matchingEvents(f).contains(event);
            assertTrue(taken, event + " is an event no function of template.yaml takes (shape "
                    + EventShape.of(Json.parse(Files.readString(event))) + ")");
        }
    }

    @Test
    void theTemplateIsReadAsSamWouldRunIt() throws Exception {
        SamTemplate.Function summarize = SamTemplate.read(TEMPLATE).functions().stream()
                .filter(f -> f.logicalId().equals("SummarizeFunction")).findFirst().orElseThrow();
        assertEquals("org.articlesummarizer.aws.S3SummarizeHandler::handleRequest", summarize.handler());
        assertEquals("incoming/", summarize.environment().get("INPUT_PREFIX"));
        assertEquals("auto", summarize.environment().get("SUMMARY_SENTENCES"), "a !Ref takes the parameter's default");
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1", summarize.environment().get("JAVA_TOOL_OPTIONS"),
                "Globals are merged in");
    }

    /** Has the members every AWS event of its kind has; an --env-vars file, say, has none. */
    private static boolean looksLikeAnEvent(JsonValue json) {
        if (!json.isObject()) return false;
        for (String member : List.of("Records", "requestContext", "routeKey", "httpMethod", "detail-type")) {
            if (json.asObject().get(member) != null) return true;
        }
        return false;
    }

    private static void runOne(FunctionProcess process, Path eventFile) throws Exception {
        String json = Files.readString(eventFile);
        JsonObject event = Json.parse(json).asObject();
        EventShape shape = EventShape.of(event);
        if (shape == EventShape.S3) prepareObjects(event);

        LocalRuntimeApi.Outcome outcome = process.invoke(json);

        assertFalse(outcome.error(), () -> "the function answered with an error: " + outcome.errorType() + " "
                + outcome.body() + "\n--- function output ---\n" + process.output());
        JsonValue response = Json.parse(outcome.body());
        if (shape == EventShape.S3) {
            assertS3Response(event, response.asObject());
            // LoggingConfig LogFormat JSON: the handler's lines reach the runtime's JSON logger, with the request id
            String log = process.output();
            assertTrue(log.contains("\"level\":\"INFO\"") && log.contains("\"AWSRequestId\":\"" + outcome.requestId() + "\""),
                    "a JSON log line for the invocation:\n" + log);
        }
        else if (shape == EventShape.HTTP_API) assertHttpResponse(response.asObject());
    }

    /** Puts the seed article at every key the event names, so the function has something to read. */
    private static void prepareObjects(JsonObject event) {
        for (JsonValue r : event.get("Records").asArray()) {
            JsonObject s3Entity = r.asObject().get("s3").asObject();
            String bucket = s3Entity.get("bucket").asObject().get("name").asString();
            String key = ObjectEvent.decodeKey(s3Entity.get("object").asObject().get("key").asString());
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            s3.putObject(b -> b.bucket(bucket).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromBytes(Samples.seedArticle()));
        }
    }

    private static void assertS3Response(JsonObject event, JsonObject response) {
        int records = event.get("Records").asArray().size();
        assertEquals(records, response.get("records").asInt(), response.toString());
        assertEquals(records, response.get("summarized").asInt(), response.toString());
        for (JsonValue r : event.get("Records").asArray()) {
            JsonObject s3Entity = r.asObject().get("s3").asObject();
            String bucket = s3Entity.get("bucket").asObject().get("name").asString();
            JsonObject object = s3Entity.get("object").asObject();
            String key = ObjectEvent.decodeKey(object.get("key").asString());
            String out = "summaries/" + key.substring("incoming/".length()) + ".summary.json";
            JsonObject summary = Json.parse(s3.getObjectAsBytes(b -> b.bucket(bucket).key(out))
                    .asString(StandardCharsets.UTF_8)).asObject();
            assertEquals(key, summary.get("source").asObject().get("key").asString());
            assertEquals(object.get("sequencer").asString(), summary.get("source").asObject().get("sequencer").asString());
            assertEquals(Samples.SEED_TITLE, summary.get("article").asObject().get("title").asString());
            assertFalse(summary.get("summary").asObject().get("sentences").asArray().isEmpty());
        }
    }

    private static void assertHttpResponse(JsonObject response) {
        JsonValue status = response.get("statusCode");
        assertNotNull(status, "an HTTP API response has a statusCode: " + response);
        assertTrue(status.asInt() >= 200 && status.asInt() < 500, "no server error: " + response);
        assertNotNull(response.get("body"), "a body: " + response);
    }

    private static List<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The files of events/ whose shape the function's handler method takes. */
    private static List<Path> matchingEvents(SamTemplate.Function function) throws Exception {
        Class<?> eventType = handlerEventType(function.handler());
        List<Path> matching = new ArrayList<>();
        for (Path file : eventFiles()) {
            EventShape shape = EventShape.of(Json.parse(Files.readString(file)));
            if (shape != null && eventType.isAssignableFrom(Class.forName(shape.eventClass()))) matching.add(file);
        }
        return matching;
    }

    private static Class<?> handlerEventType(String handler) throws ClassNotFoundException {
        String[] parts = handler.split("::", 2);
        Class<?> type = Class.forName(parts[0]);
        String method = parts.length > 1 ? parts[1] : "handleRequest";
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && !m.isBridge() && m.getParameterCount() >= 1) return m.getParameterTypes()[0];
        }
        fail(handler + ": no public method " + method + " with an event parameter");
        return null;
    }

    /** The runtime client in a child JVM, started on the first event and serving one event at a time. */
    private static final class FunctionProcess implements AutoCloseable {
        private final SamTemplate.Function function;
        private LocalRuntimeApi api;
        private Process process;
        private Path log;

        FunctionProcess(SamTemplate.Function function) {
            this.function = function;
        }

        LocalRuntimeApi.Outcome invoke(String event) throws Exception {
            if (process == null) start();
            var answer = api.invoke(event);
            var either = answer.applyToEither(api.initError(), o -> o);
            try {
                LocalRuntimeApi.Outcome outcome = either.get(120, TimeUnit.SECONDS);
                if (outcome == api.initError().getNow(null)) {
                    fail("the function failed to initialise: " + outcome.body() + "\n" + output());
                }
                return outcome;
            } catch (java.util.concurrent.TimeoutException e) {
                fail("no answer from the function (alive: " + process.isAlive() + ")\n" + output());
                return null;
            }
        }

        private void start() throws IOException {
            api = new LocalRuntimeApi();
            log = Files.createTempFile("function-" + function.logicalId(), ".log");
            Path taskRoot = Files.createTempDirectory("task-root");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // the flags Lambda's java21 bootstrap passes that matter off Lambda
                    "-XX:+UseSerialGC", "-Djava.net.preferIPv4Stack=true",
                    "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"),
                    RUNTIME_MAIN, function.handler()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            String path = env.get("PATH");
            env.clear();
            if (path != null) env.put("PATH", path);
            Map<String, String> lambda = new LinkedHashMap<>(function.environment());
            lambda.put("S3_ENDPOINT_URL", s3Server.endpoint().toString());
            lambda.put("AWS_LAMBDA_RUNTIME_API", api.address());
            lambda.put("_HANDLER", function.handler());
            lambda.put("LAMBDA_TASK_ROOT", taskRoot.toString());
            lambda.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
            lambda.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
            lambda.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
            lambda.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
            lambda.put("AWS_LAMBDA_LOG_LEVEL", "INFO");
            lambda.put("AWS_REGION", "us-east-1");
            lambda.put("AWS_DEFAULT_REGION", "us-east-1");
            lambda.put("AWS_ACCESS_KEY_ID", EmbeddedS3.ACCESS_KEY);
            lambda.put("AWS_SECRET_ACCESS_KEY", EmbeddedS3.SECRET_KEY);
            lambda.put("TZ", ":UTC");
            env.putAll(lambda);
            process = builder.start();
            started.add(this);
        }

        String output() {
            try {
                return log == null ? "" : Files.readString(log);
            } catch (IOException e) {
                return "(cannot read the function's output: " + e + ")";
            }
        }

        @Override
        public void close() throws Exception {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            }
            if (api != null) api.close();
            if (log != null) Files.deleteIfExists(log);
        }
    }
}
