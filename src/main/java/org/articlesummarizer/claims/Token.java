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

    Token(Tokens owner) {
        this.owner = owner;
    }

    /** Makes this the token at {@code chars[start, end)}, forgetting the text of the last one. */
    void set(char[] chars, int start, int end, Type type) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.type = type;
        text = null;
        lower = null;
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

    char first() {
        return chars[start];
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isQuote() {
        return type == Type.OPEN_QUOTE || type == Type.CLOSE_QUOTE || type == Type.AMBIGUOUS_QUOTE;
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
