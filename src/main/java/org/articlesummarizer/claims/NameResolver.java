package org.articlesummarizer.claims;

import java.util.ArrayList;
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
        String[] words = words(speaker);
        String resolved = null;
        if (words.length == 1 || words.length == 2 && HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT))) {
            String surname = words[words.length - 1];
            if (Character.isUpperCase(surname.charAt(0))) resolved = byLastName(surname, index, speakerStart);
            if (resolved != null) lastPerson = resolved;
        } else {
            String full = trailingName(words);
            if (full != null) lastPerson = full;
        }
        return resolved;
    }

    /** {@code speaker.split(" ")}, cut with indexOf: split's list and copy showed in profiles of the annotation. */
    private static String[] words(String speaker) {
        int n = 1;
        for (int p = speaker.indexOf(' '); p >= 0; p = speaker.indexOf(' ', p + 1)) n++;
        if (n == 1) return new String[] {speaker};
        String[] words = new String[n];
        int from = 0;
        for (int k = 0; k < n - 1; k++) {
            int p = speaker.indexOf(' ', from);
            words[k] = speaker.substring(from, p);
            from = p + 1;
        }
        words[n - 1] = speaker.substring(from);
        int size = n;
        while (size > 0 && words[size - 1].isEmpty()) size--; // as split: no trailing empty strings
        return size == n ? words : Arrays.copyOf(words, size);
    }

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
        // a surname can only match after a space (nameEndingAt wants one): search for both at once
        // with String.indexOf, which the JIT vectorises; most sentences hold no match at all, and a
        // character loop per sentence (or an index of every capitalised word in it) cost more
        String pattern = " " + surname;
        int[] found = this.found;
        for (int s = index; s >= stop; s--) {
            String text = sentences.get(s).text();
            int last = (s == index ? limit : text.length()) - surname.length();
            int count = 0;
            for (int p = text.indexOf(pattern); p >= 0 && p + 1 <= last; p = text.indexOf(pattern, p + 1)) {
                if (count == found.length) found = this.found = Arrays.copyOf(found, 2 * count);
                found[count++] = p + 1;
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
        List<String> words = new ArrayList<>();
        words.add(text.substring(from, to));
        int end = from - 1;
        while (end > 0 && words.size() < 4) {
            int start = end;
            while (start > 0 && text.charAt(start - 1) != ' ') start--;
            String w = text.substring(start, end);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !isNameWord(w)) break;
            words.add(0, w);
            end = start - 1;
            if (end < 0 || text.charAt(end) != ' ') break;
        }
        while (!words.isEmpty() && (HONORIFICS.contains(words.get(0).toLowerCase(Locale.ROOT))
                || NOT_NAME_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT)))) {
            words.remove(0);
        }
        if (words.size() < 2) return null;
        for (String w : words) if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return null;
        int keep = words.size() >= 3 && words.get(words.size() - 2).endsWith(".") ? 3 : 2;
        return String.join(" ", words.subList(words.size() - keep, words.size()));
    }

    private static boolean isNameWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') return false;
        }
        // an all-capitals word is an acronym ("CNN"), not a first name; initials ("M.") are fine
        return !(w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.endsWith("."));
    }

    /** A person's name at the end of a longer speaker ("Kremlin spokesman Dmitry Peskov"), or null. */
    private static String trailingName(String[] words) {
        int k = words.length;
        while (k > 0 && !words[k - 1].isEmpty() && Character.isUpperCase(words[k - 1].charAt(0))
                && isNameWord(words[k - 1])) {
            k--;
        }
        int run = words.length - k;
        if (run < 2 || run > 3) return null;
        for (int i = k; i < words.length; i++) {
            if (NOT_NAME_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }
}
