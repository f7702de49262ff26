package org.articlesummarizer.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.articlesummarizer.text.Tokenizer;

/**
 * The publication details a news page prints above its story: the byline ("By Jane Doe, Daily
 * Mail Reporter"), the time stamps ("Published: 12:22 EST, 5 March 2013 | Updated: 14:10 EST"),
 * a bare date ("March 25, 2015"), a label waiting for its list ("Latest developments:") or a
 * bracketed editor's note. When such lines reach the sentence splitter as one run of text (text
 * copied from a page, corpora that join lines with " . "), they come out as the first "sentences"
 * of the article. They say nothing the story claims, and the story's lead is the sentence after
 * them: the summariser counts positions from there, as it does after a leading photo caption.
 */
final class Masthead {

    /** Words a time stamp is made of, besides numbers: months, days, zones, "published", "updated". */
    private static final Set<String> STAMP_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "am", "pm", "a", "p", "m", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "bst",
            "utc", "et", "pt", "published", "updated", "last", "posted", "modified", "at", "on", "st", "nd", "rd", "th");
    /** Lower-case words a byline's names may be joined with. */
    private static final Set<String> CONNECTORS = Set.of("and", "for", "in", "of", "the", "de", "van", "von", "-");
    /** In lower-cased text, "daily mail reporter", "jane doe and john roe": at most this many words. */
    private static final int LOWER_CASE_NAME_WORDS = 5;
    /** A byline is short: a name or two and a title ("daily mail reporter", "jane doe and john roe for mailonline"). */
    private static final int BYLINE_MAX_WORDS = 8;
    /** What separates the words of a byline: spaces, commas, the periods of joined lines, bars. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,.|]+");

    private Masthead() {
    }

    /**
     * Whether a sentence is a byline, a time stamp, a bare label or an editor's note, given its
     * {@link Tokenizer#words} and those of the sentence before it (null for the first), for context.
     */
    static boolean isDetail(String text, List<String> words, List<String> previousWords) {
        if (words.isEmpty()) return true;
        if (isByline(text, words)) return true;
        // "By ." then the name on its own: the byline, split at the period a joined line left
        if (previousWords != null && previousWords.equals(List.of("by")) && isName(text, 0, words.size())) {
            return true;
        }
        return isStamp(words) || isBareLabel(text) || isBracketed(text);
    }

    /**
     * "By" alone, or "By" and names ("By Jane Doe and John Roe for MailOnline"): not "By Monday it
     * was over", whose words after the first are not all names.
     */
    private static boolean isByline(String text, List<String> words) {
        if (!words.get(0).equals("by")) return false;
        // lower-cased, "by monday it was over" looks like a name: there only "by" alone counts
        return words.size() == 1 || !text.equals(text.toLowerCase(Locale.ROOT)) && isName(text, 1, words.size() - 1);
    }

    /**
     * Whether the words of the text from the {@code from}-th on are names: short, and in capitals
     * but for joining words. Lower-cased copies have no capitals to go by: there, a few words.
     */
    private static boolean isName(String text, int from, int wordCount) {
        if (wordCount > BYLINE_MAX_WORDS) return false;
        if (text.equals(text.toLowerCase(Locale.ROOT))) return wordCount <= LOWER_CASE_NAME_WORDS;
        String[] tokens = NAME_SEPARATORS.split(text.strip());
        for (int i = from; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty() || CONNECTORS.contains(t)) continue;
            if (!Character.isUpperCase(t.charAt(0))) return false;
        }
        return true;
    }

    /** Only numbers and time-stamp words, with a number or a month among them. */
    static boolean isStamp(List<String> words) {
        boolean dated = false;
        for (String w : words) {
            if (Character.isDigit(w.charAt(0))) {
                dated = true;
            } else if (!STAMP_WORDS.contains(w)) {
                return false;
            }
        }
        return dated || words.size() == 1 && (words.get(0).equals("published") || words.get(0).equals("updated"));
    }

    /** A few words and a colon with nothing after it ("Latest developments: ."). */
    private static boolean isBareLabel(String text) {
        String t = withoutFinalPeriod(text);
        return t.endsWith(":") && Tokenizer.words(t).size() <= 4;
    }

    /** The whole sentence in square brackets: "[Breaking news update, posted 9:04 p.m. ET]". */
    private static boolean isBracketed(String text) {
        String t = withoutFinalPeriod(text);
        return t.startsWith("[") && t.indexOf(']') == t.length() - 1;
    }

    /** "Latest developments: ." -> "Latest developments:": the period a joined line was given. */
    private static String withoutFinalPeriod(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
