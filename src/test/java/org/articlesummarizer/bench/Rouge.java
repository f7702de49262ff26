package org.articlesummarizer.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.articlesummarizer.text.PorterStemmer;

/**
 * ROUGE with the semantics of ROUGE-1.5.5 {@code -c 95 -m -n 2 -a} (no length limit, model
 * average, alpha 0.5, one sentence per line): ROUGE-1, ROUGE-2 and summary-level ROUGE-L.
 *
 * <p>As ROUGE-1.5.5 reads a summary: ASCII letters are lower-cased, "-" is spaced out, every
 * character other than ASCII letters, digits and "-" becomes a space, and only tokens that start
 * with a letter or digit are kept (so "-" never counts). With {@code -m}, tokens longer than 3
 * characters are Porter-stemmed (ROUGE's variant, {@link PorterStemmer#rouge()}). ROUGE-N
 * counts clipped n-grams over the whole summary (n-grams run across sentence ends). ROUGE-L
 * takes, for each reference sentence, the union of its LCS with every candidate sentence, and
 * counts a hit only while the token still has unused occurrences in both texts. Scores are per
 * document F-measures; {@link Average} averages them over documents, as ROUGE-1.5.5 does.
 *
 * <p>Before stemming, ROUGE-1.5.5 looks each token up in the WordNet 2.0 exception database and,
 * when found, uses the base form as it is ("said" → "say", "children" → "child"). This matters
 * on news (every "said" against a highlight's "says"): {@link #IRREGULAR} holds the irregular forms
 * of more than three letters that are frequent in news, unambiguous in WordNet, written out here
 * (not the WordNet files). With it, Lead-3 and MatchSum on cnndm-realsumm100 come within 0.05 of
 * ROUGE-1.5.5; without it, R-1 is 0.25 low.
 */
public final class Rouge {

    private static final PorterStemmer STEMMER = PorterStemmer.rouge();

    /** Irregular inflections (longer than three letters) and their WordNet base forms. */
    static final Map<String, String> IRREGULAR = irregular(
            "said say told tell found find were be been be made make came come took take went go gave give "
            + "held hold children child women woman left leave felt feel known know taken take given give "
            + "heard hear brought bring thought think began begin became become knew know seen see lost lose "
            + "paid pay sent send spent spend built build caught catch kept keep meant mean shot shoot "
            + "fought fight feet foot teeth tooth does do done do spoke speak spoken speak wrote write "
            + "written write chose choose chosen choose drove drive driven drive fell fall fallen fall "
            + "grew grow grown grow threw throw thrown throw stood stand understood understand sold sell "
            + "taught teach bought buy sought seek struck strike stole steal stolen steal broke break "
            + "broken break hidden hide forgot forget forgotten forget fled flee begun begin drew draw "
            + "drawn draw flew fly flown fly sang sing sung sing swam swim wore wear worn wear tore tear "
            + "torn tear shook shake shaken shake slept sleep swept sweep dealt deal ridden ride");

    private Rouge() {
    }

    /** Per-document F-measures (0..1) for ROUGE-1, ROUGE-2 and ROUGE-L. */
    public record Scores(double r1, double r2, double rl) {
    }

    /** Scores one candidate (one sentence per element) against one reference (likewise). */
    public static Scores score(List<String> candidate, List<String> reference) {
        List<List<String>> cand = tokenize(candidate);
        List<List<String>> ref = tokenize(reference);
        List<String> candAll = flatten(cand);
        List<String> refAll = flatten(ref);
        return new Scores(ngramF(candAll, refAll, 1), ngramF(candAll, refAll, 2), lcsF(cand, ref, candAll, refAll));
    }

