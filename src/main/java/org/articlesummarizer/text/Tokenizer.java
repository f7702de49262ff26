package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lower-cased word tokens: runs of letters and digits (apostrophes dropped). */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                // any other character ends a word: "China's" -> "china" + "s" keeps the stem intact
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
