package org.articlesummarizer.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How much text each element holds, measured in one walk of the tree (so later passes never call
 * {@code Element.text()} in a loop, which would be quadratic on deep pages). Characters are
 * counted without white space. Measured once, before anything is removed, it serves the metadata
 * passes (which look for short printed dates and bylines) as well as the extraction passes, which
 * keep it true as they remove elements ({@link #forget}).
 */
final class TextStats {

    /** The counts for one element and everything under it. */
    static final class Counts {
        /** The element counted; null only for {@link #NONE}. */
        final Element element;
        /** Whether the element starts a block of its own ({@link Tags#isBlock}), asked once per element. */
        final boolean block;
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
        /**
         * Characters {@code text()} keeps whatever it does with white space (see {@link #isVisible}):
         * lets the metadata passes tell a short label or date from a long text without building it.
         */
        int visibleChars;
        /** Digits in the text: a printed date has at least four (its year). */
        int digits;
        /** Child elements, as {@code Element.childrenSize()} counts them (which builds a list to count). */
        int childElements;
        /** Where in {@link #inDocumentOrder} the element's last descendant is, plus one: its subtree is the run before. */
        int end;
        /** Whether the element has been taken out of the tree ({@link #forget}). */
        boolean removed;

        Counts(Element element, boolean block) {
            this.element = element;
            this.block = block;
        }
    }

    private static final Counts NONE = new Counts(null, false);
    private final Map<Element, Counts> counts;
    /** Every element's counts in document order (the root first), as the tree was when measured. */
    private final List<Counts> inDocumentOrder;

    private TextStats(List<Counts> inDocumentOrder) {
        this.inDocumentOrder = inDocumentOrder;
        // sized once for every element: growing the map a page at a time rehashes it again and again
        this.counts = new IdentityHashMap<>(inDocumentOrder.size());
        for (Counts c : inDocumentOrder) counts.put(c.element, c);
    }

    static TextStats measure(Element root) {
        List<Counts> all = new ArrayList<>();
        if (root != null) new Measurer(all).walk(root);
        return new TextStats(all);
    }

    /**
     * The one walk that visits every node of the page. Each element's children are read by index
     * from its child list, an explicit stack in place of recursion (pages nest deeply): cheaper per
     * node than NodeTraversor's steps from sibling to sibling.
     */
    private static final class Measurer {
        private final List<Counts> all;
        private final Deque<Counts> blocks = new ArrayDeque<>();
        private int linkDepth;
        /** The open elements, the innermost at {@code depth}, and the next child to read in each. */
        private Counts[] open = new Counts[64];
        private int[] nextChild = new int[64];
        private int depth = -1;

        Measurer(List<Counts> all) {
            this.all = all;
        }

        void walk(Element root) {
            enter(root);
            while (depth >= 0) {
                Counts c = open[depth];
                int i = nextChild[depth];
                if (i == c.element.childNodeSize()) {
                    leave();
                    continue;
                }
                nextChild[depth] = i + 1;
                Node child = c.element.childNode(i);
                if (child instanceof Element e) {
                    enter(e);
                } else if (child instanceof TextNode t) {
                    count(t.getWholeText(), c, blocks.isEmpty() ? c : blocks.peek(), linkDepth > 0);
                }
            }
        }

        private void enter(Element e) {
            Counts c = new Counts(e, Tags.isBlock(e));
            all.add(c);
            if (depth >= 0) open[depth].childElements++;
            if (++depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
                nextChild = java.util.Arrays.copyOf(nextChild, depth * 2);
            }
            open[depth] = c;
            nextChild[depth] = 0;
            if (c.block) blocks.push(c);
            if (e.nameIs("a")) linkDepth++;
        }

        private void leave() {
            Counts c = open[depth];
            open[depth--] = null;
            Element e = c.element;
            c.end = all.size();
            if (c.block) blocks.pop();
            if (e.nameIs("a")) linkDepth--;
            if (e.nameIs("p") && c.chars >= 25) c.paragraphs++;
            if (e.nameIs("li")) c.listItems++;
            if (c.ownChars >= 25 && c.block && !Tags.isHeading(e)) c.proseChars += c.ownChars;
            if (e.nameIs("h1")) c.holdsHeadline = true;
            if (Tags.isMarkedArticle(e)) c.holdsMarkedArticle = true;
            if (depth < 0) return;
            Counts parent = open[depth];
            parent.chars += c.chars;
            parent.linkChars += c.linkChars;
            parent.paragraphs += c.paragraphs;
            parent.listItems += c.listItems;
            parent.proseChars += c.proseChars;
            parent.visibleChars += c.visibleChars;
            parent.digits += c.digits;
            parent.holdsMarkedArticle |= c.holdsMarkedArticle;
            parent.holdsHeadline |= c.holdsHeadline;
        }
    }

    /**
     * Counts one text node into the element holding it and the block it is read in, in one look
     * at each character. Most text is ASCII, whose classes are settled by comparisons alone.
     */
    private static void count(String s, Counts c, Counts block, boolean inLink) {
        int chars = 0;
        int visible = 0;
        int digits = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch > ' ' && ch < 0x7f) {
                chars++;
                visible++;
                if (ch == ',') commas++;
                else if (ch >= '0' && ch <= '9') digits++;
            } else if (ch != ' ' && ch != '\n' && !Character.isWhitespace(ch) && ch != '\u00a0') {
                // the commonest white space is settled by comparisons above
                chars++;
                if (isVisible(ch)) visible++;
                if (Character.isDigit(ch)) digits++;
            }
        }
        c.chars += chars;
        c.visibleChars += visible;
        c.digits += digits;
        if (inLink) c.linkChars += chars;
        block.ownChars += chars;
        block.ownCommas += commas;
    }

    /**
     * Takes a removed element's text out of its ancestors' counts, so the counts stay true
     * without measuring the page again. Call it before the element leaves the tree.
     */
    void forget(Element removed) {
        Counts c = counts.get(removed);
        if (c == null) return;
        c.removed = true;
        Counts parent = removed.parent() == null ? null : counts.get(removed.parent());
        if (parent != null) parent.childElements--;
        if (c.chars == 0) return;
        boolean inBlock = !c.block;
        for (Element a = removed.parent(); a != null; a = a.parent()) {
            Counts ac = counts.get(a);
            if (ac == null) continue;
            ac.chars -= c.chars;
            ac.linkChars -= c.linkChars;
            ac.paragraphs -= c.paragraphs;
            ac.listItems -= c.listItems;
            ac.proseChars -= c.proseChars;
            ac.visibleChars -= c.visibleChars;
            ac.digits -= c.digits;
            if (inBlock && ac.block) {
                // an inline element's text was its enclosing block's own text
                ac.ownChars -= Math.min(ac.ownChars, c.chars);
                inBlock = false;
            }
        }
    }

    /**
     * Whether jsoup's {@code text()} and {@code ownText()} keep this character however they
     * normalise white space, and {@code strip()} keeps it too: not white space, not a zero-width
     * space or soft hyphen. Counting such characters gives a lower bound on a text's length.
     */
    static boolean isVisible(char c) {
        return c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad' && !Character.isWhitespace(c);
    }

    /**
     * The measured root and the elements below it that are still in the tree, in document order:
     * the elements a traversal of the root would meet now, found without stepping through every
     * text node and sibling.
     */
    void forEachInTree(Consumer<Counts> visit) {
        for (int i = 0; i < inDocumentOrder.size(); ) {
            Counts c = inDocumentOrder.get(i);
            if (c.removed) {
                i = c.end;
                continue;
            }
            visit.accept(c);
            i++;
        }
    }

    /**
     * Takes out of the tree, with all they hold, the elements below the measured root that
     * {@code remove} picks, asked in document order (its answers see the counts of what was taken
     * out before): what a NodeTraversor filter answering REMOVE does, found by the list of
     * elements instead of stepping through every node.
     */
    void removeWhere(Predicate<Counts> remove) {
        for (int i = 1; i < inDocumentOrder.size(); ) {
            Counts c = inDocumentOrder.get(i);
            if (c.removed) {
                i = c.end;
            } else if (remove.test(c)) {
                forget(c.element);
                c.element.remove();
                i = c.end;
            } else {
                i++;
            }
        }
    }

    /** Every element's counts in document order, the measured root first; removed elements stay listed. */
    List<Counts> inDocumentOrder() {
        return inDocumentOrder;
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