    /** The tokens ROUGE-1.5.5 would count in one line of text, stemmed. */
    public static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                token.append((char) (c + 32));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                token.append(c);
            } else {
                // "-" is its own token in ROUGE-1.5.5 but is then dropped: it does not start with [a-z0-9]
                if (token.length() > 0) {
                    String t = token.toString();
                    out.add(t.length() > 3 ? stem(t) : t);
                    token.setLength(0);
                }
            }
        }
        return out;
    }

    private static String stem(String token) {
        String base = IRREGULAR.get(token);
        return base != null ? base : STEMMER.stem(token);
    }

    private static Map<String, String> irregular(String pairs) {
        String[] words = pairs.split(" ");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) out.put(words[i], words[i + 1]);
        return Map.copyOf(out);
    }

    private static List<List<String>> tokenize(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            out.add(tokens(line));
        }
        return out;
    }

    private static List<String> flatten(List<List<String>> sentences) {
        List<String> out = new ArrayList<>();
        for (List<String> s : sentences) out.addAll(s);
        return out;
    }

    /** Counts of the n-grams of a token list. */
    static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(gram, 1, Integer::sum);
        }
        return counts;
    }

    private static double ngramF(List<String> cand, List<String> ref, int n) {
        Map<String, Integer> c = ngrams(cand, n);
        Map<String, Integer> r = ngrams(ref, n);
        int hit = 0;
        for (Map.Entry<String, Integer> e : r.entrySet()) {
            Integer inCand = c.get(e.getKey());
            if (inCand != null) hit += Math.min(inCand, e.getValue());
        }
        int refCount = Math.max(0, ref.size() - n + 1);
        int candCount = Math.max(0, cand.size() - n + 1);
        return f(hit, refCount, candCount);
    }

    private static double lcsF(List<List<String>> cand, List<List<String>> ref,
                               List<String> candAll, List<String> refAll) {
        Map<String, Integer> refLeft = ngrams(refAll, 1);
        Map<String, Integer> candLeft = ngrams(candAll, 1);
        int hit = 0;
        for (List<String> r : ref) {
            boolean[] mask = new boolean[r.size()];
            for (List<String> c : cand) markLcs(r, c, mask);
            for (int j = 0; j < r.size(); j++) {
                if (!mask[j]) continue;
                String t = r.get(j);
                if (refLeft.getOrDefault(t, 0) > 0 && candLeft.getOrDefault(t, 0) > 0) {
                    hit++;
                    refLeft.merge(t, -1, Integer::sum);
                    candLeft.merge(t, -1, Integer::sum);
                }
            }
        }
        return f(hit, refAll.size(), candAll.size());
    }

    /** Marks the reference positions of one LCS, traced back the way ROUGE-1.5.5 traces it. */
    private static void markLcs(List<String> model, List<String> peer, boolean[] mask) {
        int m = model.size();
        int n = peer.size();
        if (m == 0) return;
        int[][] c = new int[m + 1][n + 1];
        byte[][] b = new byte[m + 1][n + 1]; // 1 diagonal, 2 up, 3 left
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (model.get(i - 1).equals(peer.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                    b[i][j] = 1;
                } else if (c[i - 1][j] >= c[i][j - 1]) {
                    c[i][j] = c[i - 1][j];
                    b[i][j] = 2;
                } else {
                    c[i][j] = c[i][j - 1];
                    b[i][j] = 3;
                }
            }
        }
        int i = m;
        int j = n;
        while (i != 0 && j != 0) {
            if (b[i][j] == 1) {
                i--;
                j--;
                mask[i] = true;
            } else if (b[i][j] == 2) {
                i--;
            } else {
                j--;
            }
        }
    }

    private static double f(int hit, int refCount, int candCount) {
        double recall = refCount == 0 ? 0 : (double) hit / refCount;
        double precision = candCount == 0 ? 0 : (double) hit / candCount;
        if (recall + precision == 0) return 0;
        return precision * recall / (0.5 * precision + 0.5 * recall);
    }

    /** The mean of per-document scores, as ROUGE-1.5.5 averages them. */
    public static final class Average {
        private double r1;
        private double r2;
        private double rl;
        private int n;

        public void add(Scores s) {
            r1 += s.r1();
            r2 += s.r2();
            rl += s.rl();
            n++;
        }

        public int count() { return n; }

        /** Mean ROUGE-1 F, in percent. */
        public double r1() { return n == 0 ? 0 : 100 * r1 / n; }

        public double r2() { return n == 0 ? 0 : 100 * r2 / n; }

        public double rl() { return n == 0 ? 0 : 100 * rl / n; }
    }
}
