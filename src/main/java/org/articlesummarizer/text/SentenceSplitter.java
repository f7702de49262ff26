package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A boundary is a run of . ! ? (or an ellipsis), optionally
 * followed by closing quotes or brackets, then white space and the start of a new sentence.
 *
 * <p>What is not a boundary: the period of a title ("Mr.", "Sen.", "Gov."), a month ("Jan. 5"),
 * "No. 10", an initial ("John F. Kennedy", "J.K. Rowling"), a decimal ("1.5"), an ellipsis or a
 * quote followed by a lower-case word ("... and then", "“Stop!” she said."), and a "?" or "!"
 * inside quotes followed by a speech verb ("“Why?” asked Smith."). Abbreviations that can end a
 * sentence ("U.S.", "p.m.", "Inc.") end one only when a function word starts the next ("... in
 * the U.S. The ...", but not "U.S. President").
 *
 * <p>Text written all in lower case (pre-tokenised corpora) has no capitals to look for, so
 * there any letter, digit or quote may start a sentence.
 */
public final class SentenceSplitter {

    /** Abbreviations (lower case, without the final period) that never end a sentence: titles, months. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt",
            "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "vs", "v", "messrs", "mmes", "msgr", "gens", "reps", "sens", "govs", "atty", "ald", "cpl", "pvt",
            "fr", "e.g", "i.e", "cf", "approx", "fig", "vol", "pp", "op", "al", "ave", "blvd", "rd",
            "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "md", "mass", "mich", "minn",
            "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

    /** Abbreviations that may also be the last word of a sentence. */
    private static final Set<String> MAY_END = Set.of(
            "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "u.s.a", "e.u", "ph.d", "b.a", "m.a", "inc", "ltd",
            "co", "corp", "bros", "dept", "etc", "est", "assn", "univ", "jr", "sr", "no");

    /** Words that continue a clock time ("7 p.m. ET Monday"); any other capital after "p.m." starts a sentence. */
    private static final Set<String> AFTER_TIME = Set.of("et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst",
            "pdt", "gmt", "bst", "utc", "local", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "jan", "january", "feb", "february", "march", "april", "may", "june", "july",
            "august", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

    /** Abbreviations that take a number after them ("No. 10", "Vol. 3"). */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "vol", "fig", "pp", "art", "p");

    /** Verbs that continue a sentence after a quoted question or exclamation. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "asked", "asks", "added", "adds",
            "told", "wrote", "writes", "replied", "shouted", "yelled", "cried", "insisted", "continued");

    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        boolean lowerCaseText = !hasUpperCase(text);
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isTerminal(text.charAt(end))) end++;
                int closers = end;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (isBoundary(text, start, i, closers, end, lowerCaseText)) {
                    end = afterSpacedCloser(text, start, end);
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

    /**
     * Pre-tokenised text spaces quote marks out ("... he said : ' we won . ' the club ..."), so the
     * quote that closes a sentence stands after the period like one that opens the next. When the
     * sentence so far has an odd number of such lone quote marks, a lone mark after the period
     * closes it and belongs to it: otherwise the next sentence would start with a stray quote and
     * read as a quotation. A lone mark after a word in -s, when no quote is open, is a plural
     * possessive ("the players ' wages"), as {@code QuoteTracker} reads it too.
     */
    private static int afterSpacedCloser(String text, int sentenceStart, int end) {
        int n = text.length();
        int q = end;
        while (q < n && Character.isWhitespace(text.charAt(q))) q++;
        int qe = q;
        while (qe < n && isQuoteMark(text.charAt(qe))) qe++;
        if (qe == q || qe - q > 2 || qe < n && !Character.isWhitespace(text.charAt(qe))) return end;
        if (isClosingOnly(text.charAt(q))) return qe;
        int lone = 0;
        int i = sentenceStart;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int t = i;
            boolean quotesOnly = true;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                if (!isQuoteMark(text.charAt(i))) quotesOnly = false;
                i++;
            }
            // "the red wings ' drew miller": after a word in -s, with no quote open, a plural possessive
            boolean possessive = lone % 2 == 0 && t > sentenceStart + 1 && text.charAt(t - 2) == 's';
            if (i > t && quotesOnly && !possessive) lone++;
        }
        return lone % 2 == 1 ? qe : end;
    }

    private static boolean isQuoteMark(char c) {
        return c == '\'' || c == '"' || c == '‘' || c == '’' || c == '“' || c == '”' || c == '`';
    }

    /** Quote marks that only ever close a quotation (’ is also an apostrophe, but never spaced out alone). */
    private static boolean isClosingOnly(char c) {
        return c == '’' || c == '”';
    }

    private static boolean hasUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isUpperCase(text.charAt(i))) return true;
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isBoundary(String text, int sentenceStart, int punct, int closers, int end,
                                      boolean lowerCaseText) {
        int n = text.length();
        if (end >= n) return true;
        if (!Character.isWhitespace(text.charAt(end))) return !lowerCaseText && gluedToNextSentence(text, sentenceStart, punct, end);
        int next = end;
        while (next < n && Character.isWhitespace(text.charAt(next))) next++;
        if (next >= n) return true;
        char following = text.charAt(next);
        String nextWord = wordAt(text, next).toLowerCase(Locale.ROOT);
        if (lowerCaseText) {
            // "dr ." is a token of its own in pre-tokenised text; a period glued to a word is an abbreviation
            if (text.charAt(punct) == '.' && closers - punct == 1 && punct > sentenceStart
                    && !Character.isWhitespace(text.charAt(punct - 1))) {
                String word = wordBefore(text, sentenceStart, punct);
                if (TITLES.contains(word) || MAY_END.contains(word) || word.length() == 1) return false;
            }
            if (isClosingOnly(following)) {
                // a curly closing quote spaced out after the period (". ’ and it seems") ends the
                // quotation and the sentence; the mark cannot open the next one
                int after = next + 1;
                while (after < n && Character.isWhitespace(text.charAt(after))) after++;
                return after > next + 1 && after < n && (Character.isLetterOrDigit(text.charAt(after)) || isOpener(text.charAt(after)));
            }
            return Character.isLetterOrDigit(following) || isOpener(following);
        }
        if (text.charAt(punct) != '.' || closers - punct > 1) {
            // ! ? … and runs like "...": a quoted question followed by "asked Smith" goes on
            if (end > closers && SPEECH_VERBS.contains(nextWord)) return false;
            return startsSentence(following);
        }
        String word = wordBefore(text, sentenceStart, punct);
        String lower = word.toLowerCase(Locale.ROOT);
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(following)) return false;
        if (TITLES.contains(lower)) return false;
        if (lower.equals("a.m") || lower.equals("p.m")) return !AFTER_TIME.contains(nextWord) && startsSentence(following);
        if (MAY_END.contains(lower)) return StopWords.contains(nextWord) && startsSentence(following);
        // a single capital letter, or capitals joined by periods, is an initial ("John F. Kennedy", "J.K.")
        if (isInitials(word)) return false;
        return startsSentence(following);
    }

    /**
     * Scraped copy loses the space between two sentences where a paragraph break or a tag stood:
     * "won the caucus.The outcome". With no space, the end is told by its two words alone: a word in
     * lower case before the mark (not "U.S.The", "St.Louis" or "e.g.The"), and after it a capitalised
     * word that no further period joins to more ("shop at example.Example.com" stays whole).
     */
    private static boolean gluedToNextSentence(String text, int sentenceStart, int punct, int end) {
        // the word after is looked at first: it turns away decimals and "U.S." without cutting out the word before
        int n = text.length();
        if (end + 1 >= n || !Character.isUpperCase(text.charAt(end)) || !Character.isLowerCase(text.charAt(end + 1))) return false;
        int e = end + 1;
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        if (e < n - 1 && text.charAt(e) == '.' && !Character.isWhitespace(text.charAt(e + 1))) return false;
        String before = wordBefore(text, sentenceStart, punct);
        if (before.length() < MIN_GLUED_WORD || TITLES.contains(before)) return false;
        for (int k = 0; k < before.length(); k++) if (!Character.isLowerCase(before.charAt(k))) return false;
        return true;
    }

    /** A shorter word before a glued period is more often an abbreviation or a file name's stem than a sentence's end. */
    private static final int MIN_GLUED_WORD = 3;

    private static boolean isInitials(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letterSlot = i % 2 == 0;
            if (letterSlot ? !Character.isUpperCase(c) : c != '.') return false;
        }
        return true;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c) || c == '—' || c == '-';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '\'' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '`';
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

    /** The letters starting at {@code from}, after any opening quotes. */
    private static String wordAt(String text, int from) {
        int s = from;
        while (s < text.length() && !Character.isLetterOrDigit(text.charAt(s))) s++;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(s, e);
    }

    private static void add(List<String> out, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) out.add(trimmed);
    }
}
