package org.articlesummarizer.clean;

import org.jsoup.nodes.Element;

/**
 * Teasers of other pages ("You might also like", "Latest News"): a linked title over an excerpt.
 * Their excerpts keep the link density low, so the linked titles are what gives them away. The
 * root finder asks it of a candidate sibling or lead block, the block reader of a container inside
 * the article.
 */
final class Teasers {

    /** Two linked titles make a list of teasers; one is a heading that happens to be a link. */
    static final int MIN_TEASERS = 2;

    private Teasers() {
    }

    /** Whether a block holds linked titles or {@code <article>}s, at least {@link #MIN_TEASERS} of them. */
    static boolean isTeaserList(Element e) {
        int linkedTitles = 0;
        // element loops, not CSS queries: jsoup parses a query string on every call
        for (Element d : e.getAllElements()) {
            if (d.nameIs("article") || isTitleHeading(d) && isLinkedHeading(d)) linkedTitles++;
        }
        return linkedTitles >= MIN_TEASERS;
    }

    /** Whether {@code <article>}s below {@code e}, each headed by a linked title, are at least {@link #MIN_TEASERS}. */
    static boolean hasLinkedArticles(Element e) {
        int teasers = 0;
        for (Element a : e.getElementsByTag("article")) {
            if (a != e && hasLinkedHeading(a) && ++teasers >= MIN_TEASERS) return true;
        }
        return false;
    }

    /** How many {@code <article>}s stand below {@code root} (not counting itself). */
    static int articlesBelow(Element root) {
        int n = root.getElementsByTag("article").size();
        return root.nameIs("article") ? n - 1 : n;
    }

    private static boolean hasLinkedHeading(Element e) {
        for (Element d : e.getAllElements()) {
            if (isTitleHeading(d) && isLinkedHeading(d)) return true;
        }
        return false;
    }

    /** h2 to h6: the h1 is the page's own headline, never a teaser's. */
    private static boolean isTitleHeading(Element e) {
        return Tags.isHeading(e) && !e.nameIs("h1");
    }

    /** A heading inside a link or holding one: a teaser's title. */
    private static boolean isLinkedHeading(Element heading) {
        for (Element a = heading.parent(); a != null; a = a.parent()) {
            if (a.nameIs("a")) return true;
        }
        return !heading.getElementsByTag("a").isEmpty();
    }
}
