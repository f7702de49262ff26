package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            } else if ((c == '\'' || c == '’') && word.length() > 0) {
                // "China's" -> "china" + "s": keep the stem intact for overlap counts
                flush(word, out);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
