package org.articlesummarizer.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.articlesummarizer.SampleArticle;
import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.Version;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.render.ErrorReport;
import org.articlesummarizer.render.JsonRenderer;
import org.articlesummarizer.render.MarkdownRenderer;
import org.articlesummarizer.render.Sha256;
import org.articlesummarizer.render.SourceInfo;
import org.articlesummarizer.summarize.SentenceBudget;

/**
 * {@code summarize FILE|DIR|-}: prints the summary of a file (or of standard input, or of the
 * bundled sample), or writes one summary per file of a folder.
 */
final class SummarizeCommand implements Command {


    /** Names this command writes; a folder's own outputs are never read back as articles. */
    private static final String[] OUTPUT_SUFFIXES = {".summary.json", ".summary.md", ".error.json"};

    private final InputStream stdin;
    private final boolean terminal;

    SummarizeCommand() {
        this(System.in, Progress.onTerminal());
    }

    /** With the standard input to read for {@code -}, and whether to draw a progress bar. */
    SummarizeCommand(InputStream stdin, boolean terminal) {
        this.stdin = stdin;
        this.terminal = terminal;
    }

    @Override
    public String name() { return "summarize"; }

    @Override
    public String summary() { return "print the summary of a file or stdin, or summarise every file of a folder"; }

    @Override
    public String help() {
        return String.join("\n",
                "usage: summarize [FILE|DIR|-] [--format markdown|json|text] [--sentences N|auto] [--out DIR]",
                "",
                "  FILE          an article: .html, .txt, .md or .json; its summary is printed",
                "  -             read the article from standard input",
                "  DIR           every file of the folder and its sub-folders (hidden ones skipped) is",
                "                summarised into <name>.summary.json and <name>.summary.md beside it, or",
                "                under --out; an article that cannot be summarised gets <name>.error.json",
                "  (nothing)     the bundled sample article",
                "  --format      markdown (default), json (the output contract) or text (the selected",
                "                sentences, one per line, nothing else). For a folder, only that format is",
                "                written; text writes <base name>.txt per article (article1.story ->",
                "                article1.txt) into --out, which it needs, so that ROUGE tools can pair them",
                "  --sentences   how many sentences (default: auto, which grows with the article)",
                "  --out         the folder to write into (the input's sub-folders are kept)",
                "",
                "A folder shows a progress bar on a terminal and ends with the count of files done and",
                "failed. Exit code: 0 when every article was summarised, 1 when any failed, 2 on wrong usage.");
    }

    /** One way of writing a summary to a file. */
    private enum Output {
        JSON(".summary.json"), MARKDOWN(".summary.md"), TEXT(".txt");

        final String suffix;

