package org.articlesummarizer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.clean.PlainTextCleaner;
import org.jsoup.Jsoup;
import org.slf4j.LoggerFactory;

/**
 * {@code extraction DATA_DIR [--limit N] [--passes N] [--dump DIR]}: main-content extraction quality and speed on a WCXB
 * folder, ours beside the whole-page baseline, Readability4J, boilerpipe and jsoup's bare parse,
 * plus plain-text cleaning of the whole-page text and metadata accuracy. Prints one table.
 */
public final class ExtractionBench implements Bench.Task {

    /** One row of the table: a name and what it makes of a page (null when it gives nothing). */
    private record Contender(String name, Function<WcxbPages.Page, String> extract) {
    }

    private static final long CAP = 16L << 20;
    /**
     * Timings are this thread's CPU time, not wall time: the machines the bench runs on are shared,
     * and other processes' load would otherwise land on whichever contender ran at the time.
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The row that only parses: there is nothing to score, its time is the floor. */
    private static final int FLOOR_ROW = 4;

    @Override
    public void run(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("usage: extraction DATA_DIR [--limit N] [--passes N] [--dump DIR]");
        Path folder = WcxbPages.folder(Path.of(args[0]));
        int limit = 0;
        Path dump = null;
        int passes = 3;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
            else if (args[i].equals("--dump")) dump = Path.of(args[i + 1]);
            else if (args[i].equals("--passes")) passes = Math.max(1, Integer.parseInt(args[i + 1]));
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        List<WcxbPages.Page> pages = WcxbPages.load(folder, limit);

        quietPeerLogging();
        ArticleCleaner cleaner = new ArticleCleaner(CAP);
        PlainTextCleaner textCleaner = new PlainTextCleaner();
        // our articles, kept for the metadata rows so the pages are not cleaned a second time
        Map<String, Article> ourArticles = new HashMap<>();
        List<Contender> contenders = List.of(
                new Contender("ours (clean + extract)", p -> {
                    Article a = p.cleanedBy(cleaner);
                    ourArticles.put(p.id(), a);
                    return a.bodyText();
                }),
                new Contender("whole-page text", p -> WholePageText.of(Jsoup.parse(p.htmlText()))),
                new Contender("Readability4J 1.0.8", p -> new Readability4J("https://example.org/", p.htmlText()).parse().getTextContent()),
                new Contender("boilerpipe 1.2.2 ArticleExtractor", ExtractionBench::boilerpipe),
                new Contender("jsoup parse alone (floor)", p -> Jsoup.parse(p.htmlText()).hasText() ? "" : ""),
                new Contender("ours, plain text of whole page", p -> plain(textCleaner, p)));

        // Warm every contender up on every page, so that the passes time code the JIT has compiled for
        // these pages, as a warm function runs it, and no contender pays for its compilation in the table.
        for (Contender c : contenders) for (WcxbPages.Page p : pages) c.extract.apply(p);

        // Page by page, every contender in turn: a shared machine's load then falls on all alike. Each
        // timed pass gives every contender's time and its ratio to the floor in that pass; the table
        // shows the median of each over the passes, so one pass that other processes slowed does not
        // set the figure.
        double[][] msPerPass = new double[contenders.size()][passes];
        double[][] ratioPerPass = new double[contenders.size()][passes];
        List<List<String>> outputs = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) outputs.add(new ArrayList<>(pages.size()));
        for (int pass = 0; pass < passes; pass++) {
            for (WcxbPages.Page p : pages) {
                for (int c = 0; c < contenders.size(); c++) {
                    long start = CPU.getCurrentThreadCpuTime();
                    String text = contenders.get(c).extract.apply(p);
                    msPerPass[c][pass] += (CPU.getCurrentThreadCpuTime() - start) / 1e6 / pages.size();
                    if (pass == 0) outputs.get(c).add(text);
                }
            }
            for (int c = 0; c < contenders.size(); c++) ratioPerPass[c][pass] = msPerPass[c][pass] / msPerPass[FLOOR_ROW][pass];
        }
        double[] ms = new double[contenders.size()];
        double[] ratios = new double[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            ms[c] = Bench.median(msPerPass[c]);
            ratios[c] = Bench.median(ratioPerPass[c]);
        }
        System.out.printf(Locale.ROOT, "extraction: %s, %d pages (%d with empty truth); CPU time of this thread,"
                        + " median of %d passes after a warm-up pass%n%n",
                folder, pages.size(), pages.stream().filter(p -> p.truth().isBlank()).count(), passes);
        row("extractor", "shingle F1 (P, R)", "BoW F1", "non-empty truth: sh F1 / BoW", "CPU ms/page", "x jsoup parse");
        System.out.println("|" + "-".repeat(36) + "|" + "-".repeat(23) + "|" + "-".repeat(8) + "|" + "-".repeat(30)
                + "|" + "-".repeat(13) + "|" + "-".repeat(15) + "|");
        for (int c = 0; c < contenders.size(); c++) {
            String time = String.format(Locale.ROOT, "%.2f", ms[c]);
            String ratio = String.format(Locale.ROOT, "%.2f", ratios[c]);
            if (c == FLOOR_ROW) {
                row(contenders.get(c).name, "-", "-", "-", time, ratio);
                continue;
            }
            TextOverlap all = new TextOverlap();
            TextOverlap nonEmpty = new TextOverlap();
            for (int i = 0; i < pages.size(); i++) {
                all.add(outputs.get(c).get(i), pages.get(i).truth());
                if (!pages.get(i).truth().isBlank()) nonEmpty.add(outputs.get(c).get(i), pages.get(i).truth());
            }
            if (dump != null) dumpOutputs(dump.resolve(contenders.get(c).name.replaceAll("\\W+", "-")), pages, outputs.get(c));
            row(contenders.get(c).name,
                    String.format(Locale.ROOT, "%.4f (%.3f, %.3f)", all.shingleF1(), all.shinglePrecision(), all.shingleRecall()),
                    String.format(Locale.ROOT, "%.4f", all.bagOfWordsF1()),
                    String.format(Locale.ROOT, "%.4f / %.4f", nonEmpty.shingleF1(), nonEmpty.bagOfWordsF1()),
                    time, ratio);
        }
        MetadataAccuracy metadata = new MetadataAccuracy();
        for (WcxbPages.Page p : pages) metadata.add(p, ourArticles.get(p.id()));
        for (String[] m : metadata.rows()) row(m[0], m[2], m[1], "", "", "");
    }

    private static void row(String name, String shingle, String bow, String nonEmpty, String ms, String ratio) {
        System.out.printf(Locale.ROOT, "| %-34s | %-21s | %-6s | %-28s | %11s | %13s |%n", name, shingle, bow, nonEmpty, ms, ratio);
    }

    /** With --dump DIR, each contender's text per page, to read the misses beside the truth. */
    static void dumpOutputs(Path dir, List<WcxbPages.Page> pages, List<String> outputs) {
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
