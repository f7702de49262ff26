package org.articlesummarizer.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.WriterConfig;

import org.articlesummarizer.aws.ObjectStore;

/**
 * A local folder that acts as a bucket: the object {@code KEY} is the file {@code ROOT/KEY}, for
 * whatever bucket name an event carries. What S3 keeps beside an object (content type, user
 * metadata) is kept in a sidecar, {@code ROOT/.metadata/KEY.meta.json}, so that the handler's
 * stale-event check works here as it does on S3. Writes are atomic (a temporary file, then a
 * rename), so a reader never sees half a summary. The eTag is the MD5 of the content, as S3's is
 * for an object uploaded in one part.
 */
public final class FolderObjectStore implements ObjectStore {

    /** The hidden folder of sidecars and temporary files; never an object. */
    public static final String METADATA_FOLDER = ".metadata";

    private final Path root;

    public FolderObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file of an object; refuses keys that would leave the folder or enter the metadata folder. */
    public Path file(String key) {
        if (key == null || key.isEmpty() || key.startsWith("/") || key.contains("\\")) {
            throw new IllegalArgumentException("not a key of a local bucket: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("a key of a local bucket may not contain " + segment + ": " + key);
            }
        }
        if (key.equals(METADATA_FOLDER) || key.startsWith(METADATA_FOLDER + "/")) {
            throw new IllegalArgumentException(METADATA_FOLDER + "/ is where the local bucket keeps metadata: " + key);
        }
        return root.resolve(key);
    }

    private Path sidecar(String key) {
        return root.resolve(METADATA_FOLDER).resolve(key + ".meta.json");
    }

    @Override
    public StoredObject get(String bucket, String key, long maxBytes) {
        Path file = file(key);
        try {
            if (!Files.isRegularFile(file)) throw new ObjectNotFoundException(describe(bucket, key) + " does not exist");
            long size = Files.size(file);
            if (size > maxBytes) throw new ObjectTooLargeException(size, maxBytes);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) throw new ObjectTooLargeException(bytes.length, maxBytes);
            JsonObject side = readSidecar(key);
            String contentType = side == null ? null : string(side.get("contentType"));
            return new StoredObject(bytes, contentType, md5(bytes), null);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(describe(bucket, key) + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    @Override
    public Map<String, String> metadata(String bucket, String key) {
        if (!Files.isRegularFile(file(key))) return null;
        Map<String, String> metadata = new LinkedHashMap<>();
        JsonObject side = readSidecar(key);
        JsonValue user = side == null ? null : side.get("metadata");
        if (user != null && user.isObject()) {
            for (JsonObject.Member m : user.asObject()) {
                if (m.getValue().isString()) metadata.put(m.getName(), m.getValue().asString());
            }
        }
        return metadata;
    }

    @Override
    public void put(String bucket, String key, byte[] body, String contentType, Map<String, String> userMetadata) {
        Path file = file(key);
        JsonObject user = Json.object();
        if (userMetadata != null) userMetadata.forEach(user::add);
        JsonObject side = Json.object()
                .add("contentType", contentType == null ? Json.NULL : Json.value(contentType))
                .add("eTag", md5(body))
                .add("metadata", user);
        try {
            writeAtomically(file, body);
            writeAtomically(sidecar(key), side.toString(WriterConfig.PRETTY_PRINT).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    @Override
    public void delete(String bucket, String key) {
        try {
            Files.deleteIfExists(file(key));
            Files.deleteIfExists(sidecar(key));
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + file(key), e);
        }
    }

    private JsonObject readSidecar(String key) {
        Path side = sidecar(key);
        try {
            JsonValue v = Json.parse(Files.readString(side, StandardCharsets.UTF_8));
            return v.isObject() ? v.asObject() : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + side, e);
        } catch (com.eclipsesource.json.ParseException e) {
            return null; // a damaged sidecar counts as none: the summary is simply written again
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(Files.createDirectories(root.resolve(METADATA_FOLDER)), ".put-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String describe(String bucket, String key) {
        return "s3://" + bucket + "/" + key + " (" + root.resolve(key) + ")";
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? v.asString() : null;
    }

    static String md5(byte[] bytes) {
        MessageDigest md5 = md5();
        return HexFormat.of().formatHex(md5.digest(bytes));
    }

    /** The eTag S3 gives a file uploaded in one part: the MD5 of its bytes, in hex. */
    static String eTag(Path file) throws IOException {
        MessageDigest md5 = md5();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
