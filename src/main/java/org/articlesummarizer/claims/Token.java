package org.articlesummarizer.claims;

import java.util.Locale;

/**
 * One token of a sentence, by its offsets (end exclusive): a word ("U.S.", "Peskov", "don't"), a
 * quotation mark, or another punctuation mark. Its text is cut from the sentence only when asked.
 * A token is reused for the token at the same position of the next sentence ({@link Tokens} keeps
 * them): allocating a fresh one per word made up almost half of the annotation's allocation.
 */
final class Token {

    enum Type { WORD, OPEN_QUOTE, CLOSE_QUOTE, AMBIGUOUS_QUOTE, PUNCT }

    private String sentence;
    private int start;
    private int end;
    private Type type;
    private String text;
    private String lower;

    Token(String sentence, int start, int end, Type type) {
        set(sentence, start, end, type);
    }

    /** Makes this the token at {@code sentence[start, end)}, forgetting the text cut for the last one. */
    void set(String sentence, int start, int end, Type type) {
        this.sentence = sentence;
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

    String text() {
        if (text == null) text = sentence.substring(start, end);
        return text;
    }

    String lower() {
        if (lower == null) lower = text().toLowerCase(Locale.ROOT);
        return lower;
    }

    char first() {
        return sentence.charAt(start);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isQuote() {
        return type == Type.OPEN_QUOTE || type == Type.CLOSE_QUOTE || type == Type.AMBIGUOUS_QUOTE;
    }

    boolean is(String punct) {
        return end - start == punct.length() && sentence.startsWith(punct, start);
    }

    boolean capitalised() {
        return type == Type.WORD && Character.isUpperCase(sentence.charAt(start));
    }

    @Override
    public String toString() {
        return text();
    }
}
