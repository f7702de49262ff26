package org.articlesummarizer.clean;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A date printed in the page for readers ("Dec 12, 2025" beside the headline) when the page
 * declares none: the first short text that is a date and little else, preferring elements whose
 * names say date. Only looked for when nothing declared is found, so most pages never pay for it.
 */
final class PrintedDate {

    private static final int MAX_DATE_TEXT = 60;
    private static final int MAX_CHILDREN = 3;
    private static final int YEAR_DIGITS = 4;
    /**
     * A date line often carries the byline or the reading time with it ("By Ann Lee - Mar 27, 2024",
     * "December 18, 2025 · 3 min read", "Posted on 15/12/2025 at 19:00"); a sentence that mentions
     * a date runs longer.
     */
    private static final int MAX_DATE_LINE_WORDS = 10;
    private static final Pattern DATE_NAMES = Pattern.compile("(?i)date|time|publish|posted|meta");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(\\bat\\s+)?\\b\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[ap]\\.?m\\b\\.?)?");
    private static final Pattern LABEL = Pattern.compile("(?i)^(published|posted|updated|last updated|date)( on)?:?\\s*");

    private PrintedDate() {
    }

    /**
     * @param stats the page's text counts, measured from {@code body} before anything was removed:
     *              they tell which elements are short enough to be a date without building each
     *              element's text (building the text of every wrapper around the article would be
     *              quadratic in the depth of the page)
     */
    static String find(Element body, TextStats stats) {
        if (body == null) return null;
        String firstBare = null;
        for (TextStats.Counts c : stats.inDocumentOrder()) {
            // every character counted visible is in text(), and so is every digit: an element with
            // more than a date's worth of them is too long, one with fewer than four has no year
            if (c.childElements > MAX_CHILDREN || c.visibleChars > MAX_DATE_TEXT || c.digits < YEAR_DIGITS) continue;
            Element e = c.element;
            String text = e.text();
            if (text.length() < 6 || text.length() > MAX_DATE_TEXT || !hasYear(text)) continue;
            String iso = DateNormalizer.toIso(text);
            if (iso == null) continue;
            if (DATE_NAMES.matcher(ClassHints.names(e)).find()) return iso;
            if (firstBare == null && isMostlyDate(text)) firstBare = iso;
        }
        return firstBare;
    }

    /** A cheap test before the date patterns run: four digits in a row, as every full date has. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == YEAR_DIGITS) return true;
        }
        return false;
    }

    /** "Dec 12, 2025", "Published: 12/12/2025" or a byline with its date, not a sentence that mentions a date. */
    private static boolean isMostlyDate(String text) {
        String t = LABEL.matcher(text.strip()).replaceFirst("");
        // the time of day is part of the date, however it is written ("at 11:00 AM"), not words of a sentence
        t = TIME_OF_DAY.matcher(t).replaceAll(" ");
        return Furniture.wordCount(t) <= MAX_DATE_LINE_WORDS;
    }
}
