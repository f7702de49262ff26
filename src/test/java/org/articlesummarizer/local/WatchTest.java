package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;

import org.articlesummarizer.aws.FunctionConfig;
import org.articlesummarizer.aws.S3ObjectStore;
import org.articlesummarizer.aws.S3SummarizeHandler;
import org.articlesummarizer.render.Sha256;
import org.articlesummarizer.testing.EmbeddedS3;
import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** {@code watch DIR}: a temporary folder as the bucket, files dropped into it, the Lambda's outputs expected. */
class WatchTest {

    private static final String BUCKET = "article-summarizer-demo";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    private static final String SPACED = "incoming/World News/Russia seeks military aid (2022).txt";

    @TempDir
    Path temp;

    private Path bucket;

    @BeforeEach
    void makeBucket() throws Exception {
        bucket = Files.createDirectories(temp.resolve(BUCKET));
    }

    private void drop(String key, byte[] bytes) throws Exception {
        Path file = bucket.resolve(key);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private JsonObject json(String key) throws Exception {
        return Json.parse(Files.readString(bucket.resolve(key))).asObject();
    }

    /** Every file of the bucket but the inputs and the store's metadata, as keys. */
    private List<String> outputKeys() throws Exception {
        try (Stream<Path> files = Files.walk(bucket)) {
            return files.filter(Files::isRegularFile).map(p -> LocalPaths.key(bucket.relativize(p)))
                    .filter(k -> !k.startsWith("incoming/") && !k.startsWith(".metadata/")).sorted().toList();
        }
    }

    private FolderWatcher watcher() {
        return new FolderWatcher(bucket, FunctionConfig.from(Map.of()));
    }

    @Test
    void aFileStillBeingWrittenIsReadOnlyOnceItHasSettled() throws Exception {
        byte[] seed = Samples.seedArticle();
        int third = seed.length / 3;
        Path file = bucket.resolve("incoming/slow.txt");
        Files.createDirectories(file.getParent());
        FolderWatcher watcher = watcher();

        Files.write(file, Arrays.copyOfRange(seed, 0, third));
        assertEquals(List.of(), watcher.poll(), "first sighting: not yet");
        Files.write(file, Arrays.copyOfRange(seed, third, 2 * third), StandardOpenOption.APPEND);
        assertEquals(List.of(), watcher.poll(), "it grew since the last look");
        Files.write(file, Arrays.copyOfRange(seed, 2 * third, seed.length), StandardOpenOption.APPEND);
        assertEquals(List.of(), watcher.poll(), "it grew again");
        assertFalse(Files.exists(bucket.resolve("summaries")), "nothing was read half-done");
        assertFalse(watcher.settled());

        List<FolderWatcher.Handled> handled = watcher.poll();

        assertEquals(1, handled.size());
        assertEquals("summarized", handled.get(0).outcome());
        JsonObject source = json("summaries/slow.txt.summary.json").get("source").asObject();
        assertEquals(seed.length, source.get("bytes").asInt(), "the whole file was read");
        assertEquals(Sha256.hex(seed), source.get("sha256").asString());
        assertEquals(Samples.SEED_TITLE, json("summaries/slow.txt.summary.json").get("article").asObject().get("title").asString());
        assertTrue(watcher.settled());
        assertEquals(List.of(), watcher.poll(), "handled once");
    }

    @Test
    void watchOnceWritesTheLambdasKeysAndErrorReports() throws Exception {
        byte[] seed = Samples.seedArticle();
        drop("incoming/seed-article.txt", seed);
        drop("incoming/photo.png", PNG);
        drop("incoming/empty.txt", new byte[0]);
        drop(SPACED, seed);
        drop("incoming/.seed-article.txt.swp", seed);
        drop("elsewhere/ignored.txt", seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new Cli().run(new String[] {"watch", "--once", bucket.toString(), "--interval", "10"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(Cli.OK, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "elsewhere/ignored.txt",
                "summaries/World News/Russia seeks military aid (2022).txt.summary.json",
                "summaries/World News/Russia seeks military aid (2022).txt.summary.md",
                "summaries/empty.txt.error.json",
                "summaries/photo.png.error.json",
                "summaries/seed-article.txt.summary.json",
                "summaries/seed-article.txt.summary.md"), outputKeys());
        assertEquals("binary", json("summaries/photo.png.error.json").get("error").asObject().get("code").asString());
        assertEquals("empty", json("summaries/empty.txt.error.json").get("error").asObject().get("code").asString());
        JsonObject spaced = json("summaries/World News/Russia seeks military aid (2022).txt.summary.json");
        assertEquals(SPACED, spaced.get("source").asObject().get("key").asString(),
                "the key went through S3's encoding ('+' for space) and back");
        assertEquals(BUCKET, spaced.get("source").asObject().get("bucket").asString());
        String md = Files.readString(bucket.resolve("summaries/seed-article.txt.summary.md"));
        assertTrue(md.contains("s3://" + BUCKET + "/incoming/seed-article.txt"), md);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("summarized " + SPACED), printed);
        assertTrue(printed.contains("error_reported incoming/photo.png -> summaries/photo.png.error.json"), printed);
        assertFalse(printed.contains(".swp"), "hidden files are no articles");
        assertNotNull(new FolderObjectStore(bucket).metadata(BUCKET, "summaries/seed-article.txt.summary.json")
                .get("source-sequencer"), "the stale-event check has what it needs");
        assertArrayEquals(PNG, Files.readAllBytes(bucket.resolve("incoming/photo.png")), "inputs are never changed");
    }

    @Test
    void theOutputsAreTheOnesTheLambdaWritesToS3() throws Exception {
        byte[] seed = Samples.seedArticle();
        Map<String, byte[]> inputs = Map.of("incoming/seed-article.txt", seed, SPACED, seed,
                "incoming/photo.png", PNG, "incoming/empty.txt", new byte[0]);
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) drop(e.getKey(), e.getValue());
        FolderWatcher watcher = watcher();
        watcher.poll();
        assertEquals(inputs.size(), watcher.poll().size());

        try (EmbeddedS3 server = new EmbeddedS3(); S3Client s3 = server.client()) {
            s3.createBucket(b -> b.bucket(BUCKET));
            S3SummarizeHandler lambda = new S3SummarizeHandler(FunctionConfig.from(Map.of()), new S3ObjectStore(s3));
            FolderObjectStore folder = new FolderObjectStore(bucket);
            for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
                s3.putObject(b -> b.bucket(BUCKET).key(e.getKey()), RequestBody.fromBytes(e.getValue()));
                String output = "summaries/" + e.getKey().substring("incoming/".length())
                        + (e.getValue() == seed ? ".summary.json" : ".error.json");
                String sequencer = folder.metadata(BUCKET, output).get("source-sequencer");
                lambda.handleRequest(S3Events.objectCreated(BUCKET, e.getKey(), e.getValue().length,
                        FolderObjectStore.md5(e.getValue()), sequencer, java.time.Instant.now()), null);
            }
            List<String> s3Keys = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("summaries/")).contents()) s3Keys.add(o.key());
            assertEquals(s3Keys.stream().sorted().toList(), outputKeys(), "the same keys");
            for (String key : s3Keys) {
                String fromS3 = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
                String fromFolder = Files.readString(bucket.resolve(key));
                if (key.endsWith(".json")) {
                    JsonObject a = Json.parse(fromS3).asObject();
                    JsonObject b = Json.parse(fromFolder).asObject();
                    // S3 gives every object a content type; a file dropped in a folder has none
                    if (a.get("source").asObject().get("contentType") != null) {
                        a.get("source").asObject().remove("contentType");
                        b.get("source").asObject().remove("contentType");
                    }
                    assertEquals(a, b, key);
                } else {
                    assertEquals(fromS3, fromFolder, key);
                }
            }
        }
    }

    @Test
    void aChangedFileIsSummarisedAgainEvenWithAnOlderTime() throws Exception {
        drop("incoming/a.txt", Samples.seedArticle());
        FolderWatcher watcher = watcher();
        watcher.poll();
        watcher.poll();
        String replaced = "Replaced headline\n\nThe council approved the new budget on Monday, officials said. "
                + "The plan adds funding for schools and roads.\n";

        drop("incoming/a.txt", replaced.getBytes(StandardCharsets.UTF_8));
        // copied in with an old time kept (cp -p): still the later write, as on S3
        Files.setLastModifiedTime(bucket.resolve("incoming/a.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        watcher.poll();
        List<FolderWatcher.Handled> again = watcher.poll();

        assertEquals(1, again.size(), again.toString());
        assertEquals("summarized", again.get(0).outcome());
        assertEquals(replaced.getBytes(StandardCharsets.UTF_8).length,
                json("summaries/a.txt.summary.json").get("source").asObject().get("bytes").asInt());
    }

    @Test
    void stopEndsAWatchThatWouldOtherwiseRunOn() throws Exception {
        drop("incoming/a.txt", Samples.seedArticle());
        FolderWatcher watcher = watcher();
        List<FolderWatcher.Handled> seen = new ArrayList<>();
        Thread thread = new Thread(() -> {
            try {
                watcher.run(60_000, false, seen::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();

        watcher.stop();
        thread.join(30_000);

        assertFalse(thread.isAlive(), "the watch ended");
    }

    @Test
    void watchNeedsAnExistingFolder() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(new String[] {"watch", temp.resolve("missing").toString(), "--once"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such folder"));
    }
}
