package org.articlesummarizer.claims;

/**
 * One token of a sentence, by its offsets (end exclusive): a word ("U.S.", "Peskov", "don't"), a
 * quotation mark, or another punctuation mark. Its text is cut from the sentence only when asked.
 *
 * <p>Tokens belong to a {@link Tokens}, which reuses them for the next sentence (allocating a
 * fresh one per word made up almost half of the annotation's allocation); they read the
 * tokenizer's copy of the sentence's characters, and take their text and lower-case form from its
 * per-article table of words, so that a word met again costs no new strings.
 */
final class Token {

    enum Type { WORD, OPEN_QUOTE, CLOSE_QUOTE, AMBIGUOUS_QUOTE, PUNCT }

    private final Tokens owner;
    private char[] chars;
    private int start;
    private int end;
    private Type type;
    private String text;
    private String lower;
    /** {@code lower().hashCode()}, once {@link #hashed}; {@link #plain} when the characters are lower-cased here (see {@link #set}). */
    private int lowerHash;
    private boolean hashed;
    private boolean plain;

    Token(Tokens owner) {
        this.owner = owner;
    }

    /**
     * Makes this the token at {@code chars[start, end)}, forgetting the text of the last one. The
     * hash of its lower case is taken here, from characters the tokenizer has just read: the rules
     * ask word sets of most tokens, at some seventy places, and a hash computed on first asking was
     * compiled into each of them.
     */
    void set(char[] chars, int start, int end, Type type) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.type = type;
        text = null;
        lower = null;
        int h = 0;
        boolean simple = true;
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c >= 128 && !Tokens.isDashOrQuote(c)) {
                simple = false; // past ASCII lower case may change the length: the general way, when asked
                break;
            }
            h = 31 * h + Tokens.lowerAscii(c);
        }
        lowerHash = h;
        plain = simple;
        hashed = simple;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    Type type() {
        return type;
    }

    /** The characters of the sentence this token is in, read from {@link #start} to {@link #end}. */
    char[] chars() {
        return chars;
    }

    String text() {
        if (text == null) text = owner.text(start, end);
        return text;
    }

    String lower() {
        if (lower == null) lower = owner.lower(start, end);
        return lower;
    }

    /**
     * {@code lower().hashCode()}, taken from the characters where the token stands ({@link #set}) for
     * ASCII and the curly quotes and dashes, which have no case, as {@link WordCache} lower-cases
     * them; other letters take the general way, through the string. The rules ask their word sets of
     * token after token ({@link WordSet#contains(Token)}), and most tokens are asked only that, so
     * they need no string of their own.
     */
    int lowerHash() {
        if (!hashed) {
            lowerHash = lower().hashCode();
            hashed = true;
        }
        return lowerHash;
    }

    /** Whether {@code lower().equals(word)}, read from the characters where they can be. */
    boolean lowerIs(String word) {
        if (!plain) return lower().equals(word);
        return word.length() == end - start && lowerAt(start, word);
    }

    /** {@code lower().length()}. */
    int lowerLength() {
        return plain ? end - start : lower().length();
    }

    /** Whether {@code lower().startsWith(prefix)}, read from the characters where they can be. */
    boolean lowerStartsWith(String prefix) {
        if (!plain) return lower().startsWith(prefix);
        return prefix.length() <= end - start && lowerAt(start, prefix);
    }

    /** Whether {@code lower().endsWith(suffix)}, read from the characters where they can be. */
    boolean lowerEndsWith(String suffix) {
        if (!plain) return lower().endsWith(suffix);
        return suffix.length() <= end - start && lowerAt(end - suffix.length(), suffix);
    }

    /**
     * Whether the characters from {@code at} are {@code s} once lower-cased (ASCII only: for a
     * {@link #plain} token, whose other characters have no case); the caller has checked they fit.
     */
    private boolean lowerAt(int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != Tokens.lowerAscii(chars[at + k])) return false;
        }
        return true;
    }

    char first() {
        return chars[start];
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isQuote() {
        return type == Type.OPEN_QUOTE || type == Type.CLOSE_QUOTE || type == Type.AMBIGUOUS_QUOTE;
    }

    /**
     * Whether the token is the one character {@code c}: most tokens asked so are punctuation (",", ")",
     * "."), and a test this small is inlined wherever the rules ask it.
     */
    boolean is(char c) {
        return end - start == 1 && chars[start] == c;
    }

    boolean is(String punct) {
        int n = punct.length();
        if (end - start != n) return false;
        for (int k = 0; k < n; k++) if (chars[start + k] != punct.charAt(k)) return false;
        return true;
    }

    boolean capitalised() {
        return type == Type.WORD && Tokens.isUpperCase(chars[start]);
    }

    @Override
    public String toString() {
        return text();
    }
}
