package org.articlesummarizer.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.text.PorterStemmer;
import org.articlesummarizer.text.StopWords;
import org.articlesummarizer.text.Tokenizer;

/**
 * What the summariser knows about each sentence: a row of numbers, most in [0, 1], named by
 * {@link #NAMES}. Every feature degrades gracefully: on lower-cased text the capital-letter
 * feature is 0, without a title the title overlap is 0.
 */
public final class SentenceFeatures {

    /** Feature names, in column order; weights.properties uses the same names. */
    public static final List<String> NAMES = List.of(
            "bias", "first", "second", "third", "inversePosition", "relativePosition", "paragraphStart",
            "firstParagraph", "centrality", "similarityToEarlier", "similarityToLater", "titleOverlap",
            "length", "short", "long", "contentRatio", "numbers", "names", "attributed", "quote",
            "startsWithQuote", "question", "personal", "furniture", "fragment", "keywordDensity");

    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours",
            "you", "your", "yours");
    /** Captions, calls to action and widget text that scrapers leave inside the body. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:photos?|video|watch|click|read more|see also|scroll down|follow|subscribe|sign up|share|"
                    + "join|tell us|email|contact|download|image|pictured|related)\\b|"
                    + "\\b(?:click here|read more|follow us|sign up|subscribe|newsletter|share this|getty images|"
                    + "let us know|tell us what|in the comments)\\b");
    private static final PorterStemmer STEMMER = PorterStemmer.original();

    /** The features of every sentence, and the word sets the selection step compares. */
    public record Analysis(double[][] features, List<Set<String>> contentStems, List<Set<String>> trigrams,
                           double[][] similarity) {
        public int size() { return features.length; }
    }

    private SentenceFeatures() {
    }

    public static Analysis analyse(Article article, List<Sentence> sentences, List<Claim> claims) {
        int n = sentences.size();
        List<List<String>> words = new ArrayList<>(n);
        List<Set<String>> stems = new ArrayList<>(n);
        List<Set<String>> trigrams = new ArrayList<>(n);
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> tf = new HashMap<>();
        for (Sentence s : sentences) {
            List<String> ws = Tokenizer.words(s.text());
            words.add(ws);
            Set<String> content = new HashSet<>();
            for (String w : ws) {
                if (w.length() > 1 && !StopWords.contains(w)) {
                    String stem = STEMMER.stem(w);
                    content.add(stem);
                    tf.merge(stem, 1, Integer::sum);
                }
            }
            stems.add(content);
            for (String t : content) df.merge(t, 1, Integer::sum);
            Set<String> tri = new HashSet<>();
            for (int i = 0; i + 2 < ws.size(); i++) tri.add(ws.get(i) + ' ' + ws.get(i + 1) + ' ' + ws.get(i + 2));
            trigrams.add(tri);
        }
        double[][] sim = similarity(stems, df, n);
        Set<String> title = new HashSet<>();
        if (article.title() != null) {
            for (String w : Tokenizer.words(article.title())) if (w.length() > 1 && !StopWords.contains(w)) title.add(STEMMER.stem(w));
        }
        int maxTf = 1;
        for (int v : tf.values()) maxTf = Math.max(maxTf, v);

        double[][] f = new double[n][NAMES.size()];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            String text = s.text();
            List<String> ws = words.get(i);
            Set<String> content = stems.get(i);
            double[] r = f[i];
            int c = 0;
            r[c++] = 1;
            r[c++] = i == 0 ? 1 : 0;
            r[c++] = i == 1 ? 1 : 0;
            r[c++] = i == 2 ? 1 : 0;
            r[c++] = 1.0 / (i + 1);
            r[c++] = n > 1 ? (double) i / (n - 1) : 0;
            r[c++] = i == 0 || sentences.get(i - 1).paragraph() != s.paragraph() ? 1 : 0;
            r[c++] = s.paragraph() == sentences.get(0).paragraph() ? 1 : 0;
            double earlier = 0;
            double later = 0;
            for (int j = 0; j < n; j++) {
                if (j < i) earlier += sim[i][j];
                else if (j > i) later += sim[i][j];
            }
            r[c++] = n > 1 ? (earlier + later) / (n - 1) : 0;
            r[c++] = i > 0 ? earlier / i : 0;
            r[c++] = i < n - 1 ? later / (n - 1 - i) : 0;
            int inTitle = 0;
            for (String t : content) if (title.contains(t)) inTitle++;
            r[c++] = title.isEmpty() ? 0 : (double) inTitle / title.size();
            r[c++] = Math.min(ws.size(), 60) / 30.0;
            r[c++] = ws.size() < 8 ? 1 : 0;
            r[c++] = ws.size() > 40 ? 1 : 0;
            r[c++] = ws.isEmpty() ? 0 : (double) content.size() / ws.size();
            r[c++] = hasDigit(text) ? 1 : 0;
            r[c++] = capitalisedShare(text);
            Claim claim = i < claims.size() ? claims.get(i) : Claim.ASSERTION;
            r[c++] = claim.attributed() ? 1 : 0;
            r[c++] = claim.kind() == Claim.Kind.DIRECT_QUOTE ? 1 : 0;
            r[c++] = startsWithQuote(text) ? 1 : 0;
            r[c++] = text.indexOf('?') >= 0 ? 1 : 0;
            r[c++] = personal(ws);
            r[c++] = FURNITURE.matcher(text).find() ? 1 : 0;
            r[c++] = isFragment(text, ws) ? 1 : 0;
            double density = 0;
            for (String t : content) density += tf.get(t);
            r[c++] = content.isEmpty() ? 0 : density / content.size() / maxTf;
        }
        return new Analysis(f, stems, trigrams, sim);
    }

    /** Cosine similarity of idf-weighted content-stem sets. */
    private static double[][] similarity(List<Set<String>> stems, Map<String, Integer> df, int n) {
        Map<String, Double> idf = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) idf.put(e.getKey(), Math.log(1.0 + (double) n / e.getValue()));
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (String t : stems.get(i)) sum += idf.get(t) * idf.get(t);
            norm[i] = Math.sqrt(sum);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            Set<String> a = stems.get(i);
            for (int j = i + 1; j < n; j++) {
                if (norm[i] == 0 || norm[j] == 0) continue;
                Set<String> b = stems.get(j);
                Set<String> small = a.size() <= b.size() ? a : b;
                Set<String> large = small == a ? b : a;
                double dot = 0;
                for (String t : small) if (large.contains(t)) dot += idf.get(t) * idf.get(t);
                double v = dot / (norm[i] * norm[j]);
                sim[i][j] = v;
                sim[j][i] = v;
            }
        }
        return sim;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    /** Share of words after the first that start with a capital: names, places, organisations. */
    private static double capitalisedShare(String text) {
        int words = 0;
        int capitals = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(ch);
            if (letter && !inWord) {
                words++;
                if (words > 1 && Character.isUpperCase(ch)) capitals++;
            }
            inWord = letter;
        }
        return words > 1 ? (double) capitals / (words - 1) : 0;
    }

    private static boolean startsWithQuote(String text) {
        if (text.isEmpty()) return false;
        char ch = text.charAt(0);
        return ch == '"' || ch == '“' || ch == '\'' || ch == '‘' || ch == '`';
    }

    private static double personal(List<String> words) {
        int n = 0;
        for (String w : words) if (PERSONAL.contains(w)) n++;
        return Math.min(1.0, n / 2.0);
    }

    /** No final punctuation, or a start in lower case in cased text, or fewer than 4 words. */
    private static boolean isFragment(String text, List<String> words) {
        if (words.size() < 4) return true;
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        boolean ends = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '’'
                || last == '\'' || last == ')' || last == '…';
        return !ends;
    }
}
