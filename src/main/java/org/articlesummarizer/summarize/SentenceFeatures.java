package org.articlesummarizer.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            "firstParagraph", "centrality", "textRank", "similarityToEarlier", "similarityToLater", "titleOverlap",
            "length", "short", "long", "contentRatio", "numbers", "names", "attributed", "quote",
            "startsWithQuote", "question", "personal", "furniture", "fragment", "keywordDensity");

    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours",
            "you", "your", "yours");
    /** First words of captions, calls to action and widget text that scrapers leave inside the body. */
    private static final Set<String> FURNITURE_START = Set.of("photo", "photos", "video", "watch", "click",
            "scroll", "follow", "subscribe", "share", "join", "email", "contact", "download", "image", "pictured",
            "related", "advertisement");
    /** Word pairs that mark a caption or a call to action anywhere in the sentence. */
    private static final Set<String> FURNITURE_PAIRS = Set.of("click here", "read more", "follow us", "sign up",
            "subscribe to", "our newsletter", "share this", "getty images", "let us", "tell us", "the comments",
            "see also", "scroll down", "pictured left", "pictured right", "pictured above", "pictured below");
    /** The first words of {@link #FURNITURE_PAIRS}: most word pairs are ruled out without building the pair. */
    private static final Set<String> FURNITURE_PAIR_STARTS = firstWords(FURNITURE_PAIRS);
    /**
     * First words of a photo marker in brackets, "(pictured)", "(left)", "(file photo)", as news sites
     * write them in image captions; PTB-tokenised copies write "( pictured )".
     */
    private static final Set<String> CAPTION_MARKERS = Set.of("pictured", "left", "right", "centre", "center",
            "above", "below", "inset", "top", "bottom", "far", "second", "file", "main", "middle");
    /** Verbs that introduce a quote after a colon ("He added: ..."), so the words before it are no label. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "added", "adds", "told", "tells",
            "read", "reads", "wrote", "writes", "explained", "stated", "insisted", "warned", "claimed", "asked");
    private static final PorterStemmer STEMMER = PorterStemmer.original();
    /** Splits the words inside a bracket ("file photo", "left, centre"); compiled once, not per sentence. */
    private static final Pattern MARKER_WORDS = Pattern.compile("[\\s,]+");

    /**
     * The features of every sentence, and what the selection step compares: each sentence's word
     * trigrams (sorted hashes) and the idf-weighted cosine similarity of its content stems to the others.
     */
    public record Analysis(double[][] features, long[][] trigrams, double[][] similarity) {
        public int size() { return features.length; }
    }

    private SentenceFeatures() {
    }

    public static Analysis analyse(Article article, List<Sentence> sentences, List<Claim> claims) {
        int n = sentences.size();
        Map<String, Integer> ids = new HashMap<>();
        List<List<String>> words = new ArrayList<>(n);
        int[][] stems = new int[n][];
        long[][] trigrams = new long[n][];
        int[] tf = new int[16];
        int[] df = new int[16];
        for (int s = 0; s < n; s++) {
            List<String> ws = Tokenizer.words(sentences.get(s).text());
            words.add(ws);
            int[] wordIds = new int[ws.size()];
            int[] content = new int[ws.size()];
            int contentCount = 0;
            for (int i = 0; i < ws.size(); i++) {
                String w = ws.get(i);
                wordIds[i] = id(ids, w);
                if (w.length() > 1 && !StopWords.contains(w)) content[contentCount++] = id(ids, "#" + STEMMER.stem(w));
            }
            int[] set = distinctSorted(content, contentCount);
            stems[s] = set;
            if (ids.size() > tf.length) {
                tf = Arrays.copyOf(tf, ids.size() * 2);
                df = Arrays.copyOf(df, ids.size() * 2);
            }
            for (int i = 0; i < contentCount; i++) tf[content[i]]++;
            for (int t : set) df[t]++;
            long[] tri = new long[Math.max(0, ws.size() - 2)];
            for (int i = 0; i + 2 < ws.size(); i++) {
                tri[i] = ((long) wordIds[i] << 42) ^ ((long) wordIds[i + 1] << 21) ^ wordIds[i + 2];
            }
            Arrays.sort(tri);
            trigrams[s] = tri;
        }
        double[] idf = new double[ids.size()];
        for (int t = 0; t < idf.length; t++) if (df[t] > 0) idf[t] = Math.log(1.0 + (double) n / df[t]);
        double[][] sim = similarity(stems, idf);
        double[] rank = textRank(stems, words);
        Set<Integer> title = new HashSet<>();
        if (article.title() != null) {
            for (String w : Tokenizer.words(article.title())) {
                if (w.length() > 1 && !StopWords.contains(w)) title.add(id(ids, "#" + STEMMER.stem(w)));
            }
        }
        int maxTf = 1;
        for (int v : tf) maxTf = Math.max(maxTf, v);

        // Sites such as the Daily Mail put the top image's caption ("Phil Smith (pictured) died ...")
        // above the story; it restates the lead but is not where the story starts. Such leading
        // captions count as furniture, and the position features count from the first sentence after
        // them, so the real lead keeps the lead prior. Further down, "(pictured)" is often ordinary
        // prose ("Smith (pictured) said ..."), but a place in the picture ("(left)", "(centre)") or a
        // short label before a colon ("Good times: Justin is shown ...") marks a caption left in the body.
        // Publication details printed above the story (byline, time stamps; see Masthead) that reach
        // us as sentences are skipped the same way; unlike a caption, such a detail restates nothing
        // of the lead, so it gets no lead prior at all: it takes the last position.
        int leadCaptions = 0;
        boolean[] detail = new boolean[n];
        while (leadCaptions < n - 1) {
            String text = sentences.get(leadCaptions).text();
            detail[leadCaptions] = Masthead.isDetail(text, words.get(leadCaptions),
                    leadCaptions > 0 ? words.get(leadCaptions - 1) : null);
            if (!detail[leadCaptions] && !hasCaptionMarker(text, true)) break;
            leadCaptions++;
        }

        double[][] f = new double[n][NAMES.size()];
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            boolean caption = i < leadCaptions || hasCaptionMarker(s.text(), false) || hasLabel(s.text());
            // position among the article's running text; a leading caption shares the lead's position
            int m = n - leadCaptions;
            int p = detail[i] ? m - 1 : Math.max(0, i - leadCaptions);
            String text = s.text();
            List<String> ws = words.get(i);
            int[] content = stems[i];
            double[] r = f[i];
            int c = 0;
            r[c++] = 1;
            r[c++] = p == 0 ? 1 : 0;
            r[c++] = p == 1 ? 1 : 0;
            r[c++] = p == 2 ? 1 : 0;
            r[c++] = 1.0 / (p + 1);
            r[c++] = m > 1 ? (double) p / (m - 1) : 0;
            r[c++] = !detail[i] && (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph()) ? 1 : 0;
            r[c++] = s.paragraph() == sentences.get(0).paragraph() ? 1 : 0;
            double earlier = 0;
            double later = 0;
            for (int j = 0; j < n; j++) {
                if (j < i) earlier += sim[i][j];
                else if (j > i) later += sim[i][j];
            }
            r[c++] = n > 1 ? (earlier + later) / (n - 1) : 0;
            r[c++] = rank[i];
            r[c++] = i > 0 ? earlier / i : 0;
            r[c++] = i < n - 1 ? later / (n - 1 - i) : 0;
            int inTitle = 0;
            for (int t : content) if (title.contains(t)) inTitle++;
            r[c++] = title.isEmpty() ? 0 : (double) inTitle / title.size();
            r[c++] = Math.min(ws.size(), 60) / 30.0;
            r[c++] = ws.size() < 8 ? 1 : 0;
            r[c++] = ws.size() > 40 ? 1 : 0;
            r[c++] = ws.isEmpty() ? 0 : (double) content.length / ws.size();
            r[c++] = hasDigit(text) ? 1 : 0;
            r[c++] = capitalisedShare(text);
            Claim claim = i < claims.size() ? claims.get(i) : Claim.ASSERTION;
            r[c++] = claim.attributed() ? 1 : 0;
            r[c++] = claim.kind() == Claim.Kind.DIRECT_QUOTE ? 1 : 0;
            r[c++] = startsWithQuote(text) ? 1 : 0;
            r[c++] = text.indexOf('?') >= 0 ? 1 : 0;
            r[c++] = personal(text, ws);
            r[c++] = caption || isFurniture(ws) ? 1 : 0;
            r[c++] = isFragment(text, ws) ? 1 : 0;
            double density = 0;
            for (int t : content) density += tf[t];
            r[c++] = content.length == 0 ? 0 : density / content.length / maxTf;
        }
        return new Analysis(f, trigrams, sim);
    }

    private static int id(Map<String, Integer> ids, String token) {
        Integer id = ids.get(token);
        if (id == null) {
            id = ids.size();
            ids.put(token, id);
        }
        return id;
    }

    private static int[] distinctSorted(int[] values, int count) {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[k++] = sorted[i];
        return Arrays.copyOf(sorted, k);
    }

    /** Cosine similarity of idf-weighted sets of content stems (sorted id arrays). */
    private static double[][] similarity(int[][] stems, double[] idf) {
        int n = stems.length;
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t : stems[i]) sum += idf[t] * idf[t];
            norm[i] = Math.sqrt(sum);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            int[] a = stems[i];
            for (int j = i + 1; j < n; j++) {
                if (norm[i] == 0 || norm[j] == 0) continue;
                double v = overlap(a, stems[j], idf) / (norm[i] * norm[j]);
                sim[i][j] = v;
                sim[j][i] = v;
            }
        }
        return sim;
    }

    /**
     * TextRank centrality (Mihalcea and Tarau, 2004): PageRank (d = 0.85) over the graph whose edge
     * weights are shared content stems / (log |S_i| + log |S_j|), |S| in words. Scaled so that the
     * mean sentence scores 1, whatever the article's length.
     */
    private static double[] textRank(int[][] stems, List<List<String>> words) {
        int n = stems.length;
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double norm = Math.log(words.get(i).size()) + Math.log(words.get(j).size());
                double shared = overlap(stems[i], stems[j], null);
                double v = shared == 0 || norm <= 0 ? 0 : shared / norm;
                w[i][j] = v;
                w[j][i] = v;
            }
        }
        // transition[i][j]: the share of j's weight that flows to i
        double[][] transition = new double[n][n];
        for (int j = 0; j < n; j++) {
            double rowSum = 0;
            for (int i = 0; i < n; i++) rowSum += w[j][i];
            for (int i = 0; i < n; i++) if (w[j][i] > 0) transition[i][j] = w[j][i] / rowSum;
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0);
        for (int iter = 0; iter < 30; iter++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                double[] in = transition[i];
                for (int j = 0; j < n; j++) sum += in[j] * rank[j];
                out[i] = 0.15 + 0.85 * sum;
            }
            System.arraycopy(out, 0, rank, 0, n);
        }
        return rank;
    }

    /** The shared ids of two sorted id arrays, each counting its squared weight (or 1 without weights). */
    private static double overlap(int[] a, int[] b, double[] weight) {
        double sum = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
            if (a[x] == b[y]) {
                sum += weight == null ? 1 : weight[a[x]] * weight[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /** Captions, calls to action and widget text: cue words at the start, or cue phrases anywhere. */
    private static boolean isFurniture(List<String> words) {
        if (words.isEmpty()) return false;
        if (FURNITURE_START.contains(words.get(0))) return true;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (FURNITURE_PAIR_STARTS.contains(words.get(i))
                    && FURNITURE_PAIRS.contains(words.get(i) + ' ' + words.get(i + 1))) return true;
        }
        return false;
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) out.add(p.substring(0, p.indexOf(' ')));
        return Set.copyOf(out);
    }

    /**
     * Whether the sentence holds a bracketed photo marker of at most four words: "( left )", "(file
     * photo)", and with {@code pictured} also "(pictured)".
     */
    static boolean hasCaptionMarker(String text, boolean pictured) {
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = text.indexOf(')', open);
            if (close < 0) return false;
            String inside = text.substring(open + 1, close).strip().toLowerCase(Locale.ROOT);
            if (inside.isEmpty() || inside.length() > 30) continue;
            String[] parts = MARKER_WORDS.split(inside);
            // "(,)" or "( , )" splits into no words at all
            if (parts.length > 0 && parts.length <= 4 && CAPTION_MARKERS.contains(parts[0]) && (pictured || !parts[0].equals("pictured"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with a short label and a colon, as photo captions ("Good times:
     * Justin is shown ...") and interview or widget lines ("Read more:", "Moss:") do. A speaker
     * introducing a quote ("He said: ...") is no label: the sentence is a claim.
     */
    static boolean hasLabel(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon + 1 >= text.length() || !Character.isWhitespace(text.charAt(colon + 1))) return false;
        int words = 0;
        int lastWord = 0;
        boolean inWord = false;
        for (int i = 0; i < colon; i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch) || ch == '\'' || ch == '’' || ch == '-') {
                if (!inWord) {
                    words++;
                    lastWord = i;
                }
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                inWord = false;
            } else {
                return false;
            }
        }
        String last = text.substring(lastWord, colon).strip().toLowerCase(Locale.ROOT);
        return words >= 1 && words <= 3 && !SPEECH_VERBS.contains(last);
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

    /**
     * First- and second-person words, half a point each, at most 1. "US" is the country, not "us":
     * written in capitals, or after "the" (as lower-cased text has it: "the us military").
     */
    private static double personal(String text, List<String> words) {
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!PERSONAL.contains(w)) continue;
            if (w.equals("us") && (i > 0 && words.get(i - 1).equals("the") || isCountry(text, i))) continue;
            n++;
        }
        return Math.min(1.0, n / 2.0);
    }

    /** Whether the {@code index}-th word of the text, counted as {@link Tokenizer#words} counts them, is written "US". */
    private static boolean isCountry(String text, int index) {
        int word = -1;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++word == index) return text.startsWith("US", i);
            inWord = letter;
        }
        return false;
    }

    /** Fewer than 4 words, or no final punctuation (a headline, a label, a line cut short). */
    private static boolean isFragment(String text, List<String> words) {
        if (words.size() < 4) return true;
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        boolean ends = last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '’'
                || last == '\'' || last == ')' || last == '…';
        return !ends;
    }
}
