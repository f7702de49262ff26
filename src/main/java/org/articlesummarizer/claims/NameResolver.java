package org.articlesummarizer.claims;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.articlesummarizer.article.Sentence;

/**
 * Resolves a speaker written as a pronoun ("he") or a short name ("Sullivan", "Mr. Peskov") to
 * the full name the article used earlier ("Jake Sullivan"). A pronoun goes to the last person
 * who spoke; a short name to the nearest earlier "First Last" that ends with it, looked up in the
 * text only when a short name needs it. Call {@link #resolve} in reading order.
 */
final class NameResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
            "gen.", "prof.", "president", "senator", "governor", "secretary", "judge", "mayor", "rev.");
    /** Words that make a capitalised run something other than a person's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "but", "and", "in", "on", "at",
            "as", "when", "after", "if", "while", "for", "with", "by", "from", "to", "of", "this", "that",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "house", "senate", "party", "news", "times", "post", "street", "university", "department",
            "ministry", "agency", "county", "state", "states", "city", "office", "committee", "campaign",
            "foundation", "institute", "association", "council", "court", "service", "administration");

    private final List<Sentence> sentences;
    private String lastPerson;

    NameResolver(List<Sentence> sentences) {
        this.sentences = sentences;
    }

    /**
     * The full name behind the speaker found in sentence {@code index} at {@code speakerStart}, or
     * null when the speaker is already in full or unknown. Remembers the person for later pronouns.
     */
    String resolve(String speaker, int index, int speakerStart) {
        if (speaker == null || speaker.isEmpty()) return null;
        // lower-casing never shortens a string: a longer speaker is no "he" or "she", and needs no copy
        if (speaker.length() <= 3 && PERSONAL.contains(speaker.toLowerCase(Locale.ROOT))) return lastPerson;
        int n = words(speaker);
        String resolved = null;
        if (n == 1 || n == 2 && HONORIFIC_TABLE.getLowerCase(speaker, starts[0], ends[0]) != null) {
            String surname = speaker.substring(starts[n - 1], ends[n - 1]); // the speaker itself when one word
            if (Character.isUpperCase(surname.charAt(0))) resolved = byLastName(surname, index, speakerStart);
            if (resolved != null) lastPerson = resolved;
        } else {
            String full = trailingName(speaker, n);
            if (full != null) lastPerson = full;
        }
        return resolved;
    }

    /**
     * Where the words of {@code speaker.split(" ")} stand, into {@link #starts} and {@link #ends};
     * returns how many there are. Offsets, not strings: cutting every word showed in profiles.
     */
    private int words(String speaker) {
        int n = 0;
        int from = 0;
        for (int p = speaker.indexOf(' '); ; p = speaker.indexOf(' ', from)) {
            int to = p < 0 ? speaker.length() : p;
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
                ends = Arrays.copyOf(ends, 2 * n);
            }
            starts[n] = from;
            ends[n++] = to;
            if (p < 0) break;
            from = p + 1;
        }
        while (n > 0 && starts[n - 1] == ends[n - 1]) n--; // as split: no trailing empty strings
        return n;
    }

    /** The words of the speaker being resolved (see {@link #words}). */
    private int[] starts = new int[8];
    private int[] ends = new int[8];

    /** The nearest full name ending with {@code surname}, before {@code limit} in sentence {@code index} or earlier. */
    private String byLastName(String surname, int index, int limit) {
        // the text before the last look-up of this surname was searched then: search only what is new
        Lookup last = lookups.get(surname);
        int stop = last == null ? 0 : last.index + 1;
        String found = search(surname, index, limit, stop);
        if (found == null && last != null) found = last.name;
        lookups.put(surname, new Lookup(index, found));
        return found;
    }

    private record Lookup(int index, String name) {
    }

    private final Map<String, Lookup> lookups = new HashMap<>();

    private String search(String surname, int index, int limit, int stop) {
        // a surname can only match after a space (nameEndingAt wants one), but String.indexOf is
        // asked for the surname alone and the space is checked after: profiles showed its Java loop
        // running here, which stops at every occurrence of the pattern's first character, and for
        // " Name" that is every space; most sentences hold no match at all, and a character loop per
        // sentence (or an index of every capitalised word in it) cost more
        int[] found = this.found;
        for (int s = index; s >= stop; s--) {
            String text = sentences.get(s).text();
            int last = (s == index ? limit : text.length()) - surname.length();
            int count = 0;
            for (int p = text.indexOf(surname, 1); p >= 1 && p <= last; p = text.indexOf(surname, p + 1)) {
                if (text.charAt(p - 1) != ' ') continue;
                if (count == found.length) found = this.found = Arrays.copyOf(found, 2 * count);
                found[count++] = p;
            }
            for (int k = count - 1; k >= 0; k--) { // the nearest first
                int at = found[k];
                String name = nameEndingAt(text, at, at + surname.length());
                if (name != null) return name;
            }
        }
        return null;
    }

    /** Where the surname stands in the sentence being searched (reused). */
    private int[] found = new int[8];

    /** "Jake Sullivan" when the capitalised words before {@code text[from, to)} make a person's name. */
    private static String nameEndingAt(String text, int from, int to) {
        if (to < text.length() && Character.isLetter(text.charAt(to))) return null;
        if (from == 0 || text.charAt(from - 1) != ' ') return null;
        // up to four words, the surname and the name words before it, nearest first, by offsets:
        // most candidates are turned away, and cutting and lower-casing each word showed in profiles
        int[] starts = {from, 0, 0, 0};
        int n = 1;
        int end = from - 1;
        while (end > 0 && n < 4) {
            int start = end;
            while (start > 0 && text.charAt(start - 1) != ' ') start--;
            if (start == end || !Character.isUpperCase(text.charAt(start)) || !isNameWord(text, start, end)) break;
            starts[n++] = start;
            end = start - 1;
            if (end < 0 || text.charAt(end) != ' ') break;
        }
        // words are one space apart: word k ends where word k - 1 starts, less the space
        int first = n - 1;
        while (first >= 0 && (HONORIFIC_TABLE.getLowerCase(text, starts[first], wordEnd(starts, first, to)) != null
                || NOT_NAME_TABLE.getLowerCase(text, starts[first], wordEnd(starts, first, to)) != null)) {
            first--;
        }
        if (first < 1) return null;
        for (int k = first; k >= 0; k--) {
            if (NOT_NAME_TABLE.getLowerCase(text, starts[k], wordEnd(starts, k, to)) != null) return null;
        }
        int keep = first >= 2 && text.charAt(starts[0] - 2) == '.' ? 3 : 2; // "Robert F. Kennedy"
        return text.substring(starts[keep - 1], to);
    }

    /** The end of word {@code k} of {@link #nameEndingAt}'s words, nearest first: the surname's is {@code to}. */
    private static int wordEnd(int[] starts, int k, int to) {
        return k == 0 ? to : starts[k - 1] - 1;
    }

    /** Whether {@code text[from, to)} may be a word of a person's name. */
    private static boolean isNameWord(String text, int from, int to) {
        boolean lower = false;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') return false;
            lower |= c >= 'a' && c <= 'z';
            ascii &= c < 128;
        }
        // an all-capitals word is an acronym ("CNN"), not a first name; initials ("M.") are fine
        if (to - from <= 1 || text.charAt(to - 1) == '.') return true;
        if (ascii) return lower;
        String w = text.substring(from, to);
        return !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** A person's name at the end of a longer speaker ("Kremlin spokesman Dmitry Peskov"), or null. */
    private String trailingName(String speaker, int n) {
        int k = n;
        while (k > 0 && starts[k - 1] < ends[k - 1] && Character.isUpperCase(speaker.charAt(starts[k - 1]))
                && isNameWord(speaker, starts[k - 1], ends[k - 1])) {
            k--;
        }
        int run = n - k;
        if (run < 2 || run > 3) return null;
        for (int i = k; i < n; i++) {
            if (NOT_NAME_TABLE.getLowerCase(speaker, starts[i], ends[i]) != null) return null;
        }
        return speaker.substring(starts[k], ends[n - 1]); // the words with their one space between
    }

    private static final WordTable<Boolean> HONORIFIC_TABLE = WordTable.of(HONORIFICS);
    private static final WordTable<Boolean> NOT_NAME_TABLE = WordTable.of(NOT_NAME_WORDS);
}
