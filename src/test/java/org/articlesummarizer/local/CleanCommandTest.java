package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

    private static final String PAGE = "<html><head><title>Bridge to be rebuilt</title>"
            + "<meta name=author content='Ann Lee'></head><body><nav><a href=/>Home</a></nav><article>"
            + "<h1>Bridge to be rebuilt</h1><p>The council voted on Tuesday to rebuild the old bridge, a decision that "
            + "residents had urged for years.</p><p>Engineers said the crossing, built in 1921, could no longer carry "
            + "buses, and that repairs would cost more than a new span.</p></article></body></html>";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void textIsTheTitleABlankLineAndTheParagraphs() throws IOException {
        Path page = Files.writeString(dir.resolve("bridge.html"), PAGE);
        assertEquals(Cli.OK, run("clean", page.toString()));
        assertEquals("Bridge to be rebuilt\n\n"
                + "The council voted on Tuesday to rebuild the old bridge, a decision that residents had urged for years.\n\n"
                + "Engineers said the crossing, built in 1921, could no longer carry buses, and that repairs would cost "
                + "more than a new span.\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonAddsTheMetadata() throws IOException {
        Path page = Files.writeString(dir.resolve("bridge.html"), PAGE);
        assertEquals(Cli.OK, run("clean", page.toString(), "--format", "json"));
        JsonObject json = Json.parse(out.toString(StandardCharsets.UTF_8)).asObject();
        assertEquals("Bridge to be rebuilt", json.getString("title", null));
        assertEquals("Ann Lee", json.getString("byline", null));
        assertEquals("html", json.getString("format", null));
        assertEquals(2, json.get("paragraphs").asArray().size());
    }

    @Test
    void aFolderWithOutWritesOneFilePerInputAndReportsWhatItCannotClean() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("bridge.html"), PAGE);
        Files.writeString(in.resolve("empty-page.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Path outDir = dir.resolve("out");
        assertEquals(Cli.FAILED, run("clean", in.toString(), "--out", outDir.toString(), "--format", "json"));
        assertTrue(Files.exists(outDir.resolve("bridge.json")));
        assertEquals(1, Files.list(outDir).count());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty-page.html: cannot clean: no_article"));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(Cli.USAGE, run("clean", "x.html", "--format", "xml"));
    }
}
