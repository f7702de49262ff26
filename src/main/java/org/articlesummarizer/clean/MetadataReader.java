package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.articlesummarizer.article.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads what a page says about itself, most explicit source first: JSON-LD, then Open Graph and
 * article meta tags, then the visible byline, {@code <time>} and {@code <h1>}. Runs before any
 * element is removed, since bylines and dates live in the headers the extractor drops.
 */
final class MetadataReader {

    /**
     * "By", "Written by", and the same word in the languages news sites most often use (por, par, von,
     * di, door, av, af) before a capital: case-sensitive there ({@code (?-i:...)}), because under
     * {@code (?i)} Java's \p{Lu} matches lower-case letters too and "par exemple" would lose its "par".
     */
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^((written |posted |published |reviewed )?by[:\\s]+|(por|par|von|di|door|av|af)\\s+(?=(?-i:\\p{Lu})))");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]\\s+|\\s+\u00bb\\s+");

    private static final int MAX_TITLE_CHARS = 300;
    private static final int MIN_HEADLINE_WORDS = 3;
    /**
     * An h1 sharing almost no words with the title the page declares ("Our Blog", "Contact Us",
     * a section name) labels the page's region, not the article; the declared title is then the
     * better headline.
     */
    private static final double MIN_HEADLINE_SIMILARITY = 0.1;
    private static final Pattern SITE_BRANDING = Pattern.compile("(?i)logo|brand|site-?title|site-?name|navbar");
    /** How far above an h1 a logo's or brand's class name still speaks for it. */
    private static final int BRANDING_LEVELS = 3;

    private static final int MAX_BYLINE_CHARS = 120;
    /** Compiled once: String.split compiles a pattern of more than one character on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019]");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00a0]+");
    /** A site named by its domain: "example.com", "news.example.co.uk". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,6}");

    private final Document doc;
    /** The body's text counts, measured before anything was removed: see {@link PrintedDate}. */
    private final TextStats bodyStats;
    private final JsonLd ld;
    private final Map<String, String> metas = new java.util.LinkedHashMap<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();

    /**
     * Collects the meta tags, JSON-LD, h1s and times in one walk of the page.
     *
     * @param bodyStats the text counts of {@code doc.body()}, measured before anything is removed
     *                  (the reader must be done before the extraction passes change the tree)
     */
    MetadataReader(Document doc, TextStats bodyStats) {
        this.doc = doc;
        this.bodyStats = bodyStats;
        List<String> jsonLd = new ArrayList<>();
        List<TextStats.Counts> bodyElements = bodyStats.inDocumentOrder();
        Element body = bodyElements.isEmpty() ? null : bodyElements.get(0).element;
        // The head and whatever else sits outside the body are walked; the body's elements, most of
        // the page, are already listed in document order by the text counts, which saves a walk.
        NodeTraversor.filter((node, depth) -> {
            if (node == body) {
                for (TextStats.Counts c : bodyElements) collect(c.element, jsonLd);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e) collect(e, jsonLd);
            return NodeFilter.FilterResult.CONTINUE;
        }, doc);
        this.ld = JsonLd.parse(jsonLd);
    }

    private void collect(Element e, List<String> jsonLd) {
        switch (e.normalName()) {
            case "meta": addMeta(e); break;
            case "h1": headings.add(e); break;
            case "time": times.add(e); break;
            case "script":
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) jsonLd.add(e.data());
                break;
            default: break;
        }
    }

    private void addMeta(Element meta) {
        String content = meta.attr("content").strip();
        if (content.isEmpty()) return;
        for (String keys : new String[] {meta.attr("property"), meta.attr("name"), meta.attr("itemprop")}) {
            String stripped = keys.strip();
            // most tags carry one key: splitting it (a matcher and a list per tag) would find just that
            if (!hasSpace(stripped)) {
                if (!stripped.isEmpty()) metas.putIfAbsent(stripped.toLowerCase(Locale.ROOT), content);
                continue;
            }
            // RDFa lets one tag carry several properties: property="dc:creator og:author"
            for (String key : SPACES.split(stripped)) {
                if (!key.isEmpty()) metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
    }

    /** Whether {@link #SPACES} ({@code \s}: ASCII white space) occurs in {@code s}. */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') return true;
        }
        return false;
    }

    ArticleMetadata read() {
        return new ArticleMetadata(byline(), publishedTime(), siteName(), section(), language(), InputFormat.HTML.wireName());
    }

    /**
     * The headline: the page's visible {@code <h1>} (what a reader takes for the title), skipping
     * h1s that are the site's logo in its header. With several, the one closest in wording to the
     * declared title (og:title, JSON-LD headline, {@code <title>}); with none, the declared title
     * with the site name cut off.
     */
    String title() {
        String pageTitle = doc.title();
        String declared = firstNonBlank(meta("og:title"), ld.headline(), meta("twitter:title"), pageTitle);
        String headline = headline(declared, pageTitle);
        if (headline != null) return beforePipe(withoutNamedSite(spaced(headline)));
        return declared == null ? null : beforePipe(withoutSiteName(spaced(declared)));
    }

    /** The text of the h1 that is the article's headline, or null; see {@link #title()}. */
    private String headline(String declared, String pageTitle) {
        String best = null;
        double bestSimilarity = -1;
        for (Element h1 : headings) {
            String text = headlineText(h1);
            if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || isSiteBranding(h1, text)) continue;
            double similarity = Math.max(similarity(text, declared), similarity(text, pageTitle));
            if (similarity > bestSimilarity) {
                best = text;
                bestSimilarity = similarity;
            }
        }
        if (declared != null && bestSimilarity < MIN_HEADLINE_SIMILARITY) return null;
        return best;
    }

    /**
     * The h1's words without a {@code <time>} inside it: blogs print the date in the headline's
     * link ("Dec 18 2025 Preparing a release"), and a date is never part of the title.
     */
    private static String headlineText(Element h1) {
        if (h1.getElementsByTag("time").isEmpty()) return h1.text().strip();
        Element copy = h1.clone();
        copy.getElementsByTag("time").remove();
        return copy.text().strip();
    }

    /**
     * An h1 that is the site's name (its logo, or the og:site_name) is not the article's headline.
     * Only the h1 and its nearest containers are asked about their names: the body's classes
     * describe the whole page ("wp-custom-logo"), not its headline.
     */
    private boolean isSiteBranding(Element h1, String text) {
        if (text.equalsIgnoreCase(firstNonBlank(siteName(), "")) || DOMAIN.matcher(text).matches()) return true;
        int level = 0;
        for (Element e = h1; e != null && !e.nameIs("body"); e = e.parent(), level++) {
            if (e.nameIs("article") || e.nameIs("main")) return false;
            if (e.nameIs("nav") || level <= BRANDING_LEVELS && SITE_BRANDING.matcher(ClassHints.names(e)).find()) return true;
        }
        return false;
    }

    /** "Headline | Section | Site": a pipe almost always starts the page's furniture, not the headline's. */
    private static String beforePipe(String title) {
        int pipe = title.indexOf(" | ");
        if (pipe < 0) return title;
        String head = title.substring(0, pipe).strip();
        return Furniture.wordCount(head) >= MIN_HEADLINE_WORDS ? head : title;
    }

    /** Share of words two titles have in common (Jaccard over lower-cased words). */
    static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        java.util.Set<String> x = new java.util.HashSet<>(List.of(NON_WORD.split(normal(a))));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(NON_WORD.split(normal(b))));
        int union = x.size();
        int common = 0;
        for (String w : y) {
            if (x.contains(w)) common++;
            else union++;
        }
        return union == 0 ? 0 : (double) common / union;
    }

    private static String normal(String s) {
        return SPACES.matcher(CURLY_APOSTROPHE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("'")).replaceAll(" ").strip();
    }

    /** Non-breaking and repeated spaces as one space ("Learn web development &amp;nbsp;|&amp;nbsp; web.dev"). */
    private static String spaced(String s) {
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The title without a part that names the site: the og:site_name or the publisher, or a bare
     * domain name ("Game Changer | Newegg.com"). Other parts stay.
     */
    private String withoutNamedSite(String title) {
        String site = siteName();
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (site != null && last.equalsIgnoreCase(site) || DOMAIN.matcher(last).matches()) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\u2013\u2014\u00b7\u2022:»-]+$", "").strip();
        }
        if (site != null && first.equalsIgnoreCase(site) || DOMAIN.matcher(first).matches()) {
            return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\u2013\u2014\u00b7\u2022:»-]+", "").strip();
        }
        return title;
    }

    private String withoutSiteName(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title.strip();
        String named = withoutNamedSite(title);
        if (!named.equals(title)) return named;
        // without a site name, the longest part is the headline
        String longest = parts[0];
        for (String p : parts) if (p.length() > longest.length()) longest = p;
        return longest.length() > title.length() / 2 ? longest.strip() : title.strip();
    }

    String byline() {
        String declared = firstNonBlank(ld.authors(), notUrl(meta("author")), notUrl(meta("article:author")),
                meta("parsely-author"), meta("sailthru.author"), meta("dc.creator"), meta("dc:creator"));
        if (declared != null && !declared.equalsIgnoreCase(siteName())) return cleanByline(declared);
        String visible = PrintedByline.find(doc.body(), bodyStats);
        return visible != null ? visible : firstNonBlank(ld.organisationAuthor(), declared);
    }

    static String cleanByline(String s) {
        String t = BY_PREFIX.matcher(s.strip()).replaceFirst("").strip();
        t = t.replaceAll("^[,|\\s]+|[,|\\s]+$", "");
        return t.isEmpty() || t.length() > MAX_BYLINE_CHARS ? null : t;
    }

    /**
     * The publication date, most explicit source first: declared (JSON-LD, meta tags), then
     * {@code <time>} elements, then a date printed on its own in the page, then a declared
     * modification date, then any other meta tag that names a date.
     */
    String publishedTime() {
        String[] declared = {ld.datePublished(), meta("article:published_time"), meta("datepublished"),
                meta("og:published_time"), meta("publish-date"), meta("publish_date"), meta("pubdate"),
                meta("parsely-pub-date"), meta("sailthru.date"), meta("dc.date"), meta("dc.date.issued"),
                meta("date")};
        String published = firstDate(declared);
        if (published != null) return published;
        for (Element time : times) {
            String iso = DateNormalizer.toIso(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
            if (iso != null) return iso;
        }
        String iso = PrintedDate.find(doc.body(), bodyStats);
        if (iso != null) return iso;
        String modified = firstDate(ld.dateModified(), meta("article:modified_time"), meta("og:updated_time"), meta("datemodified"));
        if (modified != null) return modified;
        for (Map.Entry<String, String> m : metas.entrySet()) {
            String key = m.getKey();
            if ((key.contains("date") || key.contains("publish")) && !key.contains("modif") && !key.contains("updat")) {
                iso = DateNormalizer.toIso(m.getValue());
                if (iso != null) return iso;
            }
        }
        return null;
    }

    private static String firstDate(String... candidates) {
        for (String c : candidates) {
            String iso = DateNormalizer.toIso(c);
            if (iso != null) return iso;
        }
        return null;
    }

    private String siteName() {
        return firstNonBlank(meta("og:site_name"), ld.publisher(), meta("application-name"));
    }

    private String section() {
        return firstNonBlank(meta("article:section"), ld.section());
    }

    private String language() {
        Element html = doc.firstElementChild();
        return firstNonBlank(html == null ? null : html.attr("lang"), ld.language(), meta("og:locale"));
    }

    private String meta(String key) {
        return metas.get(key);
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
