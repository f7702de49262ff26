package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A regular expression of many alternatives ({@code "(?i)comment|share|related|..."}) that is only
 * asked whether it occurs in a string: the same answer as {@code pattern.matcher(s).find()}, found
 * faster. java.util.regex tries every alternative at every position of the string, which adds up
 * when each of a page's class names and lines is tested against fifty words. Here each alternative
 * is compiled on its own and tried only when its longest run of plain characters (a word it cannot
 * match without) occurs in the string, which {@link String#indexOf} finds quickly. A pattern whose
 * alternatives cannot be taken apart safely is run as it is.
 */
final class AlternativesPattern {

    private static final String CASE_INSENSITIVE = "(?i)";

    private final Pattern whole;
    private final boolean caseInsensitive;
    /** Per alternative, the characters any match of it contains (lower-cased when case is ignored); null: none known. */
    private final String[] literals;
    private final Pattern[] alternatives;

    private AlternativesPattern(Pattern whole, boolean caseInsensitive, String[] literals, Pattern[] alternatives) {
        this.whole = whole;
        this.caseInsensitive = caseInsensitive;
        this.literals = literals;
        this.alternatives = alternatives;
    }

    static AlternativesPattern compile(String regex) {
        Pattern whole = Pattern.compile(regex);
        boolean caseInsensitive = regex.startsWith(CASE_INSENSITIVE);
        String body = unwrapGroup(caseInsensitive ? regex.substring(CASE_INSENSITIVE.length()) : regex);
        List<String> parts = body == null ? null : splitAlternatives(body);
        if (parts == null) return new AlternativesPattern(whole, false, null, null);
        String[] literals = new String[parts.size()];
        Pattern[] alternatives = new Pattern[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            String literal = longestLiteral(parts.get(i));
            if (literal == null || literal.isEmpty()) return new AlternativesPattern(whole, false, null, null);
            literals[i] = caseInsensitive ? literal.toLowerCase(Locale.ROOT) : literal;
            alternatives[i] = Pattern.compile(parts.get(i), caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
        }
        return new AlternativesPattern(whole, caseInsensitive, literals, alternatives);
    }

    /** Whether the pattern occurs anywhere in {@code s}, as {@code Matcher.find()} answers it. */
    boolean find(String s) {
        if (literals == null) return whole.matcher(s).find();
        // without UNICODE_CASE, (?i) folds ASCII letters only; lower-casing all letters (quicker
        // than folding ASCII alone into a copy) finds every ASCII literal that folding finds, and
        // what it finds besides, the pattern itself turns down
        String folded = caseInsensitive ? s.toLowerCase(Locale.ROOT) : s;
        for (int i = 0; i < literals.length; i++) {
            if (folded.indexOf(literals[i]) >= 0 && alternatives[i].matcher(s).find()) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return whole.pattern();
    }

    /** "(a|b)" as "a|b": for a yes-or-no answer the outer group changes nothing. Null if unsure. */
    private static String unwrapGroup(String body) {
        if (!body.startsWith("(") || body.startsWith("(?") && !body.startsWith("(?:")) return body;
        int end = closing(body, 0);
        if (end < 0) return null;
        if (end != body.length() - 1) return body;
        return body.substring(body.startsWith("(?:") ? 3 : 1, end);
    }

    /** The top-level alternatives, or null where the syntax is more than this class reads. */
    private static List<String> splitAlternatives(String body) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == '(') {
                i = closing(body, i);
            } else if (c == '|') {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
            if (i < 0) return null;
        }
        parts.add(body.substring(start));
        return parts;
    }

    /**
     * The longest run of characters that every match of {@code alternative} contains, or null when
     * the alternative uses syntax this class does not read (quoting, numeric escapes, inline flags).
     */
    private static String longestLiteral(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        boolean lastWasLiteral = false;
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            if (Character.isSurrogate(c)) return null;
            if (c == '\\') {
                if (i + 1 >= alternative.length()) return null;
                char e = alternative.charAt(i + 1);
                int next = i + 2;
                if (e == 'p' || e == 'P') {
                    if (next >= alternative.length() || alternative.charAt(next) != '{') return null;
                    next = alternative.indexOf('}', next) + 1;
                    if (next == 0) return null;
                } else if (Character.isLetterOrDigit(e) && "bBwWdDsShHvVAzZG".indexOf(e) < 0) {
                    return null;
                }
                // an escaped character could join the run; ending the run is simpler and still true
                best = longer(best, run);
                lastWasLiteral = false;
                i = next;
            } else if (c == '[' || c == '(') {
                int end = closing(alternative, i);
                if (end < 0 || c == '(' && isInlineFlags(alternative, i, end)) return null;
                best = longer(best, run);
                lastWasLiteral = false;
                i = end + 1;
            } else if (c == '?' || c == '*' || c == '{' || c == '+') {
                // a quantifier makes the character before it optional (or repeatable: the run ends)
                if (c != '+' && lastWasLiteral) run.setLength(run.length() - 1);
                best = longer(best, run);
                lastWasLiteral = false;
                if (c == '{') {
                    i = alternative.indexOf('}', i);
                    if (i < 0) return null;
                }
                i++;
                if (i < alternative.length() && (alternative.charAt(i) == '?' || alternative.charAt(i) == '+')) i++;
            } else if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|') {
                if (c == ')' || c == '|') return null;
                best = longer(best, run);
                lastWasLiteral = false;
                i++;
            } else {
                run.append(c);
                lastWasLiteral = true;
                i++;
            }
        }
        return longer(best, run);
    }

    /** The longer of the best run so far and the current one, which this empties. */
    private static String longer(String best, StringBuilder run) {
        String current = run.toString();
        run.setLength(0);
        return current.length() > best.length() ? current : best;
    }

    /** "(?i)" or "(?-i)": flags that change how the rest of the alternative matches. */
    private static boolean isInlineFlags(String s, int open, int close) {
        if (close - open < 2 || s.charAt(open + 1) != '?') return false;
        for (int i = open + 2; i < close; i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-') return false;
        }
        return true;
    }

    /**
     * Index of the ')' or ']' that closes the group or character class opened at {@code open}, or -1.
     * Classes nest in Java ("[a-z&&[^q]]"), and a group's brackets inside a class are plain characters.
     */
    private static int closing(String s, int open) {
        char opener = s.charAt(open);
        char closer = opener == '[' ? ']' : ')';
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && opener == '(') {
                i = closing(s, i);
                if (i < 0) return -1;
            } else if (c == opener) {
                depth++;
            } else if (c == closer && (opener == '(' || i > open + 1) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
