package org.articlesummarizer.clean;

import java.util.Set;

import org.jsoup.nodes.Element;

/** Which HTML elements start a block of their own, which are headings, which are never read. */
final class Tags {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Tags() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

    /** The element a page marks as its article: {@code <article>}, {@code <main>} or itemprop=articleBody. */
    static boolean isMarkedArticle(Element e) {
        return e.nameIs("article") || e.nameIs("main") || "articleBody".equals(e.attr("itemprop"));
    }
}
