package org.articlesummarizer.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.render.JsonRenderer;

/**
 * {@code clean FILE|DIR [--format text|json] [--out DIR]}: prints the cleaned article (main
 * content and metadata) of a file, or writes one output per file of a folder.
 */
final class CleanCommand implements Command {

    @Override
    public String name() { return "clean"; }

    @Override
    public String summary() { return "print the cleaned article (main text and metadata) of a file or folder"; }

    @Override
    public String help() {
        return String.join("\n",
                "usage: clean FILE|DIR [--format text|json] [--out DIR]",
                "",
                "  FILE|DIR   an article (.html, .txt, .md, .json, optionally .gz), or a folder of them",
                "  --format   text (default): the title line, a blank line, then the paragraphs separated",
                "             by blank lines; json: the same with the metadata (byline, publishedTime,",
                "             siteName, section, language) and each paragraph's kind",
                "  --out      write one output per input into DIR, same base name, .txt or .json;",
                "             without it, outputs go to standard output",
                "",
                "An input with no article text is reported (no_article) and the exit code is 1.");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("format", "out");
        String format = options.get("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, not " + format);
        }
        if (options.positionals().size() != 1) throw new UsageException("one FILE or DIR");
        Path input = Path.of(options.positionals().get(0));
        Path outDir = options.get("out") == null ? null : Path.of(options.get("out"));
        List<Path> files;
        try {
            files = inputs(input);
            if (outDir != null) Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
        ArticleCleaner cleaner = new ArticleCleaner(SummaryPipeline.DEFAULT_MAX_INPUT_BYTES);
        int failed = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Article article = cleaner.clean(new InputDocument(Files.readAllBytes(file), name, null));
                String rendered = format.equals("json") ? json(article) : text(article);
                if (outDir == null) {
                    out.print(rendered);
                } else {
                    Files.writeString(outDir.resolve(LocalPaths.baseName(file) + (format.equals("json") ? ".json" : ".txt")), rendered);
                }
            } catch (RejectedInputException e) {
                err.println(name + ": cannot clean: " + e.reason().code() + ": " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println(name + ": cannot read or write: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? Cli.OK : Cli.FAILED;
    }

    /** A file, or the regular files of a folder (not its subfolders) in name order. */
    private static List<Path> inputs(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            if (!Files.isRegularFile(input)) throw new IOException("no such file or folder: " + input);
            return List.of(input);
        }
        try (Stream<Path> list = Files.list(input)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    static String text(Article article) {
        StringBuilder sb = new StringBuilder();
        sb.append(article.title() == null ? "" : article.title()).append("\n\n");
        sb.append(article.bodyText()).append('\n');
        return sb.toString();
    }

    static String json(Article article) {
        JsonArray paragraphs = Json.array();
        for (Paragraph p : article.paragraphs()) {
            paragraphs.add(Json.object().add("kind", p.kind().name().toLowerCase(Locale.ROOT)).add("text", p.text()));
        }
        JsonObject root = JsonRenderer.articleMetadata(article)
                .add("paragraphs", paragraphs)
                .add("text", article.bodyText());
        return root.toString(WriterConfig.PRETTY_PRINT) + "\n";
    }
}
