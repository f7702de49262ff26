package org.articlesummarizer.summarize;

import java.util.Locale;

/**
 * How many sentences the summary has: a fixed number, or {@code auto}, which grows with the
 * article: 3 sentences up to 20 sentences of article, then one more per 15, at most 7.
 */
public record SentenceBudget(int fixed) {

    public static final SentenceBudget AUTO = new SentenceBudget(0);

    public static SentenceBudget parse(String value) {
        if (value == null || value.isBlank() || value.strip().toLowerCase(Locale.ROOT).equals("auto")) return AUTO;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > 50) throw new IllegalArgumentException("sentences must be between 1 and 50, or auto: " + value);
            return new SentenceBudget(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sentences must be a number or auto: " + value, e);
        }
    }

    public boolean isAuto() { return fixed <= 0; }

    public int sentencesFor(int articleSentences) {
        int n = isAuto() ? Math.min(7, 3 + Math.max(0, articleSentences - 20) / 15) : fixed;
        return Math.min(n, articleSentences);
    }

    @Override
    public String toString() { return isAuto() ? "auto" : Integer.toString(fixed); }
}
