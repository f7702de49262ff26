package org.articlesummarizer.aws.http;

import java.util.Map;

/**
 * Stops handling a request with a problem response; carries the {@link Problem} to send and any
 * header the response needs ({@code Allow} on a 405).
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Response headers that belong with the problem, names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }
}
