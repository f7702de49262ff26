package org.articlesummarizer.aws;

import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.summarize.SentenceBudget;

/**
 * The function's configuration, read once from environment variables (set in template.yaml).
 * A wrong value fails at start-up with a message that names the variable.
 */
public record FunctionConfig(String inputPrefix, String outputPrefix, String outputBucket,
                             SentenceBudget sentences, long maxInputBytes, Set<OutputFormat> outputFormats,
                             URI s3Endpoint) {

    /** Which files a summary is written as. */
    public enum OutputFormat { JSON, MD }

    public static FunctionConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static FunctionConfig from(Map<String, String> env) {
        String input = prefix(env.getOrDefault("INPUT_PREFIX", "incoming/"));
        String output = prefix(env.getOrDefault("OUTPUT_PREFIX", "summaries/"));
        if (input.startsWith(output) || output.startsWith(input)) {
            throw new IllegalArgumentException("INPUT_PREFIX (" + input + ") and OUTPUT_PREFIX (" + output
                    + ") must not contain each other: summaries would trigger new summaries");
        }
        String bucket = blankToNull(env.get("OUTPUT_BUCKET"));
        SentenceBudget budget = summarySentences(env);
        long max;
        try {
            max = Long.parseLong(env.getOrDefault("MAX_INPUT_BYTES",
                    Long.toString(SummaryPipeline.DEFAULT_MAX_INPUT_BYTES)).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MAX_INPUT_BYTES must be a number of bytes", e);
        }
        if (max <= 0) throw new IllegalArgumentException("MAX_INPUT_BYTES must be positive");
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String f : env.getOrDefault("OUTPUT_FORMATS", "json,md").split(",")) {
            String name = f.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) continue;
            if (name.equals("MARKDOWN")) name = "MD";
            try {
                formats.add(OutputFormat.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("OUTPUT_FORMATS: unknown format " + f.strip() + " (json, md)", e);
            }
        }
        if (formats.isEmpty()) throw new IllegalArgumentException("OUTPUT_FORMATS names no format (json, md)");
        String endpoint = blankToNull(env.get("S3_ENDPOINT_URL"));
        return new FunctionConfig(input, output, bucket, budget, max, formats,
                endpoint == null ? null : URI.create(endpoint));
    }

    /** SUMMARY_SENTENCES (default auto), read the same way by both functions. */
    static SentenceBudget summarySentences(Map<String, String> env) {
        try {
            return SentenceBudget.parse(env.getOrDefault("SUMMARY_SENTENCES", "auto"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SUMMARY_SENTENCES: " + e.getMessage(), e);
        }
    }

    /** The bucket summaries go to: OUTPUT_BUCKET, or the bucket the input came from. */
    public String outputBucketFor(String inputBucket) {
        return outputBucket != null ? outputBucket : inputBucket;
    }

    private static String prefix(String p) {
        String s = p.strip();
        while (s.startsWith("/")) s = s.substring(1);
        if (!s.isEmpty() && !s.endsWith("/")) s = s + "/";
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
