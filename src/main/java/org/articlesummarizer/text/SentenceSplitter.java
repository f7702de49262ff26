package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A boundary is a run of . ! ? (or an ellipsis), optionally
 * followed by closing quotes or brackets, then white space and the start of a new sentence. The
 * period of a known abbreviation, an initial or a decimal is not a boundary.
 */
public final class SentenceSplitter {

    /** Abbreviations (lower case, without the final period) whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "sen", "rep", "gov", "gen", "col", "lt",
            "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "bros", "dept", "univ", "approx",
            "est", "fig", "vol", "pp", "op", "ed", "eds", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m",
            "p.m", "d.c", "u.s.a", "e.u", "ph.d", "b.a", "m.a", "ave", "blvd", "rd", "messrs",
            "mmes", "msgr", "gens", "reps", "sens", "govs", "atty", "ald", "assn", "ariz", "calif",
            "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
            "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
            "wis", "wyo");

    /** Abbreviations that take a number after them ("No. 10", "Vol. 3"). */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "vol", "fig", "pp", "art", "p");

    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isTerminal(text.charAt(end))) end++;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (isBoundary(text, start, i, end)) {
                    add(out, text.substring(start, end));
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isBoundary(String text, int sentenceStart, int punct, int end) {
        int n = text.length();
        if (end >= n) return true;
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int next = end;
        while (next < n && Character.isWhitespace(text.charAt(next))) next++;
        if (next >= n) return true;
        char following = text.charAt(next);
        if (text.charAt(punct) != '.' || end - punct > 1) {
            // ! ? … and runs like "..." end a sentence when a capital or an opening quote follows
            return startsSentence(following);
        }
        String word = wordBefore(text, sentenceStart, punct);
        String lower = word.toLowerCase(Locale.ROOT);
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(following)) return false;
        if (ABBREVIATIONS.contains(lower) && !BEFORE_NUMBER.contains(lower)) return false;
        // a single capital letter is an initial ("John F. Kennedy")
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
        return startsSentence(following);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\''
                || c == '‘' || c == '(' || c == '[' || c == '«' || c == '—' || c == '-';
    }

    /** The token just before position {@code punct}, periods inside it kept ("U.S" for "U.S."). */
    private static String wordBefore(String text, int from, int punct) {
        int s = punct;
        while (s > from) {
            char c = text.charAt(s - 1);
            if (Character.isLetterOrDigit(c) || c == '.') s--;
            else break;
        }
        return text.substring(s, punct);
    }

    private static void add(List<String> out, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) out.add(trimmed);
    }
}
