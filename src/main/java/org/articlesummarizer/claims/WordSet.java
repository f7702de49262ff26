package org.articlesummarizer.claims;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;

/**
 * A read-only set of words for the rules' look-ups, laid out in two arrays: the words' hash codes
 * side by side, and the words. A word that is no member (most words asked) is turned away by
 * its (cached) hash code and the hash array alone, mostly one cache line, where a {@link
 * java.util.HashSet} reads its table and then a node object, each somewhere else in the heap. The
 * annotation asks some fifty such sets of word after word, right after the other stages of the
 * summariser have filled the caches with their own data, so what a look-up touches is what it costs.
 */
final class WordSet extends AbstractSet<String> {

    /** Per slot the hash code of its word, with 0 for an empty slot (a word whose hash is 0 is stored as 1). */
    private final int[] hashes;
    private final String[] words;
    private final int mask;
    private final int size;

    WordSet(String... members) {
        int slots = Integer.highestOneBit(Math.max(4, members.length * 3) - 1) << 1; // at most a third full
        hashes = new int[slots];
        words = new String[slots];
        mask = slots - 1;
        int count = 0;
        for (String w : members) {
            int h = stored(w.hashCode());
            int i = slot(h);
            while (hashes[i] != 0 && !(hashes[i] == h && words[i].equals(w))) i = (i + 1) & mask;
            if (hashes[i] != 0) continue; // listed twice
            hashes[i] = h;
            words[i] = w;
            count++;
        }
        size = count;
    }

    /**
     * Whether the token's lower case is a member: {@code contains(token.lower())}, without the string
     * (see {@link Token#lowerHash}).
     */
    boolean contains(Token token) {
        int h = stored(token.lowerHash());
        for (int i = slot(h); hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && token.lowerIs(words[i])) return true;
        }
        return false;
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof Token t) return contains(t); // as when the set is asked through its Set type
        if (!(o instanceof String s)) return false;
        int h = stored(s.hashCode());
        for (int i = slot(h); hashes[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && words[i].equals(s)) return true;
        }
        return false;
    }

    private static int stored(int hash) {
        return hash == 0 ? 1 : hash;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(words).filter(w -> w != null).iterator();
    }
}
