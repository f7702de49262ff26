package org.articlesummarizer.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.render.JsonRenderer;
import org.articlesummarizer.render.MarkdownRenderer;
import org.articlesummarizer.render.SourceInfo;
import org.articlesummarizer.summarize.SentenceBudget;

/** {@code summarize [FILE]}: prints the summary of a file, or of the bundled sample article. */
final class SummarizeCommand implements Command {

    static final String SAMPLE = "/org/articlesummarizer/samples/seed-article.txt";

    @Override
    public String name() { return "summarize"; }

    @Override
    public String summary() { return "print the summary of a file (default: the bundled sample article)"; }

    @Override
    public String help() {
        return String.join("\n",
                "usage: summarize [FILE] [--format markdown|json|text] [--sentences N|auto]",
                "",
                "  FILE          an article: .html, .txt, .md or .json; without it, the bundled sample",
                "  --format      markdown (default), json (the output contract) or text (the selected",
                "                sentences, one per line, nothing else)",
                "  --sentences   how many sentences (default: auto, which grows with the article)");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("format", "sentences");
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
        if (options.positionals().size() > 1) throw new UsageException("one FILE at most");
        try {
            String name;
            byte[] bytes;
            if (options.positionals().isEmpty()) {
                name = "seed-article.txt";
                try (InputStream in = SummarizeCommand.class.getResourceAsStream(SAMPLE)) {
                    bytes = in.readAllBytes();
                }
            } else {
                Path file = Path.of(options.positionals().get(0));
                name = file.getFileName().toString();
                bytes = Files.readAllBytes(file);
            }
            Summary summary = SummaryPipeline.withDefaults().summarize(new InputDocument(bytes, name, null), budget);
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

    static String render(Summary summary, String format, String name, byte[] bytes) {
        switch (format) {
            case "json":
                return JsonRenderer.render(summary, SourceInfo.ofBytes(null, bytes)) + "\n";
            case "text": {
                StringBuilder sb = new StringBuilder();
                for (SelectedSentence s : summary.sentences()) sb.append(s.sentence().text()).append('\n');
                return sb.toString();
            }
            default:
                return MarkdownRenderer.render(summary, name);
        }
    }
}
