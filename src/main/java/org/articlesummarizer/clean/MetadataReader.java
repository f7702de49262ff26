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

/**
 * Reads what a page says about itself, most explicit source first: JSON-LD, then Open Graph and
 * article meta tags, then the visible byline, {@code <time>} and {@code <h1>}. Runs before any
 * element is removed, since bylines and dates live in the headers the extractor drops.
 */
final class MetadataReader {

    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(written |posted |published |reviewed )?by[:\\s]+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]\\s+|\\s+\u00bb\\s+");

    private final Document doc;
    private final JsonLd ld;
    private final Map<String, String> metas = new HashMap<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();

    /** Collects the meta tags, JSON-LD, h1s and times in one walk of the page. */
    MetadataReader(Document doc) {
        this.doc = doc;
        List<String> jsonLd = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
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
        this.ld = JsonLd.parse(jsonLd);
    }

    private void addMeta(Element meta) {
        String content = meta.attr("content").strip();
        if (content.isEmpty()) return;
        for (String key : new String[] {meta.attr("property"), meta.attr("name"), meta.attr("itemprop")}) {
            if (!key.isEmpty()) metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
    }

    ArticleMetadata read() {
        return new ArticleMetadata(byline(), publishedTime(), siteName(), section(), language(), InputFormat.HTML.wireName());
    }

    /**
     * The headline: the page's {@code <h1>} when another source confirms it (pages often carry more
     * than one h1, and og:title often carries the site name), else the declared headline with the
     * site name cut off.
     */
    String title() {
        String declared = firstNonBlank(meta("og:title"), ld.headline(), meta("twitter:title"), doc.title());
        for (Element h1 : headings) {
            String text = h1.text().strip();
            if (text.isEmpty()) continue;
            if (declared == null || contains(declared, text) || contains(doc.title(), text)) return text;
        }
        return declared == null ? null : withoutSiteName(declared);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && needle.length() >= 10
                && normal(haystack).contains(normal(needle));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019]", "'").replaceAll("\\s+", " ").strip();
    }

    private String withoutSiteName(String title) {
        String site = siteName();
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title.strip();
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (site != null && last.equalsIgnoreCase(site)) return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\u2013\u2014\u00b7\u2022:»-]+$", "").strip();
        if (site != null && first.equalsIgnoreCase(site)) return title.substring(title.indexOf(first) + first.length()).replaceAll("^[\\s|\u2013\u2014\u00b7\u2022:»-]+", "").strip();
        // without a site name, the longest part is the headline
        String longest = parts[0];
        for (String p : parts) if (p.length() > longest.length()) longest = p;
        return longest.length() > title.length() / 2 ? longest.strip() : title.strip();
    }

    String byline() {
        String declared = firstNonBlank(ld.authors(), meta("author"), notUrl(meta("article:author")), meta("parsely-author"),
                meta("sailthru.author"), meta("dc.creator"));
        if (declared != null) return cleanByline(declared);
        Element e = doc.selectFirst("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author], .byline, .author-name, .author");
        return e == null ? null : cleanByline(e.text());
    }

    private static String cleanByline(String s) {
        String t = BY_PREFIX.matcher(s.strip()).replaceFirst("").strip();
        return t.isEmpty() || t.length() > 120 ? null : t;
    }

    String publishedTime() {
        String[] candidates = {ld.datePublished(), meta("article:published_time"), meta("datepublished"),
                meta("og:published_time"), meta("publish-date"), meta("publish_date"), meta("pubdate"),
                meta("parsely-pub-date"), meta("sailthru.date"), meta("dc.date"), meta("dc.date.issued"),
                meta("date")};
        for (String c : candidates) {
            String iso = DateNormalizer.toIso(c);
            if (iso != null) return iso;
        }
        for (Element time : times) {
            String iso = DateNormalizer.toIso(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
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
