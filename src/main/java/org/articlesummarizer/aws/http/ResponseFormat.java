package org.articlesummarizer.aws.http;

import java.util.List;
import java.util.Locale;

/** What a summary response is written as: the JSON contract, or Markdown for people. */
public enum ResponseFormat {
    JSON("application", "json"),
    MARKDOWN("text", "markdown");

    private final String type;
    private final String subtype;

    ResponseFormat(String type, String subtype) {
        this.type = type;
        this.subtype = subtype;
    }

    /** The Content-Type of the response. */
    public String contentType() {
        return type + "/" + subtype + "; charset=utf-8";
    }

    /** From a {@code format} parameter: {@code json}, {@code markdown} (or {@code md}); null when absent. */
    static ResponseFormat fromParameter(String value) {
        if (value == null) return null;
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "json":
                return JSON;
            case "markdown":
            case "md":
                return MARKDOWN;
            default:
                throw new ProblemException(SummaryRequest.invalidParameter(
                        "format must be json or markdown, not \"" + value + "\""));
        }
    }

    /**
     * By the Accept header: the format the client prefers, JSON on a tie or without Accept.
     * Throws a 406 problem when the client accepts neither.
     */
    static ResponseFormat negotiate(String accept) {
        List<MediaType> ranges = MediaType.parseAccept(accept);
        double json = MediaType.acceptance(ranges, JSON.type, JSON.subtype);
        double markdown = MediaType.acceptance(ranges, MARKDOWN.type, MARKDOWN.subtype);
        if (json <= 0 && markdown <= 0) {
            throw new ProblemException(Problem.of(406, "not_acceptable", "No acceptable response format",
                    "the summary is available as application/json or text/markdown; the Accept header ("
                            + accept + ") allows neither; or ask with ?format=json|markdown"));
        }
        return markdown > json ? MARKDOWN : JSON;
    }
}
