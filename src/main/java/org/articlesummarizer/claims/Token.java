package org.articlesummarizer.claims;

import java.util.Locale;

/**
 * One token of a sentence with its character offsets (end exclusive): a word ("U.S.", "Peskov",
 * "don't"), a quotation mark, or another punctuation mark.
 */
record Token(String text, int start, int end, Type type) {

    enum Type { WORD, OPEN_QUOTE, CLOSE_QUOTE, AMBIGUOUS_QUOTE, PUNCT }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isQuote() {
        return type == Type.OPEN_QUOTE || type == Type.CLOSE_QUOTE || type == Type.AMBIGUOUS_QUOTE;
    }

    boolean is(String punct) {
        return text.equals(punct);
    }

    boolean capitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
