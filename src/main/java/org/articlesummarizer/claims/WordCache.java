package org.articlesummarizer.claims;

import java.util.Arrays;
import java.util.Locale;

/**
 * The strings of the words of one article, each cut and lower-cased once: the source-phrase rules
 * ask a token for its lower-case form many times, and the same words ("the", "said", "he") recur
 * from sentence to sentence. Looked up by the characters where the word stands, so a word met
 * again costs a hash and no allocation; the strings found again also keep their cached hash codes
 * for the word-set look-ups that follow.
 */
final class WordCache {

    /**
     * Open addressing, each slot two entries: the word as written at {@code 2 * slot} and in lower
     * case right after it, so that a look-up reads one cache line. Sized for the words of a typical
     * article (a hundred or so are asked); a larger one grows it.
     */
    private String[] entries = new String[2 * INITIAL_SLOTS];
    private int size;

    private static final int INITIAL_SLOTS = 256;

    /**
     * Forgets every word, for the next article: the table is emptied in place, and made afresh at
     * its first size only when a long article has grown it far past that, so it stays small.
     */
    void clear() {
        if (entries.length > 8 * 2 * INITIAL_SLOTS) {
            entries = new String[2 * INITIAL_SLOTS];
        } else if (size > 0) {
            Arrays.fill(entries, null);
        }
        size = 0;
    }

    /** The word at {@code chars[from, to)} as written. */
    String text(char[] chars, int from, int to) {
        int i = slot(chars, from, to); // first: it may grow the table
        return entries[2 * i];
    }

    /** The same word in lower case ({@link String#toLowerCase} in the root locale). */
    String lower(char[] chars, int from, int to) {
        int i = slot(chars, from, to);
        return entries[2 * i + 1];
    }

    /** The slot of the word, added if new. */
    private int slot(char[] chars, int from, int to) {
        int len = to - from;
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + chars[k];
        String[] entries = this.entries;
        int mask = entries.length / 2 - 1;
        int i = (h ^ (h >>> 16)) & mask;
        for (String t; (t = entries[2 * i]) != null; i = (i + 1) & mask) {
            if (t.length() == len && same(t, chars, from, len)) return i;
        }
        String text = new String(chars, from, len);
        entries[2 * i] = text;
        entries[2 * i + 1] = lowerCase(text, chars, from, len);
        if (++size * 4 > entries.length) { // more than half the slots taken
            grow();
            return slot(chars, from, to);
        }
        return i;
    }

    /**
     * {@code text}, cut from {@code chars[from, from + len)}, in lower case: {@link String#toLowerCase}
     * in the root locale, with ASCII (most words) done here, and the curly apostrophe of "Trump’s" and
     * "don’t" and the other quotes and dashes of U+2010 to U+201F, which have no case and stay as they
     * are. The general case looks every character up in the Unicode tables, which showed in profiles
     * of the annotation.
     */
    private static String lowerCase(String text, char[] chars, int from, int len) {
        boolean upper = false;
        for (int k = from; k < from + len; k++) {
            char c = chars[k];
            if (c >= 128 && !Tokens.isDashOrQuote(c)) return text.toLowerCase(Locale.ROOT);
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) return text; // as toLowerCase: the same string when nothing changes
        char[] lower = new char[len];
        for (int k = 0; k < len; k++) {
            char c = chars[from + k];
            lower[k] = Tokens.lowerAscii(c);
        }
        return new String(lower);
    }

    private static boolean same(String t, char[] chars, int from, int len) {
        for (int k = 0; k < len; k++) if (t.charAt(k) != chars[from + k]) return false;
        return true;
    }

    private void grow() {
        String[] old = entries;
        entries = new String[2 * old.length];
        int mask = entries.length / 2 - 1;
        for (int k = 0; k < old.length; k += 2) {
            String t = old[k];
            if (t == null) continue;
            int h = t.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (entries[2 * i] != null) i = (i + 1) & mask;
            entries[2 * i] = t;
            entries[2 * i + 1] = old[k + 1];
        }
    }
}
