package org.articlesummarizer.article;

/**
 * The raw input as it arrived: bytes, a name (S3 key, file name or "request") and the declared
 * content type, which may be null. Nothing has been decoded yet.
 */
public record InputDocument(byte[] bytes, String name, String contentType) {

    public InputDocument {
        if (bytes == null) bytes = new byte[0];
        if (name == null) name = "";
    }
}
