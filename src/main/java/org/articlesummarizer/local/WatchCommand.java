package org.articlesummarizer.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.articlesummarizer.aws.FunctionConfig;

/** {@code watch DIR}: a local folder as the bucket; what lands in incoming/ is summarised as the Lambda would. */
final class WatchCommand implements Command {

    private final Map<String, String> environment;

    WatchCommand() {
        this(System.getenv());
    }

    /** With the environment the function's configuration is read from (INPUT_PREFIX, SUMMARY_SENTENCES, ...). */
    WatchCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() { return "watch"; }

    @Override
    public String summary() { return "summarise what lands in DIR/incoming/ into DIR/summaries/, as the Lambda does"; }

    @Override
    public Set<String> flags() { return Set.of("once"); }

    @Override
    public String help() {
        return String.join("\n",
                "usage: watch DIR [--once] [--interval MS] [--sentences N|auto]",
                "",
                "  DIR           a folder that acts as the bucket: drop articles under DIR/incoming/ (sub-folders",
                "                too); summaries appear under DIR/summaries/ with the keys the Lambda writes:",
                "                <key>.summary.json and .summary.md, or <key>.error.json for input that",
                "                cannot be summarised. The same handler code runs, with an S3 event per file.",
                "  --once        handle what is there, wait for files still being written, then exit",
                "  --interval    milliseconds between two looks at the folder (default 1000); a file is read",
                "                once its size and time are unchanged over two looks",
                "  --sentences   sentences per summary (default: SUMMARY_SENTENCES, else auto)",
                "",
                "The function's environment variables apply (INPUT_PREFIX, OUTPUT_PREFIX, OUTPUT_FORMATS,",
                "MAX_INPUT_BYTES, SUMMARY_SENTENCES). Files and folders whose name starts with '.' are skipped;",
                "object metadata is kept in DIR/.metadata/. Files already there at start are handled too",
                "(writing a summary again is harmless, as on S3). Ctrl-C stops after the file in hand.",
                "Exit code: 0, or 1 when --once met a failure the Lambda would retry (reading or writing).");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        options.allow("once", "interval", "sentences");
        if (options.positionals().size() != 1) throw new UsageException("one DIR, the local bucket");
        Path dir = Path.of(options.positionals().get(0));
        if (!Files.isDirectory(dir)) throw new UsageException("no such folder: " + dir);
        long interval = options.number("interval", 1000, 10, Long.MAX_VALUE);
        FunctionConfig config = config(options);

        FolderWatcher watcher = new FolderWatcher(dir, config);
        try {
            Files.createDirectories(watcher.inputFolder());
        } catch (java.io.IOException e) {
            err.println("cannot create " + watcher.inputFolder() + ": " + e.getMessage());
            return Cli.FAILED;
        }
        boolean once = options.flag("once");
        err.println("watching " + watcher.inputFolder() + " -> " + watcher.outputFolder()
                + (once ? "" : " (Ctrl-C stops)"));

        int[] counts = new int[2];
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run(interval, once, h -> {
                out.println(h.outcome() + " " + h.key() + (h.detail().isEmpty() ? "" : " -> " + h.detail()));
                out.flush();
                counts[h.outcome().equals("failed") ? 1 : 0]++;
            });
            err.println((once ? "done: " : "stopped: ") + counts[0] + " handled, " + counts[1] + " failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown(); // lets a Ctrl-C end the JVM, now that the last line is out
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down (Ctrl-C): the hook is running and now returns
            }
        }
        return once && counts[1] > 0 ? Cli.FAILED : Cli.OK;
    }

    private FunctionConfig config(Options options) {
        Map<String, String> env = new HashMap<>(environment);
        String sentences = options.get("sentences");
        if (sentences != null) env.put("SUMMARY_SENTENCES", sentences);
        try {
            return FunctionConfig.from(env);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
