package org.articlesummarizer.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.articlesummarizer.text.PorterStemmer;
import org.articlesummarizer.text.StopWords;
import org.articlesummarizer.text.Tokenizer;

/**
 * The classic unsupervised extractive summarisers, as their papers describe them. Each takes
 * the article's sentences and a budget and returns the chosen indices in document order.
 */
final class ClassicBaselines {

    private static final double DAMPING = 0.85;

    private ClassicBaselines() {
    }

    /**
     * TextRank (Mihalcea and Tarau, 2004): a sentence graph weighted by the original similarity,
     * |shared words| / (log |S_i| + log |S_j|), ranked by weighted PageRank (d = 0.85).
     */
    static List<Integer> textRank(List<String> sentences, int k) {
        List<List<String>> words = new ArrayList<>();
        List<Set<String>> distinct = new ArrayList<>();
        for (String s : sentences) {
            List<String> ws = stems(s, false);
            words.add(ws);
            distinct.add(new HashSet<>(ws)); // once per sentence, not once per pair
        }
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            Set<String> a = distinct.get(i);
            for (int j = i + 1; j < n; j++) {
                int shared = 0;
                for (String t : distinct.get(j)) if (a.contains(t)) shared++;
                double norm = Math.log(words.get(i).size()) + Math.log(words.get(j).size());
                double sim = shared == 0 || norm <= 0 ? 0 : shared / norm;
                w[i][j] = sim;
                w[j][i] = sim;
            }
        }
        return top(pageRank(w), k);
    }

    /**
     * LexRank (Erkan and Radev, 2004), the thresholded variant: idf-modified cosine between
     * sentences (idf over the article's sentences), edges where it is above 0.1, PageRank.
     */
    static List<Integer> lexRank(List<String> sentences, int k) {
        int n = sentences.size();
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String s : sentences) {
            Map<String, Integer> counts = new HashMap<>();
            for (String t : stems(s, false)) counts.merge(t, 1, Integer::sum);
            tf.add(counts);
            for (String t : counts.keySet()) df.merge(t, 1, Integer::sum);
        }
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) idf.put(e.getKey(), Math.log((double) n / e.getValue()));
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
                double v = e.getValue() * idf.get(e.getKey());
                sum += v * v;
            }
            norm[i] = Math.sqrt(sum);
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || norm[i] == 0 || norm[j] == 0) continue;
                double dot = 0;
                for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
                    Integer other = tf.get(j).get(e.getKey());
                    if (other != null) dot += e.getValue() * other * Math.pow(idf.get(e.getKey()), 2);
                }
                w[i][j] = dot / (norm[i] * norm[j]) > 0.1 ? 1 : 0;
            }
        }
        return top(pageRank(w), k);
    }

    /**
     * Luhn (1958): significant words are the frequent content words (here: appearing at least
     * twice and not in the top 1% of types); a sentence scores the best cluster of significant
     * words no more than 4 insignificant words apart, as (significant words)^2 / cluster span.
     */
    static List<Integer> luhn(List<String> sentences, int k) {
        List<List<String>> words = new ArrayList<>();
        Map<String, Integer> freq = new HashMap<>();
        for (String s : sentences) {
            List<String> ws = stems(s, true);
            words.add(ws);
            for (String t : ws) if (!t.isEmpty()) freq.merge(t, 1, Integer::sum);
        }
        Set<String> significant = new HashSet<>();
        for (Map.Entry<String, Integer> e : freq.entrySet()) if (e.getValue() >= 2) significant.add(e.getKey());
        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<String> ws = words.get(i);
            int start = -1;
            int last = -1;
            int count = 0;
            double best = 0;
            for (int p = 0; p < ws.size(); p++) {
                if (!significant.contains(ws.get(p))) continue;
                if (start >= 0 && p - last - 1 <= 4) {
                    last = p;
                    count++;
                } else {
                    start = p;
                    last = p;
                    count = 1;
                }
                best = Math.max(best, (double) count * count / (last - start + 1));
            }
            score[i] = best;
        }
        return top(score, k);
    }

    /** Stemmed tokens; with {@code keepPlaces}, stop words become "" so that distances are kept. */
    private static List<String> stems(String sentence, boolean keepPlaces) {
        List<String> out = new ArrayList<>();
        for (String w : Tokenizer.words(sentence)) {
            if (StopWords.contains(w)) {
                if (keepPlaces) out.add("");
            } else {
                out.add(PorterStemmer.original().stem(w));
            }
        }
        return out;
    }

    private static double[] pageRank(double[][] w) {
        int n = w.length;
        double[] out = new double[n];
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) rowSum[i] += w[i][j];
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int iter = 0; iter < 100; iter++) {
            double delta = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0) sum += w[j][i] / rowSum[j] * rank[j];
                out[i] = (1 - DAMPING) / n + DAMPING * sum;
                delta += Math.abs(out[i] - rank[i]);
            }
            System.arraycopy(out, 0, rank, 0, n);
            if (delta < 1e-6) break;
        }
        return rank;
    }

    /** The k best-scoring indices (earlier first on ties), in document order. */
    static List<Integer> top(double[] score, int k) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < score.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(k, order.size())));
        chosen.sort(Integer::compare);
        return chosen;
    }
}
