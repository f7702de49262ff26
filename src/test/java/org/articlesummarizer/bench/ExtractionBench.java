package org.articlesummarizer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.clean.PlainTextCleaner;
import org.jsoup.Jsoup;
import org.slf4j.LoggerFactory;

/**
 * {@code extraction DATA_DIR [--limit N] [--dump DIR]}: main-content extraction quality and speed on a WCXB
 * folder, ours beside the whole-page baseline, Readability4J, boilerpipe and jsoup's bare parse,
 * plus plain-text cleaning of the whole-page text and metadata accuracy. Prints one table.
 */
public final class ExtractionBench implements Bench.Task {

    /** One row of the table: a name and what it makes of a page (null when it gives nothing). */
    private record Contender(String name, Function<WcxbPages.Page, String> extract) {
    }

    private static final long CAP = 16L << 20;
    /** What the floor row returns: it only parses, and there is nothing to score. */
    private static final String FLOOR = "\u0000";

    @Override
    public void run(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("usage: extraction DATA_DIR [--limit N] [--dump DIR]");
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder.resolve("html"))) folder = folder.resolve("extraction/wcxb-dev-articles");
        int limit = 0;
        Path dump = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
            else if (args[i].equals("--dump")) dump = Path.of(args[i + 1]);
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        List<WcxbPages.Page> pages = WcxbPages.load(folder, limit);

        quietPeerLogging();
        ArticleCleaner cleaner = new ArticleCleaner(CAP);
        PlainTextCleaner textCleaner = new PlainTextCleaner();
        List<Contender> contenders = List.of(
                new Contender("ours (clean + extract)", p -> ours(cleaner, p)),
                new Contender("whole-page text", p -> WholePageText.of(Jsoup.parse(p.htmlText()))),
                new Contender("Readability4J 1.0.8", p -> new Readability4J("https://example.org/", p.htmlText()).parse().getTextContent()),
                new Contender("boilerpipe 1.2.2 ArticleExtractor", ExtractionBench::boilerpipe),
                new Contender("jsoup parse alone (floor)", p -> Jsoup.parse(p.htmlText()).hasText() ? FLOOR : FLOOR),
                new Contender("ours, plain text of whole page", p -> plain(textCleaner, p)));

        // Warm every contender up on a few pages so the timings below measure code, not the JIT.
        for (Contender c : contenders) for (int i = 0; i < Math.min(30, pages.size()); i++) c.extract.apply(pages.get(i));

        System.out.printf(Locale.ROOT, "extraction: %s, %d pages (%d with empty truth)%n%n", folder,
                pages.size(), pages.stream().filter(p -> p.truth().isBlank()).count());
        System.out.printf(Locale.ROOT, "| %-34s | %-22s | %-7s | %-22s | %-7s | %8s |%n",
                "extractor", "shingle F1 (P, R)", "BoW F1", "non-empty truth: sh F1", "BoW F1", "ms/page");
        System.out.println("|" + "-".repeat(36) + "|" + "-".repeat(24) + "|" + "-".repeat(9) + "|" + "-".repeat(24)
                + "|" + "-".repeat(9) + "|" + "-".repeat(10) + "|");
        boolean floor;
        for (Contender c : contenders) {
            List<String> outputs = new ArrayList<>(pages.size());
            long start = System.nanoTime();
            for (WcxbPages.Page p : pages) outputs.add(c.extract.apply(p));
            double ms = (System.nanoTime() - start) / 1e6 / pages.size();
            floor = outputs.get(0) == FLOOR;
            if (dump != null && !floor) dumpOutputs(dump.resolve(c.name.replaceAll("\\W+", "-")), pages, outputs);
            TextOverlap all = new TextOverlap();
            TextOverlap nonEmpty = new TextOverlap();
            for (int i = 0; i < pages.size(); i++) {
                all.add(outputs.get(i), pages.get(i).truth());
                if (!pages.get(i).truth().isBlank()) nonEmpty.add(outputs.get(i), pages.get(i).truth());
            }
            if (floor) {
                System.out.printf(Locale.ROOT, "| %-34s | %-22s | %-7s | %-22s | %-7s | %8.2f |%n", c.name, "-", "-", "-", "-", ms);
            } else {
                System.out.printf(Locale.ROOT, "| %-34s | %.3f (%.3f, %.3f)    | %.3f   | %.3f                  | %.3f   | %8.2f |%n",
                        c.name, all.shingleF1(), all.shinglePrecision(), all.shingleRecall(), all.bagOfWordsF1(),
                        nonEmpty.shingleF1(), nonEmpty.bagOfWordsF1(), ms);
            }
        }
        for (String[] row : MetadataAccuracy.measure(cleaner, pages).rows()) {
            System.out.printf(Locale.ROOT, "| %-34s | %-22s | %-7s | %-22s | %-7s | %8s |%n", row[0], row[2], row[1], "", "", "");
        }
    }

    /** With --dump DIR, each contender's text per page, to read the misses beside the truth. */
    private static void dumpOutputs(Path dir, List<WcxbPages.Page> pages, List<String> outputs) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < pages.size(); i++) {
                Files.writeString(dir.resolve(pages.get(i).id() + ".txt"), outputs.get(i) == null ? "" : outputs.get(i));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Readability4J logs every page it reads at DEBUG; logback (from s3proxy) prints that by default. */
    private static void quietPeerLogging() {
        if (LoggerFactory.getLogger("net.dankito") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static String ours(ArticleCleaner cleaner, WcxbPages.Page p) {
        try {
            Article a = cleaner.clean(new InputDocument(p.html(), p.id() + ".html", "text/html; charset=utf-8"));
            return a.bodyText();
        } catch (RejectedInputException e) {
            return "";
        }
    }

    private static String plain(PlainTextCleaner cleaner, WcxbPages.Page p) {
        return cleaner.clean(WholePageText.of(Jsoup.parse(p.htmlText())), null).bodyText();
    }

    private static String boilerpipe(WcxbPages.Page p) {
        try {
            return ArticleExtractor.INSTANCE.getText(p.htmlText());
        } catch (Exception e) {
            return "";
        }
    }
}
