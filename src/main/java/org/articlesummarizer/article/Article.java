package org.articlesummarizer.article;

import java.util.List;

/** The cleaned article: its title, the body paragraphs that belong to it, and its metadata. */
public record Article(String title, List<Paragraph> paragraphs, ArticleMetadata metadata) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        if (metadata == null) metadata = ArticleMetadata.empty(null);
    }

    /** Body text, paragraphs separated by blank lines (the title is not included). */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(p.text());
        }
        return sb.toString();
    }

    public int wordCount() {
        int words = 0;
        for (Paragraph p : paragraphs) words += countWords(p.text());
        return words;
    }

    /** Runs of letters and digits: the word count readers and reading-time estimates expect. */
    public static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
