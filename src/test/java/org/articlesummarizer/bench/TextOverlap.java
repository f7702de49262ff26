package org.articlesummarizer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two main-content scores of BENCHMARKS.md, per page, and their averages over pages.
 * <ul>
 * <li>shingle (ScrapingHub): case-kept {@code \w+} tokens, multisets of 4-token shingles,
 * precision and recall per page, averaged over pages, F1 of the averages;</li>
 * <li>bag of words (WCXB): lower-cased {@code \w+} token multisets, F1 per page, averaged.</li>
 * </ul>
 */
public final class TextOverlap {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private double shingleP;
    private double shingleR;
    private double bowF1;
    private int pages;

    /** Scores one page and adds it to the averages; returns the page's shingle precision and recall. */
    public double[] add(String extracted, String truth) {
        double[] s = shinglePrecisionRecall(extracted == null ? "" : extracted, truth);
        shingleP += s[0];
        shingleR += s[1];
        bowF1 += bagOfWordsF1(extracted == null ? "" : extracted, truth);
        pages++;
        return s;
    }

    public int pages() { return pages; }

    public double shinglePrecision() { return pages == 0 ? 0 : shingleP / pages; }

    public double shingleRecall() { return pages == 0 ? 0 : shingleR / pages; }

    public double shingleF1() { return f1(shinglePrecision(), shingleRecall()); }

    public double bagOfWordsF1() { return pages == 0 ? 0 : bowF1 / pages; }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * Precision and recall of 4-token shingles. Texts shorter than a shingle count as one shingle
     * of what they have; two empty texts agree perfectly, one empty text scores zero.
     */
    static double[] shinglePrecisionRecall(String extracted, String truth) {
        Map<String, Integer> got = shingles(tokens(extracted));
        Map<String, Integer> want = shingles(tokens(truth));
        int gotTotal = total(got);
        int wantTotal = total(want);
        if (gotTotal == 0 && wantTotal == 0) return new double[] {1, 1};
        if (gotTotal == 0 || wantTotal == 0) return new double[] {0, 0};
        int common = intersection(got, want);
        return new double[] {(double) common / gotTotal, (double) common / wantTotal};
    }

    static double bagOfWordsF1(String extracted, String truth) {
        Map<String, Integer> got = counts(tokens(extracted.toLowerCase(Locale.ROOT)));
        Map<String, Integer> want = counts(tokens(truth.toLowerCase(Locale.ROOT)));
        int gotTotal = total(got);
        int wantTotal = total(want);
        if (wantTotal == 0) return gotTotal == 0 ? 1 : 0;
        if (gotTotal == 0) return 0;
        int common = intersection(got, want);
        return f1((double) common / gotTotal, (double) common / wantTotal);
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < SHINGLE) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (String t : tokens) out.merge(t, 1, Integer::sum);
        return out;
    }

    private static int total(Map<String, Integer> multiset) {
        int n = 0;
        for (int c : multiset.values()) n += c;
        return n;
    }

    private static int intersection(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
