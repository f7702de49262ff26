package org.articlesummarizer.clean;

import org.articlesummarizer.article.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page says about itself: Open Graph, article meta tags, the title element. */
final class MetadataReader {

    private MetadataReader() {
    }

    static ArticleMetadata read(Document doc) {
        String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
                text(doc, "[rel=author], .byline, [itemprop=author]"));
        String published = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "date"), attr(doc, "time[datetime]", "datetime"));
        String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String section = firstNonBlank(meta(doc, "article:section"));
        String language = firstNonBlank(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"));
        return new ArticleMetadata(byline, published, site, section, language, InputFormat.HTML.wireName());
    }

    static String title(Document doc) {
        String og = meta(doc, "og:title");
        String h1 = text(doc, "h1");
        String title = doc.title().strip();
        if (og != null) return og;
        if (h1 != null && (title.isEmpty() || title.contains(h1))) return h1;
        if (!title.isEmpty()) return title;
        return h1;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        if (e == null) return null;
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.text().strip();
        return v.isEmpty() ? null : v;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
