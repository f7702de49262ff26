package org.articlesummarizer.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.articlesummarizer.aws.ObjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderObjectStoreTest {

    @TempDir
    Path bucket;

    @Test
    void anObjectIsTheFileAtItsKeyAndItsMetadataSurvivesInASidecar() throws Exception {
        FolderObjectStore store = new FolderObjectStore(bucket);
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        store.put("any-bucket", "summaries/World News/a.txt.summary.json", body, "application/json",
                Map.of("source-sequencer", "0A1B", "source-key", "incoming%2Fa.txt"));

        assertArrayEquals(body, Files.readAllBytes(bucket.resolve("summaries/World News/a.txt.summary.json")));
        assertEquals(Map.of("source-sequencer", "0A1B", "source-key", "incoming%2Fa.txt"),
                store.metadata("other-bucket", "summaries/World News/a.txt.summary.json"));
        ObjectStore.StoredObject read = store.get("b", "summaries/World News/a.txt.summary.json", 100);
        assertArrayEquals(body, read.bytes());
        assertEquals("application/json", read.contentType());
        assertEquals(FolderObjectStore.md5(body), read.eTag());
        assertEquals(32, read.eTag().length());
        try (Stream<Path> files = Files.walk(bucket)) {
            assertEquals(2, files.filter(Files::isRegularFile).count(), "the object and its sidecar, no temporary files left");
        }
    }

    @Test
    void aFileDroppedByHandHasEmptyMetadataAndNoContentType() throws Exception {
        Files.createDirectories(bucket.resolve("incoming"));
        Files.writeString(bucket.resolve("incoming/a.txt"), "Hello.");
        FolderObjectStore store = new FolderObjectStore(bucket);

        assertEquals(Map.of(), store.metadata("b", "incoming/a.txt"));
        assertNull(store.get("b", "incoming/a.txt", 100).contentType());
        assertNull(store.metadata("b", "incoming/missing.txt"), "no object, no metadata");
        assertNull(store.metadata("b", "incoming"), "a folder is not an object");
    }

    @Test
    void missingAndOversizedObjectsFailAsOnS3() throws Exception {
        Files.writeString(bucket.resolve("big.txt"), "x".repeat(101));
        FolderObjectStore store = new FolderObjectStore(bucket);

        assertThrows(ObjectStore.ObjectNotFoundException.class, () -> store.get("b", "nothing.txt", 100));
        ObjectStore.ObjectTooLargeException e = assertThrows(ObjectStore.ObjectTooLargeException.class,
                () -> store.get("b", "big.txt", 100));
        assertEquals(101, e.size());
    }

    @Test
    void keysCannotLeaveTheFolderNorTouchTheMetadata() {
        FolderObjectStore store = new FolderObjectStore(bucket);
        for (String key : new String[] {"../escape.txt", "a/../../escape.txt", "/etc/passwd", ".metadata/x.meta.json", "a/./b"}) {
            assertThrows(IllegalArgumentException.class, () -> store.put("b", key, new byte[1], null, Map.of()), key);
        }
        assertFalse(Files.exists(bucket.resolveSibling("escape.txt")));
    }

    @Test
    void writingAgainReplacesTheObjectAndItsMetadata() {
        FolderObjectStore store = new FolderObjectStore(bucket);
        store.put("b", "k.json", "1".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("source-sequencer", "01"));
        store.put("b", "k.json", "2".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of("source-sequencer", "02"));

        assertEquals("2", new String(store.get("b", "k.json", 10).bytes(), StandardCharsets.UTF_8));
        assertEquals("02", store.metadata("b", "k.json").get("source-sequencer"));
        assertTrue(Files.isDirectory(bucket.resolve(FolderObjectStore.METADATA_FOLDER)));
    }
}
