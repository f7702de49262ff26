package org.articlesummarizer.render;

/**
 * Where the input came from, for the {@code source} block of the JSON contract. Any field may be
 * null (an HTTP request has no bucket or key).
 */
public record SourceInfo(String bucket, String key, String versionId, String eTag, String sequencer,
                         String contentType, long bytes, String sha256) {

    public static SourceInfo ofBytes(String contentType, byte[] bytes) {
        return new SourceInfo(null, null, null, null, null, contentType, bytes.length, Sha256.hex(bytes));
    }
}
