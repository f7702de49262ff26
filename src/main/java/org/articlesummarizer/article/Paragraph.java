package org.articlesummarizer.article;

/** One block of the article body, in reading order. */
public record Paragraph(int index, Kind kind, String text) {

    /** What role the block plays; headings and list items are kept but scored differently. */
    public enum Kind { TEXT, HEADING, LIST_ITEM, QUOTE }

    public Paragraph {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty paragraph");
        if (kind == null) kind = Kind.TEXT;
    }
}
