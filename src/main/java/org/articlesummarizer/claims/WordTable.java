package org.articlesummarizer.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map from words to small values that looks a word up where it stands in a text,
 * without cutting it out: no allocation per word, which keeps the scan of every sentence cheap.
 */
final class WordTable<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;
    /** Bit (length) set when some key has that length (up to 63): most words are ruled out by it. */
    private final long lengths;
    /**
     * Per pair of leading lower-case ASCII letters, the bits of the lengths of the keys that start
     * with it: a word is ruled out by two look-ups before it is hashed.
     */
    private final long[] lengthsByStart = new long[26 * 26];
    /**
     * One bit per leading pair and last letter (lower-case ASCII) that some key has: most words
     * that pass the length filter above still differ from every key there, and a test of one bit
     * spares the hash of their letters.
     */
    private final long[] startsAndEnds = new long[(26 * 26 * 26 + 63) / 64];
    /**
     * Two bits per key, picked by its hash (a Bloom filter of 16384 bits): a word that passes the
     * filters above but is no key is mostly turned away here, by 2 KB that stay in cache, instead of
     * by probing the key array, which a pass over the rest of the article has pushed out of cache.
     */
    private final long[] hashBits = new long[16384 / 64];

    WordTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        long bits = 0;
        for (String key : entries.keySet()) bits |= 1L << Math.min(63, key.length());
        lengths = bits;
        for (String key : entries.keySet()) {
            int start = start(key, 0, key.length());
            if (start >= 0) lengthsByStart[start] |= 1L << Math.min(63, key.length());
            int end = startAndEnd(start, key.charAt(key.length() - 1));
            if (end >= 0) startsAndEnds[end >>> 6] |= 1L << end;
        }
        for (String key : entries.keySet()) {
            int g = key.hashCode() * 0x9E3779B9;
            hashBits[g >>> 24] |= 1L << (g >>> 18);
            hashBits[(g >>> 10) & 255] |= 1L << (g >>> 4);
        }
        for (Map.Entry<String, V> e : entries.entrySet()) {
            int i = slot(e.getKey().hashCode());
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
    }

    /** A table of the words of {@code words}, each mapped to true: a set looked up where a word stands. */
    static WordTable<Boolean> of(Set<String> words) {
        Map<String, Boolean> entries = new HashMap<>();
        for (String w : words) entries.put(w, Boolean.TRUE);
        return new WordTable<>(entries);
    }

    /**
     * The value of {@code text[from, to)} in lower case ({@link String#toLowerCase} in the root
     * locale), or null: ASCII words are lower-cased as they are hashed, with no copy.
     */
    V getLowerCase(String text, int from, int to) {
        return getLowerCase(text, null, from, to);
    }

    /** The same for a scan over a char copy: a token's lower case, looked up without its string. */
    V getLowerCase(char[] text, int from, int to) {
        return getLowerCase(null, text, from, to);
    }

    /**
     * {@link #getLowerCase(String, int, int)} over {@code string} or, when that is null, {@code chars}:
     * one body for both, which the JIT specialises at each caller, where one of them is always null.
     */
    @SuppressWarnings("unchecked")
    private V getLowerCase(String string, char[] chars, int from, int to) {
        int len = to - from;
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = string == null ? chars[k] : string.charAt(k);
            if (c >= 128) { // past ASCII lower case may change the length: the general way
                String word = string == null ? new String(chars, from, len) : string.substring(from, to);
                String lower = word.toLowerCase(Locale.ROOT);
                return get(lower, 0, lower.length());
            }
            h = 31 * h + Tokens.lowerAscii(c);
        }
        if ((lengths & 1L << Math.min(63, len)) == 0 || !mayHold(h)) return null;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == len && matchesLowerCase(key, string, chars, from, len)) return (V) values[i];
        }
        return null;
    }

    private static boolean matchesLowerCase(String key, String string, char[] chars, int from, int len) {
        for (int k = 0; k < len; k++) {
            char c = string == null ? chars[from + k] : string.charAt(from + k);
            if (key.charAt(k) != Tokens.lowerAscii(c)) return false;
        }
        return true;
    }

    /**
     * The value of the token's lower case ({@link Token#lower}), or null: found by the hash the token
     * holds ({@link Token#lowerHash}) and compared where its letters stand, with no string.
     */
    @SuppressWarnings("unchecked")
    V get(Token token) {
        int len = token.lowerLength();
        if ((lengths & 1L << Math.min(63, len)) == 0) return null;
        int h = token.lowerHash();
        if (!mayHold(h)) return null;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == len && token.lowerIs(key)) return (V) values[i];
        }
        return null;
    }

    /** The value of {@code text[from, to)}, or null. */
    @SuppressWarnings("unchecked")
    V get(String text, int from, int to) {
        if ((lengths & 1L << Math.min(63, to - from)) == 0) return null;
        int start = start(text, from, to);
        if (start >= 0 && (lengthsByStart[start] & 1L << Math.min(63, to - from)) == 0) return null;
        if (!mayEndSo(start, text.charAt(to - 1))) return null;
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + text.charAt(k);
        int len = to - from;
        if (!mayHold(h)) return null;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == len && text.regionMatches(from, key, 0, len)) return (V) values[i];
        }
        return null;
    }

    /** The value of {@code text[from, to)}, or null: {@link #get(String, int, int)} for a scan over a char copy. */
    @SuppressWarnings("unchecked")
    V get(char[] text, int from, int to) {
        int len = to - from;
        if ((lengths & 1L << Math.min(63, len)) == 0) return null;
        int start = len < 2 ? -1 : start(text[from], text[from + 1]);
        if (start >= 0 && (lengthsByStart[start] & 1L << Math.min(63, len)) == 0) return null;
        if (!mayEndSo(start, text[to - 1])) return null;
        int h = 0;
        for (int k = from; k < to; k++) h = 31 * h + text[k];
        if (!mayHold(h)) return null;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].length() == len && matches(keys[i], 0, text, from, len)) return (V) values[i];
        }
        return null;
    }

    /** Like {@link #get(char[], int, int)}, with the word's first letter taken in lower case ("Says" finds "says"). */
    @SuppressWarnings("unchecked")
    V getLowerFirst(char[] text, int from, int to) {
        int len = to - from;
        if (len <= 0 || (lengths & 1L << Math.min(63, len)) == 0) return null;
        char c = text[from];
        char first = c < 128 ? Tokens.lowerAscii(c) : Character.toLowerCase(c); // ASCII inline
        int start = len < 2 ? -1 : start(first, text[from + 1]);
        if (start >= 0 && (lengthsByStart[start] & 1L << Math.min(63, len)) == 0) return null;
        if (!mayEndSo(start, text[to - 1])) return null;
        int h = first;
        for (int k = from + 1; k < to; k++) h = 31 * h + text[k];
        if (!mayHold(h)) return null;
        for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
            String key = keys[i];
            if (key.length() == len && key.charAt(0) == first && matches(key, 1, text, from + 1, len - 1)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private static boolean matches(String key, int keyFrom, char[] text, int from, int len) {
        for (int k = 0; k < len; k++) if (key.charAt(keyFrom + k) != text[from + k]) return false;
        return true;
    }

    /** The bit of a leading pair ({@link #start}, or -1) and a last letter, or -1 when either is no lower-case ASCII. */
    private static int startAndEnd(int start, char last) {
        int z = last - 'a';
        return start >= 0 && z >= 0 && z < 26 ? start * 26 + z : -1;
    }

    /** False when no key starts with the pair {@code start} and ends with {@code last} (see {@link #startsAndEnds}). */
    private boolean mayEndSo(int start, char last) {
        int bit = startAndEnd(start, last);
        return bit < 0 || (startsAndEnds[bit >>> 6] & 1L << bit) != 0;
    }

    /** The index of a pair of lower-case ASCII letters, else -1. */
    private static int start(char first, char second) {
        int a = first - 'a';
        int b = second - 'a';
        return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
    }

    /** The index of the word's first two letters when both are lower-case ASCII, else -1 (no filter). */
    private static int start(String text, int from, int to) {
        return to - from < 2 ? -1 : start(text.charAt(from), text.charAt(from + 1));
    }

    /** False when no key has this hash (see {@link #hashBits}); true when one may. */
    private boolean mayHold(int hash) {
        int g = hash * 0x9E3779B9;
        return (hashBits[g >>> 24] & 1L << (g >>> 18)) != 0 && (hashBits[(g >>> 10) & 255] & 1L << (g >>> 4)) != 0;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
