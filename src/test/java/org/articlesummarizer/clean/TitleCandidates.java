package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For the {@code fit-title} benchmark: the titles a page offers (the headline read from its h1, and
 * each declared title as the headline would read from it) with general features of each, so that a
 * learnt choice between them can be fitted and cross-validated against the rules the product uses.
 * Features speak of the candidate's form and of the page, never of a site.
 */
public final class TitleCandidates {

    /** The names of {@link Candidate#features()}, in order. */
    public static final List<String> FEATURES = List.of(
            "from h1", "from og:title", "from json-ld", "from twitter:title", "from title",
            "share of sources", "words/10", "words beyond the others/10", "has a year", "starts with a digit",
            "starts with 'the'", "ends with ?", "ends with . or !", "all capitals", "has : - ( or [",
            "overlap with description", "cover of first paragraph", "cover of address path",
            "holds another candidate", "held in another candidate",
            "h1 in article", "h1 in header", "h1 in main", "h1 among several", "paragraph words before h1");

    /** One distinct title: as first met, the sources that give it, its features. */
    public record Candidate(String text, List<String> sources, double[] features) {
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern PUNCTUATED = Pattern.compile(":| [-\u2013\u2014] |[(\\[]");
    private static final int FIRST_PARAGRAPH_WORDS = 12;

    private final String current;
    private final List<Candidate> candidates;

    private TitleCandidates(String current, List<Candidate> candidates) {
        this.current = current;
        this.candidates = candidates;
    }

    /** The title the product gives. */
    public String current() {
        return current;
    }

    /** The page's distinct titles (by their words, lower-cased); the product's own is among them. */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** Reads a page's candidate titles as the extractor reads the page before it removes anything. */
    public static TitleCandidates of(String html) {
        Document doc = HtmlArticleExtractor.parse(html, "");
        MetadataReader metadata = new MetadataReader(doc, TextStats.measure(doc.body()));
        HeadlineReader headline = metadata.headline();
        Element h1 = headline.headlineElement();

        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        if (h1 != null) add("h1", headline.title(), texts, sources);
        for (Map.Entry<String, String> d : metadata.declaredTitles().entrySet()) {
            add(d.getKey(), headline.declaredHeadline(d.getValue()), texts, sources);
        }
        int present = 0;
        for (List<String> s : sources.values()) present += s.size();

        String description = firstContent(doc, "meta[property=og:description]", "meta[name=description]");
        String path = addressPath(doc);
        String paragraph = firstParagraph(doc, h1);
        int[] before = paragraphWordsAround(doc, h1);
        String ancestry = ancestry(h1);
        int h1s = doc.getElementsByTag("h1").size();

        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String key = e.getKey();
            String text = e.getValue();
            List<String> from = sources.get(key);
            List<String> others = new ArrayList<>(texts.keySet());
            others.remove(key);
            String[] words = key.split(" ");
            double otherWords = 0;
            for (String o : others) otherWords += o.split(" ").length;
            boolean fromH1 = from.contains("h1");
            double[] f = {
                    flag(fromH1), flag(from.contains("og:title")), flag(from.contains("json-ld")),
                    flag(from.contains("twitter:title")), flag(from.contains("title")),
                    (double) from.size() / present,
                    words.length / 10.0,
                    others.isEmpty() ? 0 : (words.length - otherWords / others.size()) / 10.0,
                    flag(YEAR.matcher(key).find()),
                    flag(Character.isDigit(key.charAt(0))),
                    flag(key.startsWith("the ")),
                    flag(text.strip().endsWith("?")),
                    flag(text.strip().endsWith(".") || text.strip().endsWith("!")),
                    flag(HeadlineReader.shouted(text)),
                    flag(PUNCTUATED.matcher(text).find()),
                    jaccard(key, description),
                    cover(key, paragraph),
                    cover(key, path),
                    flag(others.stream().anyMatch(o -> (" " + key + " ").contains(" " + o + " "))),
                    flag(others.stream().anyMatch(o -> (" " + o + " ").contains(" " + key + " "))),
                    flag(fromH1 && ancestry.contains("article")),
                    flag(fromH1 && ancestry.contains("header")),
                    flag(fromH1 && ancestry.contains("main")),
                    flag(fromH1 && h1s > 1),
                    fromH1 && before[1] > 0 ? (double) before[0] / before[1] : 0,
            };
            out.add(new Candidate(text, from, f));
        }
        return new TitleCandidates(headline.title(), out);
    }

    private static void add(String source, String title, Map<String, String> texts, Map<String, List<String>> sources) {
        if (title == null) return;
        String key = words(title);
        if (key.isEmpty()) return;
        texts.putIfAbsent(key, title);
        sources.computeIfAbsent(key, k -> new ArrayList<>()).add(source);
    }

    /** A title as its words, as the benchmark compares titles: titles that differ only in punctuation are one. */
    static String words(String s) {
        return org.articlesummarizer.bench.MetadataAccuracy.titleWords(s);
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }

    private static Set<String> wordSet(String s) {
        String w = words(s);
        return w.isEmpty() ? Set.of() : new HashSet<>(List.of(w.split(" ")));
    }

    private static double jaccard(String a, String b) {
        Set<String> x = wordSet(a);
        Set<String> y = wordSet(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        if (union.isEmpty()) return 0;
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return (double) common / union.size();
    }

    /** Share of the candidate's words that the other text has. */
    private static double cover(String candidate, String text) {
        Set<String> x = wordSet(candidate);
        Set<String> y = wordSet(text);
        if (x.isEmpty()) return 0;
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return (double) common / x.size();
    }

    private static String firstContent(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.attr("content").isBlank()) return e.attr("content");
        }
        return null;
    }

    /** The path of the page's address (og:url or the canonical link), its words spaced: "/best-crm-software" -> "best crm software". */
    private static String addressPath(Document doc) {
        String url = firstContent(doc, "meta[property=og:url]");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical]");
            url = canonical == null ? null : canonical.attr("href");
        }
        if (url == null) return null;
        return url.replaceFirst("^[a-z]+://[^/]+", "").replaceAll("[^A-Za-z0-9]+", " ");
    }

    /** The first paragraph of some length after the h1 (or in the page, without one). */
    private static String firstParagraph(Document doc, Element h1) {
        boolean after = h1 == null;
        for (Element e : doc.body().getAllElements()) {
            if (e == h1) after = true;
            if (after && e.nameIs("p") && Furniture.wordCount(e.text()) >= FIRST_PARAGRAPH_WORDS) return e.text();
        }
        return null;
    }

    /** Words in paragraphs before the h1, and in all paragraphs. */
    private static int[] paragraphWordsAround(Document doc, Element h1) {
        int[] counts = new int[2];
        if (h1 == null) return counts;
        boolean after = false;
        for (Element e : doc.body().getAllElements()) {
            if (e == h1) after = true;
            if (!e.nameIs("p")) continue;
            int words = Furniture.wordCount(e.text());
            if (!after) counts[0] += words;
            counts[1] += words;
        }
        return counts;
    }

    /** The tag names of the h1's containers, space-separated. */
    private static String ancestry(Element h1) {
        StringBuilder out = new StringBuilder();
        for (Element e = h1 == null ? null : h1.parent(); e != null; e = e.parent()) out.append(e.normalName()).append(' ');
        return out.toString();
    }
}
