package org.articlesummarizer.aws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One "object created" notification, whatever carried it (an S3 event record, a local folder).
 *
 * @param key the object key, already URL-decoded
 */
public record ObjectEvent(String bucket, String key, String eTag, String versionId, String sequencer) {

    /** S3 event keys are URL-encoded with '+' for space ("My+Article%21.html" -> "My Article!.html"). */
    public static String decodeKey(String rawKey) {
        return URLDecoder.decode(rawKey, StandardCharsets.UTF_8);
    }
}
