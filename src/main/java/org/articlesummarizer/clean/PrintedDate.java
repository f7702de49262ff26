package org.articlesummarizer.clean;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A date printed in the page for readers ("Dec 12, 2025" beside the headline) when the page
 * declares none: the first short text that is a date and little else, preferring elements whose
 * names say date. Only looked for when nothing declared is found, so most pages never pay for it.
 */
final class PrintedDate {

    private static final int MAX_DATE_TEXT = 60;
    private static final int MAX_CHILDREN = 3;
    /**
     * A date line often carries the byline or the reading time with it ("By Ann Lee - Mar 27, 2024",
     * "December 18, 2025 · 3 min read", "Posted on 15/12/2025 at 19:00"); a sentence that mentions
     * a date runs longer.
     */
    private static final int MAX_DATE_LINE_WORDS = 10;
    private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|meta");
    private static final Pattern LABEL = Pattern.compile("(?i)^(published|posted|updated|last updated|date)( on)?:?\\s*");

    private PrintedDate() {
    }

    static String find(Element body) {
        if (body == null) return null;
        String firstBare = null;
        for (Element e : body.getAllElements()) {
            if (e.childrenSize() > MAX_CHILDREN || longerThanADate(e)) continue;
            String text = e.text();
            if (text.length() < 6 || text.length() > MAX_DATE_TEXT || !hasYear(text)) continue;
            String iso = DateNormalizer.toIso(text);
            if (iso == null) continue;
            if (DATE_NAMES.matcher(ClassHints.names(e)).find()) return iso;
            if (firstBare == null && isMostlyDate(text)) firstBare = iso;
        }
        return firstBare;
    }

    /**
     * Whether the element's text is longer than a date, told without building it: building the
     * text of every wrapper around the article would be quadratic in the depth of the page. Every
     * character that is not white space or invisible (a zero-width space, a soft hyphen) is in
     * {@code text()}, so once more than {@link #MAX_DATE_TEXT} of them are seen the answer is yes.
     */
    private static boolean longerThanADate(Element e) {
        int[] visible = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
                visible[0] += TextStats.visibleChars(t.getWholeText());
                return visible[0] > MAX_DATE_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return visible[0] > MAX_DATE_TEXT;
    }

    /** A cheap test before the date patterns run: four digits in a row, as every full date has. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /** "Dec 12, 2025", "Published: 12/12/2025" or a byline with its date, not a sentence that mentions a date. */
    private static boolean isMostlyDate(String text) {
        String t = LABEL.matcher(text.strip()).replaceFirst("");
        return Furniture.wordCount(t) <= MAX_DATE_LINE_WORDS;
    }
}
