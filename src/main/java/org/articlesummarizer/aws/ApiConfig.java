package org.articlesummarizer.aws;

import java.util.Map;

import org.articlesummarizer.summarize.SentenceBudget;

/**
 * The HTTP API function's configuration, read once from environment variables (set in
 * template.yaml; {@code serve} reads the same ones). A wrong value fails at start-up with a
 * message that names the variable.
 *
 * @param sentences       SUMMARY_SENTENCES: sentences when a request names none
 * @param maxRequestBytes MAX_REQUEST_BYTES: the largest request body, after base64 decoding
 */
public record ApiConfig(SentenceBudget sentences, long maxRequestBytes) {

    /**
     * 4 MiB. Lambda takes at most 6 MB per synchronous invocation and API Gateway may pass the
     * body base64-encoded (4/3 larger): 4 MiB encoded is 5.6 MB, still under. API Gateway's own
     * cap (10 MB) would let through requests that Lambda then refuses without a useful answer.
     */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

    public ApiConfig {
        if (sentences == null) sentences = SentenceBudget.AUTO;
        if (maxRequestBytes <= 0) throw new IllegalArgumentException("MAX_REQUEST_BYTES must be positive");
    }

    public static ApiConfig defaults() {
        return new ApiConfig(SentenceBudget.AUTO, DEFAULT_MAX_REQUEST_BYTES);
    }

    public static ApiConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static ApiConfig from(Map<String, String> env) {
        SentenceBudget budget = FunctionConfig.summarySentences(env);
        String max = env.get("MAX_REQUEST_BYTES");
        if (max == null || max.isBlank()) return new ApiConfig(budget, DEFAULT_MAX_REQUEST_BYTES);
        try {
            return new ApiConfig(budget, Long.parseLong(max.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MAX_REQUEST_BYTES must be a number of bytes, not " + max, e);
        }
    }
}
