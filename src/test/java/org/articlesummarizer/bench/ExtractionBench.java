package org.articlesummarizer.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
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
 * {@code extraction DATA_DIR [--limit N] [--passes N] [--forks N] [--dump DIR]}: main-content extraction quality and
 * speed on a WCXB folder, ours beside the whole-page baseline, Readability4J, boilerpipe and jsoup's bare parse,
 * plus plain-text cleaning of the whole-page text and metadata accuracy. Prints one table.
 *
 * <p>Timed in one JVM (the default), every contender runs jsoup's parser, and the JIT compiles that
 * shared code once for all of them: from one JVM to the next it settles on code that parses a third
 * faster or slower, and the floor moves with it while our time, half of it outside the parser, moves
 * less. {@code --forks N} times each contender alone in a fresh JVM instead, as JMH forks each
 * benchmark: N rounds, each round every contender in turn, each contender's ratio taken to the
 * floor of its own round (the neighbouring JVMs, so the machine's load is much the same), and the
 * median over the rounds printed.
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

    /** Pages a forked JVM reads before it times: with the full set, three passes. */
    private static final int FORK_WARM_UP_PAGES = 2000;
    /** What a forked JVM prints before its time, for the parent to find among anything else it prints. */
    private static final String FORK_RESULT = "fork ms/page: ";

    @Override
    public void run(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: extraction DATA_DIR [--limit N] [--passes N] [--forks N] [--dump DIR]");
        }
        Path folder = WcxbPages.folder(Path.of(args[0]));
        int limit = 0;
        Path dump = null;
        int passes = 3;
        int forks = 0;
        int timeOne = -1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--limit")) limit = Integer.parseInt(args[i + 1]);
            else if (args[i].equals("--dump")) dump = Path.of(args[i + 1]);
            else if (args[i].equals("--passes")) passes = Math.max(1, Integer.parseInt(args[i + 1]));
            else if (args[i].equals("--forks")) forks = Math.max(0, Integer.parseInt(args[i + 1]));
            else if (args[i].equals("--time-one")) timeOne = Integer.parseInt(args[i + 1]); // a fork's own work
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        List<WcxbPages.Page> pages = WcxbPages.load(folder, limit);

        quietPeerLogging();
        // our articles, kept for the metadata rows so the pages are not cleaned a second time
        Map<String, Article> ourArticles = new HashMap<>();
        List<Contender> contenders = contenders(ourArticles);
        if (timeOne >= 0) {
            System.out.println(FORK_RESULT + timeAlone(contenders.get(timeOne), pages, passes));
            return;
        }

        double[] ms = new double[contenders.size()];
        double[] ratios = new double[contenders.size()];
        List<List<String>> outputs = new ArrayList<>();
        String how;
        if (forks > 0) {
            for (Contender c : contenders) outputs.add(pages.stream().map(c.extract).toList());
            how = timeInForks(args, contenders, forks, passes, ms, ratios);
        } else {
            timeInOneJvm(contenders, pages, passes, ms, ratios, outputs);
            how = String.format(Locale.ROOT, "every contender in this JVM, median of %d passes after a warm-up pass", passes);
        }
        System.out.printf(Locale.ROOT, "extraction: %s, %d pages (%d with empty truth); CPU time of the timing thread,"
                        + " %s%n%n",
                folder, pages.size(), pages.stream().filter(p -> p.truth().isBlank()).count(), how);
        printTable(contenders, pages, outputs, ms, ratios, dump);
        MetadataAccuracy metadata = new MetadataAccuracy();
        for (WcxbPages.Page p : pages) metadata.add(p, ourArticles.get(p.id()));
        for (String[] m : metadata.rows()) row(m[0], m[2], m[1], "", "", "");
    }

    /**
     * The {@code --forks} timing: fills each contender's median ms per page over the rounds and its
     * median ratio to the floor of the same round; returns the lines that say how, with ours round
     * by round and each contender's best round against the floor's best.
     */
    private static String timeInForks(String[] args, List<Contender> contenders, int forks, int passes,
            double[] ms, double[] ratios) throws Exception {
        double[][] forkMs = forkTimes(args, contenders.size(), forks);
        for (int c = 0; c < contenders.size(); c++) {
            double[] r = new double[forks];
            for (int k = 0; k < forks; k++) r[k] = forkMs[c][k] / forkMs[FLOOR_ROW][k];
            ms[c] = Bench.median(forkMs[c]);
            ratios[c] = Bench.median(r);
        }
        String how = String.format(Locale.ROOT, "each contender alone in a fresh JVM, %d rounds; a JVM's time is the median"
                + " of %d passes after warm-up passes over %d pages or more; the median over the rounds", forks, passes, FORK_WARM_UP_PAGES);
        StringBuilder ours = new StringBuilder();
        for (int k = 0; k < forks; k++) {
            ours.append(String.format(Locale.ROOT, "%s%.2f/%.2f = %.2fx", k == 0 ? "" : ", ",
                    forkMs[0][k], forkMs[FLOOR_ROW][k], forkMs[0][k] / forkMs[FLOOR_ROW][k]));
        }
        how += "\nours / floor, ms/page, round by round: " + ours;
        // the best round of each is its JIT's better code on the machine's quietest minute: a
        // second reading, steadier than any one round, as like against like
        double bestFloor = Arrays.stream(forkMs[FLOOR_ROW]).min().orElseThrow();
        StringBuilder best = new StringBuilder();
        for (int c = 0; c < contenders.size(); c++) {
            if (c == FLOOR_ROW) continue;
            double b = Arrays.stream(forkMs[c]).min().orElseThrow();
            best.append(String.format(Locale.ROOT, "%s%s %.2f (%.2fx)", best.length() == 0 ? "" : ", ",
                    contenders.get(c).name, b, b / bestFloor));
        }
        how += String.format(Locale.ROOT, "%nbest round of each, ms/page (x the floor's best, %.2f): %s", bestFloor, best);
        return how;
    }

    private static List<Contender> contenders(Map<String, Article> ourArticles) {
        ArticleCleaner cleaner = new ArticleCleaner(CAP);
        PlainTextCleaner textCleaner = new PlainTextCleaner();
        return List.of(
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
    }

    private static void timeInOneJvm(List<Contender> contenders, List<WcxbPages.Page> pages, int passes,
            double[] ms, double[] ratios, List<List<String>> outputs) {
        // Warm every contender up on every page, so that the passes time code the JIT has compiled for
        // these pages, as a warm function runs it, and no contender pays for its compilation in the table.
        for (Contender c : contenders) for (WcxbPages.Page p : pages) c.extract.apply(p);

        // Page by page, every contender in turn: a shared machine's load then falls on all alike. Each
        // timed pass gives every contender's time and its ratio to the floor in that pass; the table
        // shows the median of each over the passes, so one pass that other processes slowed does not
        // set the figure.
        double[][] msPerPass = new double[contenders.size()][passes];
        double[][] ratioPerPass = new double[contenders.size()][passes];
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
        for (int c = 0; c < contenders.size(); c++) {
            ms[c] = Bench.median(msPerPass[c]);
            ratios[c] = Bench.median(ratioPerPass[c]);
        }
    }

    /**
     * One contender's CPU ms per page in this JVM, run for nothing else: the median of the passes
     * after warm-up passes. A fresh JVM has compiled nothing yet: the warm-up reads at least
     * {@link #FORK_WARM_UP_PAGES} pages, twice over the set at least, before the timing starts.
     */
    private static double timeAlone(Contender contender, List<WcxbPages.Page> pages, int passes) {
        for (int read = 0, pass = 0; pass < 2 || read < FORK_WARM_UP_PAGES; pass++, read += pages.size()) {
            for (WcxbPages.Page p : pages) contender.extract.apply(p);
        }
        double[] msPerPass = new double[passes];
        for (int pass = 0; pass < passes; pass++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (WcxbPages.Page p : pages) contender.extract.apply(p);
            msPerPass[pass] = (CPU.getCurrentThreadCpuTime() - start) / 1e6 / pages.size();
        }
        return Bench.median(msPerPass);
    }

    /**
     * Each contender's ms per page in each of {@code forks} rounds, every contender of a round in a
     * JVM of its own started with this run's arguments; the rounds alternate the order, so that no
     * contender always runs right after the same one.
     */
    private static double[][] forkTimes(String[] args, int contenders, int forks) throws Exception {
        double[][] ms = new double[contenders][forks];
        for (int k = 0; k < forks; k++) {
            for (int i = 0; i < contenders; i++) {
                int c = k % 2 == 0 ? i : contenders - 1 - i;
                List<String> command = new ArrayList<>(List.of(Bench.javaBinary(), "-cp", classPath(), Bench.class.getName(), "extraction"));
                for (int a = 0; a < args.length; a++) {
                    if (args[a].equals("--forks") || args[a].equals("--dump")) a++; // the fork times, nothing else
                    else command.add(args[a]);
                }
                command.addAll(List.of("--time-one", Integer.toString(c)));
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int at = out.lastIndexOf(FORK_RESULT);
                if (p.waitFor() != 0 || at < 0) throw new IllegalStateException("a timing JVM failed: " + out);
                ms[c][k] = Double.parseDouble(out.substring(at + FORK_RESULT.length()).strip());
            }
        }
        return ms;
    }

    /**
     * The classpath this run loads the bench from: under {@code mvn exec:java} the bench's class
     * loader holds it (the JVM's own class path is Maven's launcher), under {@code java -cp} the JVM's.
     */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = ExtractionBench.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    private static void printTable(List<Contender> contenders, List<WcxbPages.Page> pages, List<List<String>> outputs,
            double[] ms, double[] ratios, Path dump) {
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
