package org.articlesummarizer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.articlesummarizer.clean.InputFormat;
import org.articlesummarizer.clean.TextDecoder;
import org.articlesummarizer.clean.TitleCandidates;

/**
 * {@code fit-title DATA_DIR [--features NAME,NAME,...] [--l2 X]}: whether a learnt choice between the
 * titles a page offers (the headline from its h1; og:title, JSON-LD headline, twitter:title and
 * {@code <title>} as the headline would read from each) beats the product's rules on the WCXB dev
 * pages. A conditional logit (softmax over a page's distinct candidates, L2-penalised, fitted by
 * gradient ascent from zero) over the general features of {@link TitleCandidates}; reported in
 * sample and 5-fold out of fold (fold = page index mod 5: fitted on four fifths, scored on the
 * fifth), beside the rules. Pages with one candidate keep it, so only pages with a choice differ.
 * The rules' count can be a page above the extraction bench's: that bench scores the whole cleaner,
 * which rejects a page it finds no article in, title and all.
 * Writes nothing: a choice is worth shipping only if its out-of-fold figure beats the rules.
 */
public final class FitTitle implements Bench.Task {

    private static final int FOLDS = 5;
    private static final int ITERATIONS = 400;
    private static final double RATE = 0.5;

    /** One page with a choice: each candidate's features and whether it is the truth's title. */
    private record Choice(int page, double[][] x, boolean[] truth) {
    }

    @Override
    public void run(String[] args) {
        if (args.length == 0) throw new IllegalArgumentException("usage: fit-title DATA_DIR [--features NAME,NAME,...] [--l2 X]");
        String only = SummariesBench.option(args, "--features", null);
        double l2 = Double.parseDouble(SummariesBench.option(args, "--l2", "0.01"));
        List<Integer> used = new ArrayList<>();
        for (int j = 0; j < TitleCandidates.FEATURES.size(); j++) {
            if (only == null || List.of(only.split(",")).contains(TitleCandidates.FEATURES.get(j))) used.add(j);
        }

        List<WcxbPages.Page> pages = WcxbPages.load(WcxbPages.folder(Path.of(args[0])), 0);
        List<Choice> choices = new ArrayList<>();
        int titled = 0;
        int rules = 0;
        int rulesOnChoices = 0;
        int truthAmongChoices = 0;
        for (int i = 0; i < pages.size(); i++) {
            WcxbPages.Page p = pages.get(i);
            if (p.title() == null) continue;
            titled++;
            String html = TextDecoder.decode(p.html(), "text/html; charset=utf-8", InputFormat.HTML);
            TitleCandidates t = TitleCandidates.of(html);
            String truth = MetadataAccuracy.titleWords(p.title());
            boolean current = truth.equals(MetadataAccuracy.titleWords(t.current()));
            if (current) rules++;
            List<TitleCandidates.Candidate> cs = t.candidates();
            boolean[] labels = new boolean[cs.size()];
            boolean any = false;
            for (int c = 0; c < cs.size(); c++) {
                labels[c] = truth.equals(MetadataAccuracy.titleWords(cs.get(c).text()));
                any |= labels[c];
            }
            if (cs.size() < 2) continue;
            if (any) truthAmongChoices++;
            if (current) rulesOnChoices++;
            double[][] x = new double[cs.size()][];
            for (int c = 0; c < cs.size(); c++) x[c] = select(cs.get(c).features(), used);
            choices.add(new Choice(i, x, labels));
        }
        int settled = rules - rulesOnChoices;

        double[] w = fit(choices, used.size(), l2);
        int inSample = hits(choices, w);
        int outOfFold = 0;
        for (int k = 0; k < FOLDS; k++) {
            final int fold = k;
            List<Choice> train = choices.stream().filter(c -> c.page % FOLDS != fold).toList();
            List<Choice> test = choices.stream().filter(c -> c.page % FOLDS == fold).toList();
            outOfFold += hits(test, fit(train, used.size(), l2));
        }
        System.out.printf(Locale.ROOT, "%d pages with a title; %d offer a choice of titles, the truth among them on %d (best possible %d / %d)%n",
                titled, choices.size(), truthAmongChoices, settled + truthAmongChoices, titled);
        System.out.printf(Locale.ROOT, "%d features, L2 %.3g%n", used.size(), l2);
        row("rules (HeadlineReader)", settled + rulesOnChoices, titled, rulesOnChoices, choices.size());
        row("learnt choice, in sample", settled + inSample, titled, inSample, choices.size());
        row("learnt choice, 5-fold out of fold", settled + outOfFold, titled, outOfFold, choices.size());
        System.out.println("weights (all pages):");
        for (int j = 0; j < used.size(); j++) {
            System.out.printf(Locale.ROOT, "  %-28s %+.3f%n", TitleCandidates.FEATURES.get(used.get(j)), w[j]);
        }
    }

    private static void row(String what, int hits, int of, int choiceHits, int choices) {
        System.out.printf(Locale.ROOT, "%-36s %d / %d (%.1f%%); on the pages with a choice %d / %d%n",
                what, hits, of, 100.0 * hits / of, choiceHits, choices);
    }

    private static double[] select(double[] all, List<Integer> used) {
        double[] x = new double[used.size()];
        for (int j = 0; j < x.length; j++) x[j] = all[used.get(j)];
        return x;
    }

    /** Pages where the highest-scoring candidate is the truth's title (the first of equals wins). */
    private static int hits(List<Choice> choices, double[] w) {
        int hits = 0;
        for (Choice c : choices) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < c.x.length; i++) {
                double s = dot(w, c.x[i]);
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (c.truth[best]) hits++;
        }
        return hits;
    }

    /**
     * Maximum-likelihood weights of a softmax over each page's candidates, the truth's titles
     * sharing the target, over the pages whose truth is among their candidates.
     */
    private static double[] fit(List<Choice> choices, int m, double l2) {
        List<Choice> labelled = choices.stream().filter(FitTitle::hasTruth).toList();
        double[] w = new double[m];
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double[] grad = new double[m];
            for (Choice c : labelled) {
                double[] p = softmax(c, w);
                int positives = 0;
                for (boolean t : c.truth) if (t) positives++;
                for (int i = 0; i < c.x.length; i++) {
                    double target = c.truth[i] ? 1.0 / positives : 0;
                    for (int j = 0; j < m; j++) grad[j] += (target - p[i]) * c.x[i][j];
                }
            }
            for (int j = 0; j < m; j++) w[j] += RATE * (grad[j] / labelled.size() - l2 * w[j]);
        }
        return w;
    }

    private static boolean hasTruth(Choice c) {
        for (boolean t : c.truth) if (t) return true;
        return false;
    }

    private static double[] softmax(Choice c, double[] w) {
        double[] s = new double[c.x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) max = Math.max(max, s[i] = dot(w, c.x[i]));
        double sum = 0;
        for (int i = 0; i < s.length; i++) sum += s[i] = Math.exp(s[i] - max);
        for (int i = 0; i < s.length; i++) s[i] /= sum;
        return s;
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) z += w[j] * x[j];
        return z;
    }
}
