package org.articlesummarizer.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.amazonaws.services.lambda.runtime.events.S3Event;

import org.articlesummarizer.aws.FunctionConfig;
import org.articlesummarizer.aws.S3SummarizeHandler;

/**
 * A local folder as the bucket, and the S3 trigger as a poll: every file that settles under
 * {@code ROOT/<INPUT_PREFIX>} becomes an S3 {@code ObjectCreated} event, handed to the same
 * handler the Lambda runs, over a {@link FolderObjectStore}. So the summaries, their keys and the
 * error reports are exactly the function's.
 *
 * <p>A file is handled once its size and modification time are the same in two polls in a row,
 * so a file still being written is not read half-done. It is handled again when it changes.
 * Hidden files and folders (a name starting with '.') are not objects: editors and downloads keep
 * their temporary files there, and the store keeps its metadata in {@code .metadata}.
 */
final class FolderWatcher {

    /** What happened to one file. */
    record Handled(String key, String outcome, String detail) {
    }

    private record Snapshot(long size, long modifiedNanos) {
    }

    private final FolderObjectStore store;
    private final FunctionConfig config;
    private final S3SummarizeHandler handler;
    private final String bucket;
    private final Map<String, Snapshot> lastSeen = new HashMap<>();
    private final Map<String, Snapshot> handled = new HashMap<>();
    private volatile boolean stopped;
    private long lastSequencer;

    FolderWatcher(Path root, FunctionConfig config) {
        this.store = new FolderObjectStore(root);
        this.config = config;
        this.handler = new S3SummarizeHandler(config, store);
        Path name = store.root().getFileName();
        this.bucket = name == null ? "local" : name.toString();
    }

    Path inputFolder() {
        return store.root().resolve(config.inputPrefix());
    }

    Path outputFolder() {
        return store.root().resolve(config.outputPrefix());
    }

    /** One look at the input folder: handles every file that has settled since the last look. */
    List<Handled> poll() {
        Map<String, Snapshot> current = scan();
        List<Handled> done = new ArrayList<>();
        for (Map.Entry<String, Snapshot> e : current.entrySet()) {
            String key = e.getKey();
            Snapshot now = e.getValue();
            if (now.equals(lastSeen.get(key)) && !now.equals(handled.get(key))) {
                done.add(handle(key, now));
                handled.put(key, now);
            }
        }
        lastSeen.clear();
        lastSeen.putAll(current);
        handled.keySet().retainAll(current.keySet());
        return done;
    }

    /** True when every file present at the last poll has been handled as it is. */
    boolean settled() {
        for (Map.Entry<String, Snapshot> e : lastSeen.entrySet()) {
            if (!e.getValue().equals(handled.get(e.getKey()))) return false;
        }
        return true;
    }

    /** Polls until {@link #stop()}, or with {@code once} until everything present is handled. */
    void run(long intervalMillis, boolean once, java.util.function.Consumer<Handled> report) throws InterruptedException {
        boolean first = true;
        while (!stopped) {
            poll().forEach(report);
            if (once && !first && settled()) return;
            first = false;
            synchronized (this) {
                if (!stopped) TimeUnit.MILLISECONDS.timedWait(this, intervalMillis);
            }
        }
    }

    /** Ends {@link #run} after the file being handled, if any. */
    void stop() {
        stopped = true;
        synchronized (this) {
            notifyAll();
        }
    }

    private Handled handle(String key, Snapshot snapshot) {
        S3Event event;
        try {
            event = S3Events.objectCreated(bucket, key, snapshot.size(), FolderObjectStore.eTag(store.file(key)),
                    nextSequencer(), Instant.now());
        } catch (NoSuchFileException e) {
            return new Handled(key, "gone", "deleted before it was read");
        } catch (IOException e) {
            return new Handled(key, "failed", e.toString());
        }
        try {
            Map<String, Object> result = handler.handleRequest(event, null);
            for (Map.Entry<String, Object> r : result.entrySet()) {
                if (!r.getKey().equals("records") && Integer.valueOf(1).equals(r.getValue())) {
                    return new Handled(key, r.getKey(), outputsOf(key, r.getKey()));
                }
            }
            return new Handled(key, "failed", "the handler answered " + result);
        } catch (RuntimeException e) {
            // what the Lambda would retry: a store failure. Tried again when the file changes.
            return new Handled(key, "failed", String.valueOf(e.getCause() != null ? e.getCause() : e));
        }
    }

    private String outputsOf(String key, String outcome) {
        String base = config.outputPrefix() + key.substring(config.inputPrefix().length());
        return switch (outcome) {
            case "summarized" -> base + ".summary.*";
            case "error_reported" -> base + ".error.json";
            default -> "";
        };
    }

    /**
     * S3 sequencers grow with each write, in the order S3 saw the writes, whatever the content.
     * Here a write is seen when it settles: the sequencer is that moment (nanoseconds of the
     * epoch, in hex of fixed width), strictly increasing, and later after a restart too. A file's
     * own modification time would not do: a file copied with its old time kept would lose to the
     * summary of the file it replaced.
     */
    private String nextSequencer() {
        Instant now = Instant.now();
        long nanos = Math.max(now.getEpochSecond() * 1_000_000_000L + now.getNano(), lastSequencer + 1);
        lastSequencer = nanos;
        return String.format(Locale.ROOT, "%016X", nanos);
    }

    private Map<String, Snapshot> scan() {
        Map<String, Snapshot> files = new TreeMap<>();
        Path input = inputFolder();
        if (!Files.isDirectory(input)) return files;
        try (Stream<Path> walk = Files.walk(input)) {
            walk.forEach(path -> {
                Path relative = store.root().relativize(path);
                if (LocalPaths.hidden(relative)) return;
                try {
                    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                    if (!a.isRegularFile()) return;
                    files.put(LocalPaths.key(relative), new Snapshot(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                } catch (IOException e) {
                    // deleted while we looked: it is simply not there
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // the folder changed under the walk; the next poll sees it as it is then
        }
        return files;
    }
}
