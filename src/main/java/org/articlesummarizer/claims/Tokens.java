package org.articlesummarizer.claims;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Splits a sentence into {@link Token}s, keeping offsets so that spans can be cut from the text.
 *
 * <p>One instance serves one thread, article after article ({@link #startArticle}) and sentence
 * after sentence, and is itself the list of the current sentence's tokens: it reuses its token
 * objects and its character buffer, and cuts each distinct word of an article's strings once ({@link
 * WordCache}), so a sentence costs little allocation once the longest sentence has been seen. The price is that the list is valid only until the
 * next {@link #tokenize} or {@link #load} call; the annotation is done with a sentence's tokens (it
 * keeps offsets, in {@link Span}s) before it reads the next one. The scan reads a copy
 * of the characters, not {@link String#charAt}, whose bounds check per character showed up in
 * profiles for sentences with curly quotes (stored as UTF-16).
 */
final class Tokens extends AbstractList<Token> implements RandomAccess {

    private Token[] tokens = new Token[64];
    private int size;
    private char[] chars = new char[256];
    private String sentence;
    /** Where the current sentence's quotation marks and commas stand (see {@link #hasQuotationMark}); -1 for none. */
    private int lastQuotationMark;
    private int lastComma;
    private int commaBeforeLast;
    private final WordCache words = new WordCache();


    /** Readies this tokenizer for another article: no tokens, and a table of words emptied of the last article's. */
    void startArticle() {
        words.clear();
        sentence = null;
        size = 0;
    }

    /** The tokens of {@code s}; replaces those of the last sentence (see the class comment). */
    Tokens tokenize(String s) {
        int n = s.length();
        char[] cs = s == sentence ? chars : load(s);
        size = 0;
        lastQuotationMark = lastComma = commaBeforeLast = -1;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isSpace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = cs[j];
                    if (isWordChar(d)) {
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '.' || d == '-' || d == '&')
                            && j + 1 < n && isWordChar(cs[j + 1])
                            || d == ',' && j + 1 < n && isDigit(cs[j - 1]) && isDigit(cs[j + 1])) {
                        j += 2; // don't, U.S, D-R.I, AT&T, 5,000
                    } else {
                        break;
                    }
                }
                // keep the period of "U.S." and "Mr." with the word: abbreviations and initials
                if (j < n && cs[j] == '.' && isAbbreviation(cs, i, j)) j++;
                add(i, j, Token.Type.WORD);
                i = j;
            } else if (c == '“' || c == '‘' || c == '«') {
                add(i, i + 1, Token.Type.OPEN_QUOTE);
                i++;
            } else if (c == '”' || c == '»') {
                add(i, i + 1, Token.Type.CLOSE_QUOTE);
                i++;
            } else if (c == '"' || c == '\'' || c == '’' || c == '`') {
                int j = i + 1;
                // '' and `` as used by some newswires for a double quote
                if (j < n && (cs[j] == c || (c == '`' && cs[j] == '`'))) j++;
                if (c == '\'' || c == '’') {
                    if (j == i + 1) {
                        // a lone apostrophe: possessive "Sanders'" or a single quote
                        add(i, j, i > 0 && Character.isLetter(cs[i - 1]) ? Token.Type.PUNCT : Token.Type.AMBIGUOUS_QUOTE);
                        i = j;
                        continue;
                    }
                }
                add(i, j, c == '`' ? Token.Type.OPEN_QUOTE : Token.Type.AMBIGUOUS_QUOTE);
                i = j;
            } else {
                add(i, i + 1, Token.Type.PUNCT);
                i++;
            }
        }
        return this;
    }

    /**
     * Copies {@code s} into the buffer and returns it (valid to {@code s.length()}), so that a scan
     * before {@link #tokenize} (the cue pre-check) reads the same copy; forgets the last sentence's tokens.
     */
    char[] load(String s) {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        sentence = s;
        size = 0;
        lastQuotationMark = lastComma = commaBeforeLast = -1;
        return chars;
    }

    private void add(int start, int end, Token.Type type) {
        if (size == tokens.length) tokens = java.util.Arrays.copyOf(tokens, 2 * size);
        Token t = tokens[size];
        if (t == null) t = tokens[size] = new Token(this);
        t.set(chars, start, end, type);
        if (type == Token.Type.PUNCT) {
            if (end - start == 1 && chars[start] == ',') {
                commaBeforeLast = lastComma;
                lastComma = size;
            }
        } else if (type != Token.Type.WORD) {
            lastQuotationMark = size;
        }
        size++;
    }

    /**
     * Whether a token of the current sentence is a quotation mark. This and the two below are noted as
     * the tokens are cut: the speaker finder's frame rules each need such marks, and are asked word
     * after word (the quotation frame of almost every word), so a sentence without them (most have no
     * quotation mark, few a comma after their cue) is spared the rule.
     */
    boolean hasQuotationMark() {
        return lastQuotationMark >= 0;
    }

    /** The index of the last token that is a comma or a quotation mark, or -1. */
    int lastCommaOrQuotationMark() {
        return Math.max(lastComma, lastQuotationMark);
    }

    /** The index of the comma before the last comma token, or -1 when there are fewer than two. */
    int commaBeforeLast() {
        return commaBeforeLast;
    }

    /** The text of the current sentence's {@code [from, to)}, from the article's table of words. */
    String text(int from, int to) {
        return words.text(chars, from, to);
    }

    /** The same in lower case. */
    String lower(int from, int to) {
        return words.lower(chars, from, to);
    }

    @Override
    public Token get(int index) {
        java.util.Objects.checkIndex(index, size);
        return tokens[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The ASCII digits, as bits 48 to 57 of the first half of ASCII ({@link #isWordChar}). */
    private static final long DIGITS = 0x03FF000000000000L;
    /** The ASCII letters, as bits 1 to 26 and 33 to 58 of the second half ('A' is 65, 'a' is 97). */
    private static final long LETTERS = 0x07FFFFFE07FFFFFEL;

    /**
     * {@link Character#isLetterOrDigit}, with the test for ASCII inline: one bit of a mask, with no
     * branch on which range the character is in (the scans of the tokenizer and of quotations ask
     * it of every character, and letters, spaces and digits alternate unpredictably).
     */
    static boolean isWordChar(char c) {
        if (c < 128) return ((c < 64 ? DIGITS : LETTERS) >>> c & 1) != 0; // a long shifts by c mod 64
        return c != '\u00A0' && !isDashOrQuote(c) && Character.isLetterOrDigit(c); // no-break space: common in scraped copy
    }

    /** {@link Character#isUpperCase(char)}, with the test for ASCII inline: the rules ask it of most words. */
    static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@code c} lower-cased if it is an ASCII capital letter, else unchanged: the ASCII part of {@link String#toLowerCase}. */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }

    /** {@link Character#isLowerCase(char)}, with the test for ASCII inline. */
    static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c < 128 ? c <= ' ' : !isDashOrQuote(c) && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * The dashes and curly quotes of U+2010 to U+201F (– — ‘ ’ “ ”): punctuation, neither space nor
     * letter. Curly apostrophes and quotes are the commonest characters past ASCII in news copy,
     * and the Unicode tables behind the tests above cost more than this range check.
     */
    static boolean isDashOrQuote(char c) {
        return c >= '\u2010' && c <= '\u201F';
    }

    private static boolean isAbbreviation(char[] s, int from, int to) {
        for (int k = from; k < to; k++) if (s[k] == '.') return true; // U.S -> U.S.
        if (to - from == 1 && Character.isUpperCase(s[from])) return true; // initial
        if (to - from > 4 || !Character.isUpperCase(s[from])) return false; // every title below: short, capitalised
        return switch (new String(s, from, to - from)) {
            case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof",
                 "Jr", "Sr", "St", "Rev", "Adm", "Maj", "Pres", "Atty", "Sens", "Reps", "Govs" -> true;
            default -> false;
        };
    }
}
