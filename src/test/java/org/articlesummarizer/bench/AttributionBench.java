package org.articlesummarizer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.claims.ClaimDetector;
import org.articlesummarizer.summarize.SentenceBudget;

/**
 * {@code attribution DATA_DIR [--split dev|train] [--limit N] [--errors N] [--no-speed] [--dump FILE]}: scores claim
 * attribution on {@code attribution/polnear-dev} as BENCHMARKS.md defines it, ours beside the
 * rule baseline (the product's first detector), split by direct quote vs other attributions;
 * then the time annotation takes against the summariser's time per article. {@code --dump FILE}
 * writes our claim for every sentence (one line each), so that a change meant to keep the
 * annotation as it is (a speed-up) can be checked with {@code diff}.
 */
final class AttributionBench implements Bench.Task {

    /** Timed passes over the articles; the median of them is reported. */
    private static final int PASSES = 20;
    /**
     * Untimed passes first, until the compiled code has settled. One was too few, and five were
     * too few as well: traced pass by pass over fifty to sixty passes (four runs), the annotation's
     * share swung between 10% and 31% over the first thirty, while the JIT was still compiling and
     * recompiling the summariser and the annotation (the summariser's time per pass jumped from about
     * 0.65 ms to as much as 3 ms and back), and held within about a point of 20% from the fortieth
     * pass on in every run. A median taken in the first twenty passes read that swing, not our code.
     */
    private static final int WARM_UP = 40;

    @Override
    public void run(String[] args) throws Exception {
        if (args.length == 0) throw new IllegalArgumentException("usage: attribution DATA_DIR [--split dev|train]");
        Path folder = Path.of(args[0]).resolve("attribution/polnear-dev");
        String split = "dev";
        int limit = -1;
        int errors = 0;
        boolean speed = true;
        Path dump = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                case "--no-speed" -> speed = false; // quality only: quicker when tuning
                case "--dump" -> dump = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<PolnearCorpus.Doc> docs = PolnearCorpus.load(folder, split, limit);
        ClaimDetector ours = new ClaimDetector();
        NaiveClaimDetector naive = new NaiveClaimDetector();
        AttributionScore.Split baseline = score(docs, naive::annotate);
        AttributionScore.Split scored = score(docs, ours::annotate);

        int sentences = 0;
        int gold = 0;
        int direct = 0;
        for (PolnearCorpus.Doc d : docs) {
            sentences += d.sentences().size();
            for (PolnearCorpus.Gold g : d.gold()) {
                if (g != null) gold++;
                if (g != null && g.direct()) direct++;
            }
        }
        System.out.printf(Locale.ROOT, "attribution: polnear-dev %s.jsonl, %d articles, %d sentences, %d with a gold"
                + " attribution (%d direct quote, %d other)%n", split, docs.size(), sentences, gold, direct, gold - direct);
        System.out.println("per sentence; P/R/F1 in %; exact = after trimming spaces and punctuation at the ends;"
                + " tok = token-overlap F1");
        System.out.printf(Locale.ROOT, "%-22s %-13s %6s %6s | %5s %5s %5s %5s | %5s %5s %5s %5s%n", "system", "group",
                "gold", "named", "spk-P", "spk-R", "spkF1", "tokF1", "cue-P", "cue-R", "cueF1", "tokF1");
        String[] groups = {"direct quote", "other", "all"};
        for (Object[] row : new Object[][] {{"rule baseline (naive)", baseline}, {"ours (ClaimDetector)", scored}}) {
            List<AttributionScore> g = ((AttributionScore.Split) row[1]).groups();
            for (int k = 0; k < g.size(); k++) {
                AttributionScore s = g.get(k);
                System.out.printf(Locale.ROOT, "%-22s %-13s %6d %6d | %5.1f %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f %5.1f%n",
                        row[0], groups[k], s.speaker.gold, s.speaker.predicted,
                        100 * s.speaker.precision(s.speaker.exact), 100 * s.speaker.recall(s.speaker.exact),
                        100 * s.speaker.exactF1(), 100 * s.speaker.tokenOverlapF1(),
                        100 * s.cue.precision(s.cue.exact), 100 * s.cue.recall(s.cue.exact),
                        100 * s.cue.exactF1(), 100 * s.cue.tokenOverlapF1());
            }
        }
        if (dump != null) dump(docs, ours, dump);
        if (speed) timing(docs, ours);
        if (errors > 0) printErrors(docs, ours, errors);
    }

    static AttributionScore.Split score(List<PolnearCorpus.Doc> docs, Function<List<Sentence>, List<Claim>> detector) {
        AttributionScore.Split split = new AttributionScore.Split();
        for (PolnearCorpus.Doc d : docs) {
            List<Claim> claims = detector.apply(d.sentences());
            for (int i = 0; i < claims.size(); i++) split.add(claims.get(i), d.gold().get(i));
        }
        return split;
    }

