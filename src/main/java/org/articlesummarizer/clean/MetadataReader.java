package org.articlesummarizer.clean;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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

    /** The verbs of a byline's label that name the writer ("Written by", "Posted by"): the byline rules share them. */
    static final List<String> WRITER_VERBS = List.of("written", "posted", "authored");

    /**
     * "By", "Written by", "This post was written by", and the same word in the languages news sites most
     * often use (por, par, von, di, door, av, af) before a capital: case-sensitive there ({@code (?-i:...)}),
     * because under {@code (?i)} Java's \p{Lu} matches lower-case letters too and "par exemple" would lose
     * its "par". A label with no name after it ("Written By" over an empty author link) leaves nothing.
     */
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?i)^((this (post|article|story|piece|guide|review) (was )?)?((" + writerVerbs() + "|published|reviewed) )?by(:|\\s|$)\\s*"
                    + "|(por|par|von|di|door|av|af)\\s+(?=(?-i:\\p{Lu})))");
    private static final int MAX_BYLINE_CHARS = 120;
    /** Compiled once: String.split compiles a pattern of more than one character on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Document doc;
    /** The body's text counts, measured before anything was removed: see {@link PrintedDate}. */
    private final TextStats bodyStats;
    private final JsonLd ld;
    private final Map<String, String> metas = new java.util.LinkedHashMap<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private final Element head;
    /** The host of the page's own address, from the first head tag that gives one: see {@link SiteLinks}. */
    private String siteHost = "";
    /** The calendar date in the page's own address ("/2025/12/18/"), from the first head tag that gives one; null if none. */
    private LocalDate addressDate;
    /** Read on first use: see {@link #headline()}. */
    private HeadlineReader headline;

    /**
     * Collects the meta tags, JSON-LD, h1s and times in one walk of the page.
     *
     * @param bodyStats the text counts of {@code doc.body()}, measured before anything is removed
     *                  (the reader must be done before the extraction passes change the tree)
     */
    MetadataReader(Document doc, TextStats bodyStats) {
        this.doc = doc;
        this.bodyStats = bodyStats;
        this.head = doc.head();
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
            case "meta":
                addMeta(e);
                noteSiteHost(e);
                break;
            case "link": noteSiteHost(e); break;
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

    private void noteSiteHost(Element e) {
        if (e.parent() != head) return;
        if (siteHost.isEmpty()) siteHost = SiteLinks.declaredHost(e);
        if (addressDate == null) addressDate = DateNormalizer.inAddress(SiteLinks.declaredAddress(e));
    }

    /** Where the page's links lead, told by the address its head gives it. */
    SiteLinks siteLinks() {
        return SiteLinks.of(siteHost);
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
     * The article's headline: see {@link HeadlineReader}.
     */
    String title() {
        return headline().title();
    }

    /** The texts a block repeating the headline has: see {@link HeadlineReader#texts()}. */
    List<String> headlineTexts() {
        return headline().texts();
    }

    HeadlineReader headline() {
        if (headline == null) {
            Map<String, String> titles = declaredTitles(); // blank ones left out: the first is the declared title
            String declared = titles.isEmpty() ? null : titles.values().iterator().next();
            headline = new HeadlineReader(doc.title(), declared, siteName(), headings);
        }
        return headline;
    }

    /**
     * The titles the page declares, by where it declares them, most explicit first: og:title, the
     * JSON-LD headline, twitter:title, {@code <title>}. Blank ones are left out.
     */
    Map<String, String> declaredTitles() {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        String[][] sources = {{"og:title", meta("og:title")}, {"json-ld", ld.headline()},
                {"twitter:title", meta("twitter:title")}, {"title", doc.title()}};
        for (String[] source : sources) if (source[1] != null && !source[1].isBlank()) titles.put(source[0], source[1]);
        return titles;
    }


    String byline() {
        String declared = firstNonBlank(ld.authors(), notUrl(meta("author")), notUrl(meta("article:author")),
                meta("parsely-author"), meta("sailthru.author"), meta("dc.creator"), meta("dc:creator"));
        if (declared != null && !declared.equalsIgnoreCase(siteName())) return cleanByline(declared);
        String visible = PrintedByline.find(doc.body(), bodyStats);
        return visible != null ? visible : firstNonBlank(ld.organisationAuthor(), declared);
    }

    /** {@link #WRITER_VERBS} as regex alternatives: "written|posted|authored". */
    static String writerVerbs() {
        return String.join("|", WRITER_VERBS);
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
        if (published != null) return onTheAddressDay(published);
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

    /**
     * A declared time in UTC that falls a day before or after the date in the page's address, as that
     * date: sites write their own calendar date into their addresses ("/2025/12/18/") and often
     * declare the time in UTC, which moves a post of an American evening to the next day ("2025-12-19T02:41:41+00:00")
     * and one of an Australian morning to the day before. The page states the day its address gives;
     * the date alone, since the local time of day is not known. Any other declared time is kept.
     */
    private String onTheAddressDay(String iso) {
        if (addressDate == null || iso.length() < 10 || !(iso.endsWith("Z") || iso.endsWith("+00:00") || iso.endsWith("-00:00"))) {
            return iso;
        }
        LocalDate declared;
        try {
            declared = LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return iso;
        }
        return Math.abs(ChronoUnit.DAYS.between(declared, addressDate)) == 1 ? addressDate.toString() : iso;
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
