package org.articlesummarizer.aws;

import java.util.Map;

/**
 * The few object-store operations the function needs. S3 implements it; so does a local folder
 * that acts as a bucket, so both run the same handler code.
 */
public interface ObjectStore {

    /**
     * Reads an object, refusing to read more than {@code maxBytes}.
     *
     * @throws ObjectNotFoundException when there is no such object
     * @throws ObjectTooLargeException when the object is larger than {@code maxBytes}
     */
    StoredObject get(String bucket, String key, long maxBytes);

    /** The user metadata of an object, or null when there is no such object. */
    Map<String, String> metadata(String bucket, String key);

    void put(String bucket, String key, byte[] body, String contentType, Map<String, String> userMetadata);

    /** Deletes an object; deleting one that does not exist is not an error (as in S3). */
    void delete(String bucket, String key);

    /** An object read from the store. Any field but bytes may be null. */
    record StoredObject(byte[] bytes, String contentType, String eTag, String versionId) {
    }

    /** The object does not exist (deleted since the event, or a wrong key). */
    final class ObjectNotFoundException extends RuntimeException {
        public ObjectNotFoundException(String message) {
            super(message);
        }
    }

    /** The object is larger than the cap; it was not read. */
    final class ObjectTooLargeException extends RuntimeException {
        private final long size;

        public ObjectTooLargeException(long size, long cap) {
            super("the object is " + size + " bytes; the cap (MAX_INPUT_BYTES) is " + cap);
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
