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

    /** Prunes the root {@code stats} measured, the page's body. */
    static void prune(Element body, TextStats stats, ClassHints hints) {
        int pageChars = Math.max(1, stats.chars(body));
        stats.removeWhere(c -> {
            Element e = c.element;
            // a paragraph is pruned only as a notice: other names on a paragraph style its text
            if (NEVER_PRUNED.contains(e.normalName()) && !(e.nameIs("p") && hints.isNotice(e))) return false;
            if (!isFurnitureTag(e) && !hints.isBoilerplate(e)) return false;
            // comments can outrun the article they follow, and hold <article>s of their own
            boolean comments = hints.isComments(e) && !c.holdsHeadline;
            if (comments) return true;
            if (c.chars > pageChars / 2 && c.paragraphs >= 3 && !isPageFooter(e, c)) return false;
            return !(c.holdsMarkedArticle && !e.nameIs("footer"));
        });
    }

    /**
     * A footer without the headline, outside any article, is the page's footer however much text
     * it holds (addresses, disclaimers, link columns): the page's prose is elsewhere.
     */
    private static boolean isPageFooter(Element e, TextStats.Counts c) {
        return e.nameIs("footer") && !c.holdsHeadline && !c.holdsMarkedArticle;
    }

    /**
     * header and footer are furniture at page level and, inside the article, hold its byline and
     * tags; a form is a sign-up, a quote request or a product picker, whose labels and notes
     * ("This field is required") are not prose. A page that wraps itself whole in one form
     * (ASP.NET does) keeps it: it holds most of the page's text.
     */
    private static boolean isFurnitureTag(Element e) {
        return e.nameIs("footer") || e.nameIs("header") || e.nameIs("form");
    }
}
