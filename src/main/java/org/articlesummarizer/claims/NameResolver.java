package org.articlesummarizer.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves a speaker written as a pronoun ("he") or a short name ("Sullivan", "Mr. Peskov") to
 * the full name the article used earlier ("Jake Sullivan"). Reads the article in order: {@link
 * #read} every sentence, then {@link #resolve} the speaker found in it.
 */
final class NameResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
            "gen.", "prof.", "president", "senator", "governor", "secretary", "judge", "mayor", "rev.");
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "but", "and", "in", "on", "at",
            "as", "when", "after", "if", "while", "for", "with", "by", "from", "to", "of", "this", "that",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "house", "senate", "party", "news", "times", "post", "street", "university", "department",
            "ministry", "agency", "county", "state", "states", "city", "office", "committee", "campaign",
            "foundation", "institute", "association", "council", "court", "service", "administration");

    /** Full names (two or three capitalised words) in the order the article mentions them. */
    private final List<String> names = new ArrayList<>();
    private String lastPerson;

    /** Takes note of the full names a sentence mentions. */
    void read(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) { i++; continue; }
            int j = i;
            while (j < tokens.size() && tokens.get(j).capitalised()) j++;
            addName(tokens.subList(i, j));
            i = j;
        }
    }

    private void addName(List<Token> run) {
        List<String> words = new ArrayList<>();
        for (Token t : run) words.add(t.text());
        // drop leading titles and sentence openers: "President Barack Obama" -> "Barack Obama"
        while (!words.isEmpty() && (HONORIFICS.contains(words.get(0).toLowerCase())
                || NOT_NAME_WORDS.contains(words.get(0).toLowerCase()))) {
            words.remove(0);
        }
        if (words.size() < 2) return;
        for (String w : words) {
            String l = w.toLowerCase();
            if (NOT_NAME_WORDS.contains(l) || w.length() > 1 && w.equals(w.toUpperCase()) && !w.endsWith(".")) return;
        }
        int keep = Math.min(words.size(), words.size() >= 3 && words.get(words.size() - 2).endsWith(".") ? 3 : 2);
        names.add(String.join(" ", words.subList(words.size() - keep, words.size())));
    }

    /**
     * The full name behind the speaker, or null when the speaker is already full or unknown.
     * Call after {@link #read} of the earlier sentences; records the speaker for later pronouns.
     */
    String resolve(String speaker) {
        if (speaker == null) return null;
        String lower = speaker.toLowerCase();
        if (PERSONAL.contains(lower)) {
            return lastPerson;
        }
        String[] words = speaker.split("\\s+");
        String resolved = null;
        String full = null;
        if (words.length == 1 || words.length == 2 && HONORIFICS.contains(words[0].toLowerCase())) {
            String surname = words[words.length - 1];
            if (Character.isUpperCase(surname.charAt(0))) resolved = byLastName(surname);
        } else {
            full = trailingName(speaker);
        }
        if (resolved != null) lastPerson = resolved;
        else if (full != null) lastPerson = full;
        return resolved;
    }

    private String byLastName(String surname) {
        for (int k = names.size() - 1; k >= 0; k--) {
            String n = names.get(k);
            if (n.endsWith(" " + surname)) return n;
        }
        return null;
    }

    /** A person's name at the end of a longer speaker span ("Kremlin spokesman Dmitry Peskov"). */
    private static String trailingName(String speaker) {
        String[] words = speaker.split("\\s+");
        int k = words.length;
        while (k > 0 && !words[k - 1].isEmpty() && Character.isUpperCase(words[k - 1].charAt(0))
                && !words[k - 1].endsWith(",")) {
            k--;
        }
        int run = words.length - k;
        if (run < 2 || run > 3) return null;
        for (int i = k; i < words.length; i++) if (NOT_NAME_WORDS.contains(words[i].toLowerCase())) return null;
        return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }
}
