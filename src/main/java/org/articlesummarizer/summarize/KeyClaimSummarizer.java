package org.articlesummarizer.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;

/**
 * Picks the sentences that carry the article's key claims. Each sentence is scored by a linear
 * model over {@link SentenceFeatures} (position, centrality, title overlap, content words,
 * numbers and names, attribution, and penalties for questions, fragments, furniture and
 * first/second-person asides) with {@link Weights} fitted on development data. Selection is
 * greedy by score with redundancy control: a sentence that repeats a chosen one's word trigrams
 * is skipped (trigram blocking), and each candidate loses a penalty proportional to its highest
 * similarity to the chosen ones (MMR). The summary is returned in document order; every
 * sentence carries its claim and its score.
 *
 * <p>Trigram blocking skips a candidate that restates a chosen sentence: one that repeats a share
 * of the shorter sentence's word trigrams ({@link Weights#restatement()}, fitted). Blocking on any single shared
 * trigram, as extractive summarisers usually do, also skips the sentences that go on about the
 * same person ("michael scott shemansky") or share a phrase ("would never be able to"), while the
 * restatements worth skipping (a photo caption or pull quote that repeats the lead, a sentence
 * printed twice) repeat most of their trigrams.
 */
public final class KeyClaimSummarizer {

    private final Weights weights;

    public KeyClaimSummarizer() {
        this(Weights.fitted());
    }

    public KeyClaimSummarizer(Weights weights) {
        this.weights = weights;
    }

    public List<SelectedSentence> select(Article article, List<Sentence> sentences, List<Claim> claims,
                                         SentenceBudget budget) {
        int k = budget.sentencesFor(sentences.size());
        if (k == 0) return List.of();
        SentenceFeatures.Analysis analysis = SentenceFeatures.analyse(article, sentences, claims);
        double[] score = scores(analysis, weights);
        List<SelectedSentence> out = new ArrayList<>();
        for (int i : choose(analysis, score, weights, k)) {
            Claim claim = i < claims.size() ? claims.get(i) : Claim.ASSERTION;
            out.add(new SelectedSentence(sentences.get(i), round(score[i]), claim));
        }
        return out;
    }

    public static double[] scores(SentenceFeatures.Analysis analysis, Weights weights) {
        double[] score = new double[analysis.size()];
        for (int i = 0; i < score.length; i++) score[i] = weights.score(analysis.features()[i]);
        return score;
    }

    /** Greedy selection with trigram blocking and an MMR penalty; the indices in document order. */
    public static List<Integer> choose(SentenceFeatures.Analysis analysis, double[] score, Weights weights, int k) {
        double redundancy = weights.redundancy();
        int n = score.length;
        boolean[] taken = new boolean[n];
        boolean[] blocked = new boolean[n];
        double[] maxSim = new double[n];
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i] || blocked[i]) continue;
                double v = score[i] - redundancy * maxSim[i];
                if (v > bestValue) {
                    bestValue = v;
                    best = i;
                }
            }
            if (best < 0) break;
            taken[best] = true;
            chosen.add(best);
            long[] tri = analysis.trigrams()[best];
            for (int i = 0; i < n; i++) {
                if (taken[i]) continue;
                maxSim[i] = Math.max(maxSim[i], analysis.similarity()[best][i]);
                if (!blocked[i] && restates(tri, analysis.trigrams()[i], weights.restatement())) blocked[i] = true;
            }
        }
        if (chosen.size() < k) {
            // every other sentence repeats a chosen one: fill in document order rather than fall short
            for (int i = 0; i < n && chosen.size() < k; i++) if (!taken[i]) chosen.add(i);
        }
        chosen.sort(Integer::compare);
        return chosen;
    }

    /** Whether two sentences' sorted trigrams overlap by at least {@code share} of the shorter one's (and by one at least). */
    static boolean restates(long[] a, long[] b, double share) {
        int shared = sharedCount(a, b);
        return shared > 0 && shared >= share * Math.min(a.length, b.length);
    }

    /** How many elements of the shorter sorted array the other holds (the word trigrams two sentences share). */
    private static int sharedCount(long[] a, long[] b) {
        long[] shorter = a.length <= b.length ? a : b;
        long[] longer = shorter == a ? b : a;
        int shared = 0;
        for (long t : shorter) if (Arrays.binarySearch(longer, t) >= 0) shared++;
        return shared;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Parameters that reproduce this summariser's choice, for the output's generator block. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("algorithm", "linear sentence scoring (fitted weights.properties), trigram blocking, MMR, document order");
        p.put("redundancy", Double.toString(weights.redundancy()));
        p.put("restatement", Double.toString(weights.restatement()));
        return p;
    }
}
