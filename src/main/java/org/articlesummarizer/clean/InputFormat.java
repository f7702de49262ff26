package org.articlesummarizer.clean;

/** The formats the pipeline reads. */
public enum InputFormat {
    HTML("html"), TEXT("text"), MARKDOWN("markdown"), JSON("json");

    private final String wireName;

    InputFormat(String wireName) { this.wireName = wireName; }

    public String wireName() { return wireName; }
}
