package org.articlesummarizer.render;

/** The product's name as written into every output. */
public final class SummaryInfo {
    public static final String NAME = "article-summarizer";

    private SummaryInfo() {
    }
}
