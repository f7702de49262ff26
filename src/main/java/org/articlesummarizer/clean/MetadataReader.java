package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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

    /** Separators and spaces at either end of a title's remaining part. */
    private static final Pattern SEPARATOR_EDGES = Pattern.compile("^[\\s|\u2013\u2014\u00b7\u2022:\u00bb-]+|[\\s|\u2013\u2014\u00b7\u2022:\u00bb-]+$");
    private static final int MAX_TITLE_CHARS = 300;
    /** An h1 longer than this is a paragraph set large (a teaser, the page's pitch), not a headline. */
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MIN_HEADLINE_WORDS = 3;
    /**
     * An h1 sharing almost no words with the title the page declares ("Our Blog", "Contact Us",
     * a section name) labels the page's region, not the article; the declared title is then the
     * better headline.
     */
    private static final double MIN_HEADLINE_SIMILARITY = 0.1;
    /**
     * A page with this many h1s uses them for its sections (or for every teaser): one of them is
     * the headline only when it is close in wording to the declared title.
     */
    private static final int SECTION_H1S = 3;
    private static final double MIN_SECTION_H1_SIMILARITY = 0.3;
    /** "Blog:", "Title:", "Case study:": a label is a word or two. */
    private static final int MAX_LABEL_WORDS = 2;
    private static final Pattern SITE_BRANDING = Pattern.compile("(?i)logo|brand|site-?title|site-?name|navbar");
    /** How far above an h1 a logo's or brand's class name still speaks for it. */
    private static final int BRANDING_LEVELS = 3;

    private static final int MAX_BYLINE_CHARS = 120;
    /** Compiled once: String.split compiles a pattern of more than one character on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019]");
    private static final Pattern SPACE_BEFORE_END_MARK = Pattern.compile(" ([.!?])$");
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
    /** Read on first use: see {@link #headline()}. */
    private Headline headline;

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
     * h1s that are the site's logo in its header, a paragraph set large, or, on a page of many h1s,
     * its section headings. With several, the one closest in wording to the declared title
     * (og:title, JSON-LD headline, {@code <title>}); with none, the declared title with the site
     * name cut off. The h1 is mended from the declared title where the two agree but for damage or
     * a label ({@link #undamaged}, {@link #unlabelled}).
     */
    String title() {
        return headline().title();
    }

    /**
     * The texts a block repeating the headline has: the title, and the h1 as the page prints it
     * when the title mends it ("Blog: Bridge to be rebuilt"). The article's text leaves both out.
     */
    List<String> headlineTexts() {
        Headline h = headline();
        List<String> texts = new ArrayList<>(2);
        if (h.title() != null) texts.add(h.title());
        if (h.shown() != null && !h.shown().equalsIgnoreCase(h.title())) texts.add(h.shown());
        return texts;
    }

    /** The title, and the h1 it was read from (null when it was read from the declared title). */
    private record Headline(String title, String shown) { }

    private Headline headline() {
        if (headline == null) headline = readHeadline();
        return headline;
    }

    private Headline readHeadline() {
        String pageTitle = doc.title();
        String declared = firstNonBlank(meta("og:title"), ld.headline(), meta("twitter:title"), pageTitle);
        String shown = headlineH1(declared, pageTitle, siteNameBeside(pageTitle, declared));
        String cleanDeclared = declared == null ? null : beforePipe(withoutSiteName(withoutBrand(spaced(declared))));
        if (shown == null) return new Headline(cleanDeclared, null);
        String h = withoutNamedSite(spaced(shown));
        if (!pipeInsideHeadline(h, declared)) h = beforePipe(h);
        h = undamaged(h, cleanDeclared, declared, pageTitle);
        return new Headline(unlabelled(h, cleanDeclared, declared == null ? null : spaced(declared)), shown);
    }

    /**
     * The title without the site's name where an h1 shows that name (its domain or og:site_name) and
     * it starts or ends the title, set off by a separator or only by a space ("example.com Vibe coding").
     */
    private String withoutBrand(String title) {
        for (Element h1 : headings) {
            String brand = headlineText(h1);
            if (brand.isEmpty() || brand.length() >= title.length() || !namesTheSite(brand)) continue;
            // the brand must end at a word's edge: "Acme" is not cut from "Acmeology"
            String rest = null;
            int end = title.length() - brand.length();
            if (title.regionMatches(true, 0, brand, 0, brand.length()) && !Character.isLetterOrDigit(title.charAt(brand.length()))) {
                rest = title.substring(brand.length());
            } else if (title.regionMatches(true, end, brand, 0, brand.length()) && !Character.isLetterOrDigit(title.charAt(end - 1))) {
                rest = title.substring(0, end);
            }
            String cut = rest == null ? "" : SEPARATOR_EDGES.matcher(rest).replaceAll("");
            if (!cut.isEmpty()) return cut;
        }
        return title;
    }

    /**
     * The h1 read from the declared title where the site printed characters it could not encode as
     * '?' or U+FFFD ("Beginner? Guide" for "Beginner's Guide"): a declared title that matches the
     * h1 at every other character, up to its end or a separator, is the same title undamaged.
     */
    static String undamaged(String headline, String... declared) {
        if (headline.indexOf('?') < 0 && headline.indexOf('\uFFFD') < 0) return headline;
        StringBuilder regex = new StringBuilder();
        int from = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c != '?' && c != '\uFFFD') continue;
            regex.append(Pattern.quote(headline.substring(from, i))).append("\\S{1,3}");
            from = i + 1;
        }
        if (from < headline.length()) regex.append(Pattern.quote(headline.substring(from)));
        Pattern damaged = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String d : declared) {
            if (d == null) continue;
            String title = spaced(d);
            Matcher m = damaged.matcher(title);
            if (m.lookingAt() && (m.end() == title.length() || TITLE_SEPARATOR.matcher(title).region(m.end(), title.length()).lookingAt())) {
                String repaired = title.substring(0, m.end());
                // the same text but for case: the '?'s were the headline's own
                if (!repaired.equalsIgnoreCase(headline)) return repaired;
            }
        }
        return headline;
    }

    /**
     * The h1 without a label the page puts before the headline ("Blog: ...", "Title: ..."), when
     * what follows the label is the declared title word for word.
     */
    static String unlabelled(String headline, String... declared) {
        for (String d : declared) {
            if (d == null || d.length() >= headline.length()) continue;
            int start = headline.length() - d.length();
            if (!headline.regionMatches(true, start, d, 0, d.length())) continue;
            String label = headline.substring(0, start).strip();
            if (label.endsWith(":") && Furniture.wordCount(label) <= MAX_LABEL_WORDS) return headline.substring(start);
        }
        return headline;
    }

    /** The text of the h1 that is the article's headline, or null; see {@link #title()}. */
    private String headlineH1(String declared, String pageTitle, String titleSite) {
        String best = null;
        double bestSimilarity = -1;
        int candidates = 0;
        for (Element h1 : headings) {
            String text = headlineText(h1);
            if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || Furniture.wordCount(text) > MAX_HEADLINE_WORDS || isSiteBranding(h1, text)
                    || text.equalsIgnoreCase(titleSite)) continue;
            candidates++;
            double similarity = Math.max(similarity(text, declared), similarity(text, pageTitle));
            if (similarity > bestSimilarity) {
                best = text;
                bestSimilarity = similarity;
            }
        }
        double min = candidates >= SECTION_H1S ? MIN_SECTION_H1_SIMILARITY : MIN_HEADLINE_SIMILARITY;
        if (declared != null && bestSimilarity < min) return null;
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
        if (namesTheSite(text)) return true;
        int level = 0;
        for (Element e = h1; e != null && !e.nameIs("body"); e = e.parent(), level++) {
            if (e.nameIs("article") || e.nameIs("main")) return false;
            if (e.nameIs("nav") || level <= BRANDING_LEVELS && SITE_BRANDING.matcher(ClassHints.names(e)).find()) return true;
        }
        return false;
    }

    /**
     * The name the {@code <title>} adds to the declared headline: "Field Notes: Small boats" when
     * og:title says "Small boats" names the site "Field Notes". Null when the {@code <title>} is the
     * declared headline, or does not start or end with it.
     */
    private static String siteNameBeside(String pageTitle, String declared) {
        if (pageTitle == null || declared == null) return null;
        String title = spaced(pageTitle);
        String headline = spaced(declared);
        if (title.length() <= headline.length()) return null;
        String rest;
        if (title.regionMatches(true, 0, headline, 0, headline.length())) rest = title.substring(headline.length());
        else if (title.regionMatches(true, title.length() - headline.length(), headline, 0, headline.length()))
            rest = title.substring(0, title.length() - headline.length());
        else return null;
        // the name must be set off by a separator, not run on from the headline's last word
        String name = SEPARATOR_EDGES.matcher(rest).replaceAll("");
        if (name.isEmpty() || name.length() == rest.strip().length()) return null;
        // a site's name is shorter than the headline; the other way round, og:title was the site's name
        return Furniture.wordCount(name) < Furniture.wordCount(headline) ? name : null;
    }

    /**
     * Whether the declared title repeats the whole h1, pipe and all, and then sets the site off with
     * another separator ("A | B — Site"): that pipe is part of the headline, not its furniture.
     */
    private static boolean pipeInsideHeadline(String headline, String declared) {
        if (declared == null || !headline.contains(" | ")) return false;
        String title = spaced(declared);
        if (title.length() <= headline.length() || !title.regionMatches(true, 0, headline, 0, headline.length())) return false;
        Matcher separator = TITLE_SEPARATOR.matcher(title).region(headline.length(), title.length());
        return separator.lookingAt() && !separator.group().contains("|");
    }

    /** Whether the text is the og:site_name or the publisher, or a domain name. */
    private boolean namesTheSite(String text) {
        return text.equalsIgnoreCase(firstNonBlank(siteName(), "")) || DOMAIN.matcher(text).matches();
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
        String one = WHITE_SPACE.matcher(s).replaceAll(" ").strip();
        // "these 10 travel hacks ." : a space a template left before the final stop
        return SPACE_BEFORE_END_MARK.matcher(one).replaceFirst("$1");
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
