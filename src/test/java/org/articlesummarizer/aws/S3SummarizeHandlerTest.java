package org.articlesummarizer.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

import org.articlesummarizer.testing.EmbeddedS3;
import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The S3-triggered function end to end, over the real S3 protocol: S3Proxy on 127.0.0.1, the
 * event files of events/ loaded as the Lambda runtime loads them, the handler as deployed.
 */
class S3SummarizeHandlerTest {

    /** The bucket named in events/*.json. */
    private static final String BUCKET = "article-summarizer-demo";

    private static EmbeddedS3 server;
    private static S3Client s3;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = new EmbeddedS3();
        s3 = server.client();
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
        server.close();
    }

    @BeforeEach
    void emptyBucket() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        for (S3Object o : s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()) {
            s3.deleteObject(b -> b.bucket(BUCKET).key(o.key()));
        }
    }

    private static S3SummarizeHandler handler(Map<String, String> env) {
        return new S3SummarizeHandler(FunctionConfig.from(env), new S3ObjectStore(s3));
    }

    private static S3SummarizeHandler handler() {
        return handler(Map.of());
    }

    private static void put(String key, byte[] bytes, String contentType) {
        s3.putObject(b -> b.bucket(BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    private static String read(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }

    private static boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(BUCKET).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw e;
        }
    }

    private static List<String> keys() {
        return s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).sorted().toList();
    }

    /** An event file of events/ with its object key replaced (the key is written URL-encoded, as S3 sends it). */
    private S3Event eventFor(String file, String encodedKey) throws Exception {
        String json = Files.readString(Path.of("events", file));
        JsonObject root = Json.parse(json).asObject();
        JsonObject object = root.get("Records").asArray().get(0).asObject().get("s3").asObject().get("object").asObject();
        object.set("key", encodedKey);
        Path adjusted = temp.resolve(file);
        Files.writeString(adjusted, root.toString());
        return EventLoader.loadS3Event(adjusted.toString());
    }

    @Test
    void summarisesTheSeedArticleFromTheEventFile() {
        byte[] seed = Samples.seedArticle();
        put("incoming/seed-article.txt", seed, "text/plain; charset=utf-8");
        S3Event event = EventLoader.loadS3Event("events/s3-put.json");

        Map<String, Object> result = handler().handleRequest(event, null);

        assertEquals(1, result.get("summarized"));
        assertEquals(List.of("incoming/seed-article.txt", "summaries/seed-article.txt.summary.json",
                "summaries/seed-article.txt.summary.md"), keys());
        JsonObject summary = Json.parse(read("summaries/seed-article.txt.summary.json")).asObject();
        assertEquals(1, summary.get("schemaVersion").asInt());
        JsonObject source = summary.get("source").asObject();
        assertEquals(BUCKET, source.get("bucket").asString());
        assertEquals("incoming/seed-article.txt", source.get("key").asString());
        assertEquals("0A1B2C3D4E5F678901", source.get("sequencer").asString());
        assertEquals(seed.length, source.get("bytes").asInt());
        assertEquals(64, source.get("sha256").asString().length());
        JsonObject article = summary.get("article").asObject();
        assertEquals(Samples.SEED_TITLE, article.get("title").asString());
        assertEquals("Business & Defence", article.get("section").asString());
        for (String field : List.of("byline", "publishedTime", "siteName", "language", "wordCount",
                "sentenceCount", "readingTimeMinutes")) {
            assertNotNull(article.get(field), "article." + field);
        }
        assertNotNull(summary.get("generator").asObject().get("version"));

        String seedText = new String(seed, StandardCharsets.UTF_8);
        int previous = -1;
        for (JsonValue v : summary.get("summary").asObject().get("sentences").asArray()) {
            JsonObject s = v.asObject();
            String text = s.get("text").asString();
            assertTrue(seedText.contains(text), "a summary sentence is a sentence of the article: " + text);
            assertTrue(s.get("index").asInt() > previous, "document order");
            previous = s.get("index").asInt();
            assertNotNull(s.get("claim").asObject().get("kind").asString());
            assertTrue(s.get("score").isNumber());
        }
        assertTrue(previous >= 0, "at least one sentence");
        String whole = read("summaries/seed-article.txt.summary.json") + read("summaries/seed-article.txt.summary.md");
        for (String furniture : Samples.SEED_FURNITURE) {
            assertFalse(whole.contains(furniture), "no site furniture in the outputs: " + furniture);
        }
        var head = s3.headObject(b -> b.bucket(BUCKET).key("summaries/seed-article.txt.summary.json"));
        assertEquals("0A1B2C3D4E5F678901", head.metadata().get("source-sequencer"));
        assertEquals(source.get("eTag").asString(), head.metadata().get("source-etag"));
        assertArrayEquals(seed, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("incoming/seed-article.txt")).asByteArray(),
                "the input is never changed");
    }

    @Test
    void decodesKeysWithSpaces() {
        put("incoming/World News/Russia seeks military aid (2022).txt", Samples.seedArticle(), "text/plain");
        S3Event event = EventLoader.loadS3Event("events/s3-put-key-with-spaces.json");

        Map<String, Object> result = handler().handleRequest(event, null);

        assertEquals(1, result.get("summarized"));
        String out = "summaries/World News/Russia seeks military aid (2022).txt.summary.json";
        assertTrue(exists(out), keys().toString());
        assertEquals(Samples.SEED_TITLE, Json.parse(read(out)).asObject().get("article").asObject().get("title").asString());
    }

    @Test
    void neverProcessesItsOwnOutputs() throws Exception {
        put("summaries/loop.txt", Samples.seedArticle(), "text/plain");

        Map<String, Object> result = handler().handleRequest(eventFor("s3-put.json", "summaries/loop.txt"), null);

        assertEquals(1, result.get("ignored"));
        assertEquals(List.of("summaries/loop.txt"), keys(), "nothing written");
    }

    @Test
    void ignoresKeysOutsideTheInputPrefix() throws Exception {
        put("elsewhere/a.txt", Samples.seedArticle(), "text/plain");

        Map<String, Object> result = handler().handleRequest(eventFor("s3-put.json", "elsewhere/a.txt"), null);

        assertEquals(1, result.get("ignored"));
        assertEquals(List.of("elsewhere/a.txt"), keys());
    }

    @Test
    void writesAnErrorReportForAnEmptyObject() throws Exception {
        put("incoming/empty.txt", new byte[0], "text/plain");

        Map<String, Object> result = handler().handleRequest(eventFor("s3-put.json", "incoming/empty.txt"), null);

        assertEquals(1, result.get("error_reported"));
        JsonObject report = Json.parse(read("summaries/empty.txt.error.json")).asObject();
        assertEquals("empty", report.get("error").asObject().get("code").asString());
        assertFalse(exists("summaries/empty.txt.summary.json"));
        assertEquals(0, s3.headObject(b -> b.bucket(BUCKET).key("incoming/empty.txt")).contentLength());
    }

    @Test
    void writesAnErrorReportForABinaryObject() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        put("incoming/photo.png", png, "image/png");

        Map<String, Object> result = handler().handleRequest(eventFor("s3-put.json", "incoming/photo.png"), null);

        assertEquals(1, result.get("error_reported"));
        JsonObject report = Json.parse(read("summaries/photo.png.error.json")).asObject();
        assertEquals("binary", report.get("error").asObject().get("code").asString());
        assertTrue(report.get("error").asObject().get("detail").asString().contains("binary"));
        assertArrayEquals(png, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("incoming/photo.png")).asByteArray());
    }

    @Test
    void writesAnErrorReportForAnObjectOverTheCap() throws Exception {
        put("incoming/big.txt", Samples.seedArticle(), "text/plain");

        Map<String, Object> result = handler(Map.of("MAX_INPUT_BYTES", "1000"))
                .handleRequest(eventFor("s3-put.json", "incoming/big.txt"), null);

        assertEquals(1, result.get("error_reported"));
        JsonObject error = Json.parse(read("summaries/big.txt.error.json")).asObject().get("error").asObject();
        assertEquals("too_large", error.get("code").asString());
        assertTrue(error.get("detail").asString().contains("1000"), error.toString());
    }

    @Test
    void aMissingObjectIsLoggedAndNothingIsWritten() throws Exception {
        Map<String, Object> result = handler().handleRequest(eventFor("s3-put.json", "incoming/gone.txt"), null);

        assertEquals(1, result.get("not_found"));
        assertEquals(List.of(), keys());
    }

    @Test
    void oneBadRecordDoesNotStopTheOthers() throws Exception {
        put("incoming/seed-article.txt", Samples.seedArticle(), "text/plain");
        put("incoming/empty.txt", new byte[0], "text/plain");
        String json = Files.readString(Path.of("events", "s3-put.json"));
        JsonObject root = Json.parse(json).asObject();
        JsonValue good = root.get("Records").asArray().get(0);
        JsonObject bad = Json.parse(good.toString()).asObject();
        bad.get("s3").asObject().get("object").asObject().set("key", "incoming/empty.txt");
        root.set("Records", Json.array().add(bad).add(good));
        Path file = temp.resolve("two-records.json");
        Files.writeString(file, root.toString());

        Map<String, Object> result = handler().handleRequest(EventLoader.loadS3Event(file.toString()), null);

        assertEquals(2, result.get("records"));
        assertEquals(1, result.get("summarized"));
        assertEquals(1, result.get("error_reported"));
        assertTrue(exists("summaries/seed-article.txt.summary.json"));
        assertTrue(exists("summaries/empty.txt.error.json"));
    }

    @Test
    void anOlderEventNeverOverwritesANewerSummary() throws Exception {
        put("incoming/seed-article.txt", Samples.seedArticle(), "text/plain");
        handler().handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null);
        put("incoming/seed-article.txt", "Replaced.\n\nThis text was written by an older upload and must not win.".getBytes(StandardCharsets.UTF_8), "text/plain");
        String json = Files.readString(Path.of("events", "s3-put.json")).replace("0A1B2C3D4E5F678901", "0A1B2C3D4E5F6789");
        Path older = temp.resolve("older.json");
        Files.writeString(older, json);

        Map<String, Object> result = handler().handleRequest(EventLoader.loadS3Event(older.toString()), null);

        assertEquals(1, result.get("stale"));
        assertEquals(Samples.SEED_TITLE, Json.parse(read("summaries/seed-article.txt.summary.json")).asObject()
                .get("article").asObject().get("title").asString());
    }

    /** The event of s3-put.json for a later upload of its object (a greater sequencer). */
    private S3Event laterEvent() throws Exception {
        String json = Files.readString(Path.of("events", "s3-put.json")).replace("0A1B2C3D4E5F678901", "0A1B2C3D4E5F678902");
        Path later = temp.resolve("later.json");
        Files.writeString(later, json);
        return EventLoader.loadS3Event(later.toString());
    }

    @Test
    void aBadReplacementTakesTheSummaryOfTheGoodVersionAway() throws Exception {
        put("incoming/seed-article.txt", Samples.seedArticle(), "text/plain");
        handler().handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null);
        assertTrue(exists("summaries/seed-article.txt.summary.md"));
        put("incoming/seed-article.txt", new byte[0], "text/plain");

        Map<String, Object> result = handler().handleRequest(laterEvent(), null);

        assertEquals(1, result.get("error_reported"));
        assertEquals(List.of("incoming/seed-article.txt", "summaries/seed-article.txt.error.json"), keys());
    }

    @Test
    void aGoodReplacementTakesTheErrorReportOfTheBadVersionAway() throws Exception {
        put("incoming/seed-article.txt", new byte[0], "text/plain");
        handler().handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null);
        assertTrue(exists("summaries/seed-article.txt.error.json"));
        put("incoming/seed-article.txt", Samples.seedArticle(), "text/plain");

        Map<String, Object> result = handler().handleRequest(laterEvent(), null);

        assertEquals(1, result.get("summarized"));
        assertEquals(List.of("incoming/seed-article.txt", "summaries/seed-article.txt.summary.json",
                "summaries/seed-article.txt.summary.md"), keys());
    }

    @Test
    void transientS3FailuresFailTheInvocation() throws Exception {
        EmbeddedS3 doomed = new EmbeddedS3();
        S3Client client = doomed.client();
        client.createBucket(b -> b.bucket(BUCKET));
        S3SummarizeHandler handler = new S3SummarizeHandler(FunctionConfig.from(Map.of()), new S3ObjectStore(client));
        doomed.close(); // the server goes away: every request now fails to connect

        assertThrows(S3SummarizeHandler.TransientFailureException.class,
                () -> handler.handleRequest(EventLoader.loadS3Event("events/s3-put.json"), null));
        client.close();
    }
}
