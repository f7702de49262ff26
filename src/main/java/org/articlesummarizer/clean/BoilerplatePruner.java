package org.articlesummarizer.clean;

import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Second pass: removes the containers whose names say they are furniture (comments, share bars,
 * related links, newsletter boxes, cookie banners, headers and footers), unless they hold most of
 * the page's text or the element the page marks as its article.
 */
final class BoilerplatePruner {

    private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "article", "main", "a", "p",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "tr", "td", "th", "pre", "code", "blockquote");

    private BoilerplatePruner() {
    }

    static void prune(Element body, TextStats stats) {
        int pageChars = Math.max(1, stats.chars(body));
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null || NEVER_PRUNED.contains(e.normalName())) continue;
            boolean furniture = ClassHints.isBoilerplate(e) || isFurnitureTag(e);
            if (!furniture) continue;
            if (stats.chars(e) > pageChars / 2 && stats.of(e).paragraphs >= 3) continue;
            if (e.selectFirst("article, main, [itemprop=articleBody]") != null && !e.nameIs("footer")) continue;
            e.remove();
        }
    }

    /** header and footer are furniture at page level; a form with controls is a sign-up box. */
    private static boolean isFurnitureTag(Element e) {
        return e.nameIs("footer") || e.nameIs("header") || e.nameIs("form") && e.selectFirst("p") == null;
    }
}