    /**
     * Annotation time against the summariser on the same articles, in this one run: CPU time of
     * this thread (the machine is shared: wall time is not ours). Per article, the summariser and
     * then annotation alone run back to back, so both see the same machine; the summariser is timed
     * from the article's text as a user gives it (decode, clean, segment, annotate, select) and
     * from the already-cleaned article. Reported: the median over {@value #PASSES} passes (after
     * {@value #WARM_UP} warm-up passes) of each per-pass figure.
     */
    private static void timing(List<PolnearCorpus.Doc> docs, ClaimDetector detector) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SummaryPipeline pipeline = SummaryPipeline.withDefaults();
        List<InputDocument> inputs = new ArrayList<>();
        for (PolnearCorpus.Doc d : docs) {
            inputs.add(new InputDocument(d.text().getBytes(StandardCharsets.UTF_8), d.id() + ".txt", "text/plain"));
        }
        double[][] perPass = new double[5][PASSES];
        int sink = 0;
        for (int pass = -WARM_UP; pass < PASSES; pass++) {
            long annotate = 0;
            long fromArticle = 0;
            long fromText = 0;
            for (int i = 0; i < docs.size(); i++) {
                PolnearCorpus.Doc d = docs.get(i);
                long t0 = threads.getCurrentThreadCpuTime();
                try {
                    sink += pipeline.summarize(inputs.get(i)).sentences().size();
                } catch (RejectedInputException e) {
                    sink++;
                }
                long t1 = threads.getCurrentThreadCpuTime();
                sink += pipeline.summarize(d.article(), SentenceBudget.AUTO).sentences().size();
                long t2 = threads.getCurrentThreadCpuTime();
                // last, as in the pipeline: after segmentation has read the article
                sink += detector.annotate(d.sentences()).size();
                long t3 = threads.getCurrentThreadCpuTime();
                fromText += t1 - t0;
                fromArticle += t2 - t1;
                annotate += t3 - t2;
            }
            if (pass < 0) continue; // warm-up
            perPass[0][pass] = annotate / 1e6 / docs.size();
            perPass[1][pass] = fromText / 1e6 / docs.size();
            perPass[2][pass] = 100.0 * annotate / Math.max(1, fromText - annotate);
            perPass[3][pass] = fromArticle / 1e6 / docs.size();
            perPass[4][pass] = 100.0 * annotate / Math.max(1, fromArticle - annotate);
        }
        System.out.printf(Locale.ROOT, "speed (CPU ms/article, median of %d passes): annotation %.3f; summariser from"
                        + " text %.3f (annotation adds %.1f%% to it); from the cleaned article %.3f (adds %.1f%%)%s%n",
                PASSES, Bench.median(perPass[0]), Bench.median(perPass[1]), Bench.median(perPass[2]), Bench.median(perPass[3]),
                Bench.median(perPass[4]), sink == 0 ? "" : "");
    }

    /** Every sentence's claim, tab-separated: article id, sentence index, kind, speaker, cue, resolved speaker; then the gold speaker and cue, and the sentence. */
    private static void dump(List<PolnearCorpus.Doc> docs, ClaimDetector detector, Path file) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (PolnearCorpus.Doc d : docs) {
            List<Claim> claims = detector.annotate(d.sentences());
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                PolnearCorpus.Gold g = d.gold().get(i);
                // ours first, then the gold and the sentence, which no code change moves: a diff of two
                // dumps shows only what ours did differently
                lines.add(d.id() + "\t" + i + "\t" + c.kind() + "\t" + c.speaker() + "\t" + c.cue() + "\t"
                        + c.speakerResolved() + "\t" + (g == null ? null : g.speaker()) + "\t" + (g == null ? null : g.cue())
                        + "\t" + d.sentences().get(i).text().replace('\t', ' ').replace('\n', ' '));
            }
        }
        java.nio.file.Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** For tuning on train: sentences where our speaker differs from the gold one. */
    private static void printErrors(List<PolnearCorpus.Doc> docs, ClaimDetector detector, int max) {
        List<String> out = new ArrayList<>();
        for (PolnearCorpus.Doc d : docs) {
            List<Claim> claims = detector.annotate(d.sentences());
            for (int i = 0; i < claims.size() && out.size() < max; i++) {
                Claim c = claims.get(i);
                PolnearCorpus.Gold g = d.gold().get(i);
                String ps = AttributionScore.trim(c.speaker());
                String gs = g == null ? null : AttributionScore.trim(g.speaker());
                String pc = AttributionScore.trim(c.cue());
                String gc = g == null ? null : AttributionScore.trim(g.cue());
                boolean speakerOk = ps == null ? gs == null : ps.equals(gs);
                boolean cueOk = pc == null ? gc == null : pc.equals(gc);
                if (speakerOk && cueOk) continue;
                out.add(String.format("%s [%s|%s] gold [%s|%s]%n    %s", speakerOk ? "cue" : "SPK", ps, pc, gs, gc,
                        d.sentences().get(i).text()));
            }
        }
        out.forEach(System.out::println);
    }
}
