package org.articlesummarizer.article;

/**
 * The input cannot be summarised, and trying again will not change that. Callers turn this into
 * an error report (S3), a 4xx problem (HTTP) or a non-zero exit (CLI); never into a retry.
 */
public class RejectedInputException extends RuntimeException {

    /** Why the input was rejected; the code is part of the error-report contract. */
    public enum Reason {
        EMPTY("empty", "the input is empty"),
        BINARY("binary", "the input is not text"),
        TOO_LARGE("too_large", "the input is larger than the size cap"),
        UNSUPPORTED_FORMAT("unsupported_format", "the input format is not supported"),
        MALFORMED("malformed", "the input could not be read"),
        NO_ARTICLE("no_article", "no article text was found"),
        NO_SENTENCES("no_sentences", "the article has no sentences to summarise");

        private final String code;
        private final String title;

        Reason(String code, String title) {
            this.code = code;
            this.title = title;
        }

        public String code() { return code; }

        public String title() { return title; }
    }

    private final Reason reason;

    public RejectedInputException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
