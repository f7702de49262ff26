package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summarize}: a file, standard input, a folder; markdown, JSON and the text that ROUGE tools score. */
class SummarizeCommandTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, boolean terminal, String... args) {
        SummarizeCommand command = new SummarizeCommand(new ByteArrayInputStream(stdin), terminal);
        try {
            return command.run(new Options(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (UsageException e) {
            return Cli.USAGE;
        }
    }

    private int run(String... args) {
        return run(new byte[0], false, args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path articles() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("articles"));
        Files.write(dir.resolve("a.txt"), Samples.seedArticle());
        Files.createDirectories(dir.resolve("World News"));
        Files.write(dir.resolve("World News/b.story"), Samples.seedArticle());
        Files.write(dir.resolve("photo.png"), PNG);
        Files.write(dir.resolve(".hidden.txt"), Samples.seedArticle());
        return dir;
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> LocalPaths.key(dir.relativize(p))).sorted().toList();
        }
    }

    @Test
    void textFormatIsTheSelectedSentencesOnePerLineAndNothingElse() {
        assertEquals(Cli.OK, run(Samples.seedArticle(), false, "-", "--format", "text", "--sentences", "3"));

        String[] lines = printed().split("\n");
        assertEquals(3, lines.length, printed());
        String article = new String(Samples.seedArticle(), StandardCharsets.UTF_8);
        for (String line : lines) {
            assertFalse(line.isBlank());
            assertTrue(article.contains(line), "a sentence of the article: " + line);
        }
        assertFalse(printed().contains("#"), "no markdown");
    }

    @Test
    void standardInputGivesTheSameSummaryAsTheFile() throws Exception {
        Path file = temp.resolve("seed.txt");
        Files.write(file, Samples.seedArticle());
        run(file.toString(), "--format", "json");
        JsonObject fromFile = Json.parse(printed()).asObject();
        out.reset();

        assertEquals(Cli.OK, run(Samples.seedArticle(), false, "-", "--format", "json"));

        JsonObject fromStdin = Json.parse(printed()).asObject();
        assertEquals(fromFile.get("summary"), fromStdin.get("summary"));
        assertEquals(Samples.SEED_TITLE, fromStdin.get("article").asObject().get("title").asString());
    }

    @Test
    void aFolderIsSummarisedBesideItsFilesWithACountAndAFailingExitCode() throws Exception {
        Path dir = articles();

        int code = run(dir.toString());

        assertEquals(Cli.FAILED, code, "the PNG failed");
        assertEquals(List.of(".hidden.txt", "World News/b.story", "World News/b.story.summary.json",
                "World News/b.story.summary.md", "a.txt", "a.txt.summary.json", "a.txt.summary.md",
                "photo.png", "photo.png.error.json"), files(dir));
        assertEquals("2 done, 1 failed", printed().strip());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("photo.png: binary"), err.toString(StandardCharsets.UTF_8));
        JsonObject summary = Json.parse(Files.readString(dir.resolve("World News/b.story.summary.json"))).asObject();
        assertEquals("World News/b.story", summary.get("source").asObject().get("key").asString());
        assertEquals("binary", Json.parse(Files.readString(dir.resolve("photo.png.error.json"))).asObject()
                .get("error").asObject().get("code").asString());

        out.reset();
        run(dir.toString());
        assertEquals("2 done, 1 failed", printed().strip(), "its own outputs are not read back as articles");
    }

    @Test
    void textFormatWritesOneFilePerArticleWithTheSameBaseNameIntoOut() throws Exception {
        Path dir = articles();
        Path out = temp.resolve("system");

        int code = run(dir.toString(), "--format", "text", "--out", out.toString(), "--sentences", "3");

        assertEquals(Cli.FAILED, code);
        assertEquals(List.of("World News/b.txt", "a.txt"), files(out), "article1.story -> article1.txt, the PNG failed");
        assertFalse(files(dir).contains("a.txt.summary.json"), "nothing written beside the inputs");
        String a = Files.readString(out.resolve("a.txt"));
        this.out.reset();
        run(dir.resolve("a.txt").toString(), "--format", "text", "--sentences", "3");
        assertEquals(printed(), a, "the same text as for the file alone");
        assertEquals(3, a.split("\n").length);
    }

    @Test
    void aCompressedArticleGetsTheSameTextFileNameAsThePlainOne() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("gz"));
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("story.txt.gz")))) {
            gz.write(Samples.seedArticle());
        }
        Path out = temp.resolve("gz-out");

        assertEquals(Cli.OK, run(dir.toString(), "--format", "text", "--out", out.toString(), "--sentences", "3"));

        assertEquals(List.of("story.txt"), files(out), "story.txt.gz -> story.txt, as the clean command names it");
        assertEquals(3, Files.readString(out.resolve("story.txt")).split("\n").length);
    }

    @Test
    void textFormatForAFolderNeedsOut() throws Exception {
        assertEquals(Cli.USAGE, run(articles().toString(), "--format", "text"));
    }

    @Test
    void twoArticlesWhoseTextFilesWouldCollideFailRatherThanOverwrite() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("same-base"));
        Files.write(dir.resolve("story.md"), Samples.seedArticle());
        Files.write(dir.resolve("story.txt"), Samples.seedArticle());

        assertEquals(Cli.FAILED, run(dir.toString(), "--format", "text", "--out", temp.resolve("o").toString()));
        assertEquals(List.of("story.txt"), files(temp.resolve("o")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("would overwrite"));
    }

    @Test
    void jsonFormatForAFolderWritesOnlyJson() throws Exception {
        Path dir = articles();
        Path out = temp.resolve("json");

        run(dir.toString(), "--format", "json", "--out", out.toString());

        assertEquals(List.of("World News/b.story.summary.json", "a.txt.summary.json", "photo.png.error.json"), files(out));
        for (JsonValue s : Json.parse(Files.readString(out.resolve("a.txt.summary.json"))).asObject()
                .get("summary").asObject().get("sentences").asArray()) {
            assertTrue(s.asObject().get("claim").isObject());
        }
    }

    @Test
    void aProgressBarIsDrawnOnATerminalOnly() throws Exception {
        Path dir = articles();
        run(new byte[0], true, dir.toString(), "--out", temp.resolve("t").toString());
        String withBar = err.toString(StandardCharsets.UTF_8);
        assertTrue(withBar.contains("\r[##########--------------------] 1/3"), withBar);
        assertTrue(withBar.contains("3/3  1 failed"), withBar);

        err.reset();
        run(new byte[0], false, dir.toString(), "--out", temp.resolve("n").toString());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("\r"), "no control characters in a pipe or a log");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("summarize", "watch", "invoke")) {
            ByteArrayOutputStream help = new ByteArrayOutputStream();
            int code = new Cli().run(new String[] {command, "--help"}, new PrintStream(help, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()));
            assertEquals(Cli.OK, code);
            assertTrue(help.toString(StandardCharsets.UTF_8).startsWith("usage: " + command), command);
        }
    }
}
