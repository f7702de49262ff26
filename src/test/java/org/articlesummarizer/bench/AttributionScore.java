package org.articlesummarizer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.articlesummarizer.article.Claim;
import org.articlesummarizer.text.Tokenizer;

/**
 * Per-sentence attribution scores as BENCHMARKS.md defines them, for one group of sentences:
 * speaker and cue, exact match (after trimming white space and punctuation at the ends) and
 * token-overlap F1; precision over the sentences where a speaker (cue) is given, recall over the
 * sentences with a gold attribution.
 */
final class AttributionScore {

    /** Counts for one field (speaker or cue). */
    static final class Field {
        int predicted;
        int gold;
        int exact;
        double tokens;

        void add(String predictedText, String goldText) {
            String p = trim(predictedText);
            String g = goldText == null ? null : trim(goldText);
            if (p != null && !p.isEmpty()) predicted++;
            if (g != null) gold++;
            if (p == null || p.isEmpty() || g == null) return;
            if (p.equals(g)) exact++;
            tokens += AttributionScore.tokenF1(p, g);
        }

        double exactF1() {
            return f1(exact, exact);
        }

        double tokenOverlapF1() {
            return f1(tokens, tokens);
        }

        double precision(double hits) {
            return predicted == 0 ? 0 : hits / predicted;
        }

        double recall(double hits) {
            return gold == 0 ? 0 : hits / gold;
        }

        private double f1(double hitsP, double hitsR) {
            double p = precision(hitsP);
            double r = recall(hitsR);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Field speaker = new Field();
    final Field cue = new Field();

    void add(Claim claim, PolnearCorpus.Gold gold) {
        speaker.add(claim.speaker(), gold == null ? null : gold.speaker());
        cue.add(claim.cue(), gold == null ? null : gold.cue());
    }

    /** Strips white space and punctuation at both ends; null stays null. */
    static String trim(String s) {
        if (s == null) return null;
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    static double tokenF1(String predicted, String gold) {
        List<String> p = Tokenizer.words(predicted);
        List<String> g = Tokenizer.words(gold);
        if (p.isEmpty() || g.isEmpty()) return 0;
        Map<String, Integer> counts = new HashMap<>();
        for (String w : g) counts.merge(w, 1, Integer::sum);
        int common = 0;
        for (String w : p) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        if (common == 0) return 0;
        double precision = common / (double) p.size();
        double recall = common / (double) g.size();
        return 2 * precision * recall / (precision + recall);
    }

    /** Scores of one system split the bench's way: direct quote, other attributions, all. */
    static final class Split {
        final AttributionScore direct = new AttributionScore();
        final AttributionScore other = new AttributionScore();
        final AttributionScore all = new AttributionScore();

        /**
         * A sentence with a gold attribution counts in the group of its gold quote form; one
         * without counts (as a false positive, if anything) in the group of the predicted kind.
         */
        void add(Claim claim, PolnearCorpus.Gold gold) {
            boolean direct = gold != null ? gold.direct() : claim.kind() == Claim.Kind.DIRECT_QUOTE;
            (direct ? this.direct : this.other).add(claim, gold);
            all.add(claim, gold);
        }

        List<AttributionScore> groups() {
            return new ArrayList<>(List.of(direct, other, all));
        }
    }
}
