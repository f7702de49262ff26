package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.testing.EmbeddedS3;
import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code invoke EVENT.json}: the event files of events/ run without Docker, against a folder or an S3 server. */
class InvokeCommandTest {

    private static final String BUCKET = "article-summarizer-demo";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command with a fixed environment, so that the machine's own AWS settings do not leak in. */
    private int invoke(String... args) {
        Options options = new Options(args);
        try {
            return new InvokeCommand(Map.of()).run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (UsageException e) {
            err.writeBytes(e.getMessage().getBytes(StandardCharsets.UTF_8));
            return Cli.USAGE;
        }
    }

    private JsonObject response() {
        return Json.parse(out.toString(StandardCharsets.UTF_8)).asObject();
    }

    @Test
    void runsAnEventFileAgainstALocalBucketFolder() throws Exception {
        Path bucket = temp.resolve("bucket");
        Files.createDirectories(bucket.resolve("incoming"));
        Files.write(bucket.resolve("incoming/seed-article.txt"), Samples.seedArticle());

        int code = invoke("events/s3-put.json", "--bucket-dir", bucket.toString());

        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, response().get("summarized").asInt(), response().toString());
        JsonObject summary = Json.parse(Files.readString(bucket.resolve("summaries/seed-article.txt.summary.json"))).asObject();
        assertEquals("0A1B2C3D4E5F678901", summary.get("source").asObject().get("sequencer").asString(),
                "the event file's own sequencer");
        assertEquals(Samples.SEED_TITLE, summary.get("article").asObject().get("title").asString());
    }

    @Test
    void anOlderEventDoesNotOverwriteWhatTheWatchWroteLater() throws Exception {
        Path bucket = temp.resolve("bucket");
        Files.createDirectories(bucket.resolve("incoming"));
        Files.write(bucket.resolve("incoming/seed-article.txt"), Samples.seedArticle());
        FolderWatcher watcher = new FolderWatcher(bucket, org.articlesummarizer.aws.FunctionConfig.from(Map.of()));
        watcher.poll();
        assertEquals("summarized", watcher.poll().get(0).outcome());
        String written = Files.readString(bucket.resolve("summaries/seed-article.txt.summary.json"));

        int code = invoke("events/s3-put.json", "--bucket-dir", bucket.toString());

        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, response().get("stale").asInt(), "the event file's sequencer is older than the file's: "
                + response());
        assertEquals(written, Files.readString(bucket.resolve("summaries/seed-article.txt.summary.json")));
    }

    @Test
    void runsAnEventFileAgainstAnS3CompatibleEndpoint() throws Exception {
        String key = "incoming/World News/Russia seeks military aid (2022).txt";
        try (EmbeddedS3 server = new EmbeddedS3(); S3Client s3 = server.client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
            s3.putObject(b -> b.bucket(BUCKET).key(key).contentType("text/plain"), RequestBody.fromBytes(Samples.seedArticle()));
            // the default credential chain reads these first, as it reads AWS_ACCESS_KEY_ID elsewhere
            System.setProperty("aws.accessKeyId", EmbeddedS3.ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", EmbeddedS3.SECRET_KEY);
            int code;
            try {
                code = invoke("events/s3-put-key-with-spaces.json", "--s3-endpoint", server.endpoint().toString(),
                        "--handler", "org.articlesummarizer.aws.S3SummarizeHandler::handleRequest");
            } finally {
                System.clearProperty("aws.accessKeyId");
                System.clearProperty("aws.secretAccessKey");
            }

            assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
            assertEquals(1, response().get("summarized").asInt(), response().toString());
            JsonObject summary = Json.parse(s3.getObjectAsBytes(b -> b.bucket(BUCKET)
                    .key("summaries/World News/Russia seeks military aid (2022).txt.summary.json"))
                    .asString(StandardCharsets.UTF_8)).asObject();
            assertEquals(key, summary.get("source").asObject().get("key").asString());
            assertEquals("text/plain", summary.get("source").asObject().get("contentType").asString());
        }
    }

    @Test
    void aFailingHandlerIsReportedAsLambdaReportsIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("aws.accessKeyId", "a");
        System.setProperty("aws.secretAccessKey", "b");
        int code;
        try {
            code = invoke("events/s3-put.json", "--s3-endpoint", "http://127.0.0.1:" + closedPort);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }

        assertEquals(Cli.FAILED, code);
        assertEquals("org.articlesummarizer.aws.S3SummarizeHandler$TransientFailureException",
                response().get("errorType").asString(), "the S3 server is down: Lambda would retry");
    }

    @Test
    void anEventOfNoKnownShapeNeedsAHandler() throws Exception {
        Path event = temp.resolve("sqs.json");
        Files.writeString(event, "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"x\"}]}");

        assertEquals(Cli.USAGE, invoke(event.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--handler"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownHandlerClassIsNamed() {
        int code = invoke("events/s3-put.json", "--bucket-dir", temp.toString(), "--handler", "org.example.Missing::handle");

        assertEquals(Cli.FAILED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("org.example.Missing"));
    }

    @Test
    void aLocalBucketAndAnEndpointExcludeEachOther() {
        assertEquals(Cli.USAGE, invoke("events/s3-put.json", "--bucket-dir", temp.toString(), "--s3-endpoint", "http://x"));
    }
}
