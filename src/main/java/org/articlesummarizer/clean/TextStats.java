package org.articlesummarizer.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element holds, measured in one walk of the tree (so later passes never call
 * {@code Element.text()} in a loop, which would be quadratic on deep pages). Characters are
 * counted without white space.
 */
final class TextStats {

    /** The counts for one element and everything under it. */
    static final class Counts {
        int chars;
        int linkChars;
        /** Text directly in this block, not inside a nested block: what a reader sees as its paragraph. */
        int ownChars;
        int ownCommas;
        int paragraphs;
        int listItems;
        /** Text in blocks long enough to be paragraphs (25 characters or more), here and below. */
        int proseChars;
        /** Whether this is, or holds, an element the page marks as its article. */
        boolean holdsMarkedArticle;
        /** Whether this is, or holds, an h1: the headline sits with its article. */
        boolean holdsHeadline;
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        Deque<Counts> open = new ArrayDeque<>();
        Deque<Counts> blocks = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = new Counts();
                    open.push(c);
                    if (Tags.isBlock(e)) blocks.push(c);
                    if (e.nameIs("a")) linkDepth[0]++;
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    String s = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!Character.isWhitespace(ch) && ch != '\u00a0') chars++;
                        if (ch == ',') commas++;
                    }
                    Counts c = open.peek();
                    c.chars += chars;
                    if (linkDepth[0] > 0) c.linkChars += chars;
                    Counts block = blocks.isEmpty() ? c : blocks.peek();
                    block.ownChars += chars;
                    block.ownCommas += commas;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                Counts c = open.pop();
                if (Tags.isBlock(e)) blocks.pop();
                if (e.nameIs("a")) linkDepth[0]--;
                if (e.nameIs("p") && c.chars >= 25) c.paragraphs++;
                if (e.nameIs("li")) c.listItems++;
                if (c.ownChars >= 25 && Tags.isBlock(e) && !Tags.isHeading(e)) c.proseChars += c.ownChars;
                if (e.nameIs("h1")) c.holdsHeadline = true;
                if (e.nameIs("article") || e.nameIs("main") || "articleBody".equals(e.attr("itemprop"))) {
                    c.holdsMarkedArticle = true;
                }
                stats.counts.put(e, c);
                Counts parent = open.peek();
                if (parent != null) {
                    parent.chars += c.chars;
                    parent.linkChars += c.linkChars;
                    parent.paragraphs += c.paragraphs;
                    parent.listItems += c.listItems;
                    parent.proseChars += c.proseChars;
                    parent.holdsMarkedArticle |= c.holdsMarkedArticle;
                    parent.holdsHeadline |= c.holdsHeadline;
                }
            }
        }, root);
        return stats;
    }

    /**
     * Takes a removed element's text out of its ancestors' counts, so the counts stay true
     * without measuring the page again. Call it before the element leaves the tree.
     */
    void forget(Element removed) {
        Counts c = counts.get(removed);
        if (c == null || c.chars == 0) return;
        boolean inBlock = !Tags.isBlock(removed);
        for (Element a = removed.parent(); a != null; a = a.parent()) {
            Counts ac = counts.get(a);
            if (ac == null) continue;
            ac.chars -= c.chars;
            ac.linkChars -= c.linkChars;
            ac.paragraphs -= c.paragraphs;
            ac.listItems -= c.listItems;
            ac.proseChars -= c.proseChars;
            if (inBlock && Tags.isBlock(a)) {
                // an inline element's text was its enclosing block's own text
                ac.ownChars -= Math.min(ac.ownChars, c.chars);
                inBlock = false;
            }
        }
    }

    /**
     * The characters of {@code s} that jsoup's {@code text()} and {@code ownText()} keep however
     * they normalise white space, and that survive {@code strip()}: not white space, not a
     * zero-width space or soft hyphen. A lower bound on the length of such a text, cheap to count.
     */
    static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad' && !Character.isWhitespace(c)) n++;
        }
        return n;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    int chars(Element e) {
        return of(e).chars;
    }

    double linkDensity(Element e) {
        Counts c = of(e);
        return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
    }
}