        Output(String suffix) {
            this.suffix = suffix;
        }
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("format", "sentences", "out");
        String format = options.get("format", "markdown");
        if (!format.equals("markdown") && !format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format must be markdown, json or text, not " + format);
        }
        SentenceBudget budget;
        try {
            budget = SentenceBudget.parse(options.get("sentences", "auto"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (options.positionals().size() > 1) throw new UsageException("one FILE, DIR or - at most");
        String input = options.positionals().isEmpty() ? null : options.positionals().get(0);
        Path outDir = options.get("out") == null ? null : Path.of(options.get("out"));
        SummaryPipeline pipeline = SummaryPipeline.withDefaults();

        if (input != null && !input.equals("-") && Files.isDirectory(Path.of(input))) {
            List<Output> outputs = switch (options.get("format", "")) {
                case "json" -> List.of(Output.JSON);
                case "markdown" -> List.of(Output.MARKDOWN);
                case "text" -> List.of(Output.TEXT);
                default -> List.of(Output.JSON, Output.MARKDOWN);
            };
            if (outputs.contains(Output.TEXT) && outDir == null) {
                throw new UsageException("--format text on a folder writes <base name>.txt files: name the folder with --out");
            }
            return folder(Path.of(input), outDir, outputs, pipeline, budget, out, err);
        }
        if (outDir != null) throw new UsageException("--out is for a folder; a single summary is printed");
        try {
            String name;
            byte[] bytes;
            if (input == null) {
                name = SampleArticle.NAME;
                bytes = SampleArticle.bytes();
            } else if (input.equals("-")) {
                name = "stdin";
                bytes = stdin.readAllBytes();
            } else {
                Path file = Path.of(input);
                name = file.getFileName().toString();
                bytes = Files.readAllBytes(file);
            }
            Summary summary = pipeline.summarize(new InputDocument(bytes, name, null), budget);
            out.print(render(summary, format, name, bytes));
            return Cli.OK;
        } catch (RejectedInputException e) {
            err.println("cannot summarise: " + e.reason().code() + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private int folder(Path dir, Path outDir, List<Output> outputs, SummaryPipeline pipeline, SentenceBudget budget,
                       PrintStream out, PrintStream err) {
        List<Path> files;
        try {
            files = articles(dir, outDir);
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot list " + dir + ": " + e.getMessage());
            return Cli.FAILED;
        }
        Progress progress = new Progress(err, files.size(), terminal);
        Map<Path, Path> claimed = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String relative = LocalPaths.key(dir.relativize(file));
            Path target = (outDir != null ? outDir.resolve(dir.relativize(file)) : file).getParent();
            String failure = null;
            Path text = target.resolve(LocalPaths.baseName(file) + Output.TEXT.suffix);
            Path other = outputs.contains(Output.TEXT) ? claimed.putIfAbsent(text, file) : null;
            if (other != null) {
                failure = "its text summary " + text + " would overwrite that of " + other;
            } else {
                try {
                    failure = summarizeInto(file, relative, target, outputs, pipeline, budget);
                } catch (IOException | UncheckedIOException e) {
                    failure = "cannot read or write: " + e.getMessage();
                }
            }
            if (failure != null) failures.add(relative + ": " + failure);
            progress.step(relative, failure == null);
        }
        progress.finish();
        for (String f : failures) err.println("failed " + f);
        out.println((files.size() - failures.size()) + " done, " + failures.size() + " failed"
                + (outDir != null ? " (written under " + outDir + ")" : ""));
        return failures.isEmpty() ? Cli.OK : Cli.FAILED;
    }

    /** Summarises one file into its outputs; returns why it failed, or null. */
    private static String summarizeInto(Path file, String relative, Path target, List<Output> outputs,
                                        SummaryPipeline pipeline, SentenceBudget budget) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        SourceInfo source = new SourceInfo(null, relative, null, null, null, null, bytes.length, Sha256.hex(bytes));
        String name = file.getFileName().toString();
        Files.createDirectories(target);
        try {
            Summary summary = pipeline.summarize(new InputDocument(bytes, name, null), budget);
            for (Output o : outputs) {
                String content = switch (o) {
                    case JSON -> JsonRenderer.render(summary, source) + "\n";
                    case MARKDOWN -> MarkdownRenderer.render(summary, relative);
                    case TEXT -> text(summary);
                };
                String fileName = o == Output.TEXT ? LocalPaths.baseName(file) + o.suffix : name + o.suffix;
                Files.writeString(target.resolve(fileName), content, StandardCharsets.UTF_8);
            }
            return null;
        } catch (RejectedInputException e) {
            if (!outputs.contains(Output.TEXT)) {
                Files.writeString(target.resolve(name + ".error.json"),
                        ErrorReport.render(e, source, Version.get()) + "\n", StandardCharsets.UTF_8);
            }
            return e.reason().code() + ": " + e.getMessage();
        }
    }

    /** The articles of a folder: regular files, not hidden, not outputs of this command, not under --out. */
    private static List<Path> articles(Path dir, Path outDir) throws IOException {
        Path outAbsolute = outDir == null ? null : outDir.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !LocalPaths.hidden(dir.relativize(p)))
                    .filter(p -> outAbsolute == null || !p.toAbsolutePath().normalize().startsWith(outAbsolute))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String suffix : OUTPUT_SUFFIXES) if (n.endsWith(suffix)) return false;
                        return true;
                    })
                    .sorted()
                    .toList();
        }
    }

    static String text(Summary summary) {
        StringBuilder sb = new StringBuilder();
        for (SelectedSentence s : summary.sentences()) {
            sb.append(s.sentence().text().replaceAll("\\s+", " ").strip()).append('\n');
        }
        return sb.toString();
    }

    static String render(Summary summary, String format, String name, byte[] bytes) {
        switch (format) {
            case "json":
                return JsonRenderer.render(summary, SourceInfo.ofBytes(null, bytes)) + "\n";
            case "text":
                return text(summary);
            default:
                return MarkdownRenderer.render(summary, name);
        }
    }
}
