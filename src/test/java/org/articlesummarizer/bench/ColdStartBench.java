package org.articlesummarizer.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code coldstart [RUNS]}: fresh JVMs, each with Lambda's JIT settings
 * ({@code -XX:+TieredCompilation -XX:TieredStopAtLevel=1}), timed from process start to exit:
 * a JVM that prints a line (the floor), the pipeline summarising the sample, the S3 handler's
 * initialisation, and the pipeline on the largest input allowed (peak memory). Also the size of
 * the deployment zip as SAM builds it (classes at the root, runtime jars under lib/). Needs
 * {@code mvn package} first (target/lib).
 */
final class ColdStartBench implements Bench.Task {

    /** The deployed classpath, plus the probe's own class: no test or benchmark jars. */
    private static final String RUNTIME_CLASSPATH = String.join(java.io.File.pathSeparator,
            "target/test-classes", "target/classes", "target/lib/*");
    private static final String SAMPLE = "src/main/resources/org/articlesummarizer/samples/seed-article.txt";

    @Override
    public void run(String[] args) throws Exception {
        int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 5;
        Path lib = Path.of("target/lib");
        if (!Files.isDirectory(lib)) throw new IllegalStateException("run `mvn -q -DskipTests package` first: no target/lib");
        Path largest = largestInput();

        try {
            System.out.printf(Locale.ROOT, "%-44s %10s %10s %12s%n", "fresh JVM (TieredStopAtLevel=1)", "median ms", "min ms", "peak RSS");
            row("floor: print a line", runs, "floor");
            row("pipeline: summarise the sample article", runs, "pipeline", SAMPLE);
            row("S3 handler init: client + warmed pipeline", runs, "handler");
            row("pipeline: largest input allowed (10 MiB HTML)", Math.min(runs, 3), "pipeline", largest.toString());
        } finally {
            Files.deleteIfExists(largest); // 10 MiB in the temp folder, also when a probe fails
        }
        System.out.println();
        long zip = deploymentZipSize(Path.of("target/classes"), lib);
        System.out.printf(Locale.ROOT, "deployment zip (target/classes + lib/*.jar, as sam build packs it): %.1f MiB%n",
                zip / 1048576.0);
    }

    private static void row(String label, int runs, String... probeArgs) throws Exception {
        long[] ms = new long[runs];
        String peak = "";
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(List.of(Bench.javaBinary(), "-XX:+TieredCompilation",
                    "-XX:TieredStopAtLevel=1", "-cp", RUNTIME_CLASSPATH,
                    ColdStartProbe.class.getName()));
            command.addAll(Arrays.asList(probeArgs));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("probe failed: " + out);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            String[] lines = out.strip().split("\n");
            peak = lines[lines.length - 1];
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-44s %10d %10d %12s%n", label, ms[runs / 2], ms[0], peak);
    }

    /** An HTML page of about 10 MiB (the default MAX_INPUT_BYTES), made of ordinary paragraphs. */
    private static Path largestInput() throws IOException {
        Path file = Files.createTempFile("largest-input", ".html");
        String paragraph = "<p>" + Files.readString(Path.of(SAMPLE)).replaceAll("\\s+", " ").replaceAll("[^\\x00-\\x7F]", "'").substring(0, 900) + "</p>\n";
        StringBuilder html = new StringBuilder("<html><head><title>Largest input</title></head><body><article>\n");
        while (html.length() + paragraph.length() < 10L * 1024 * 1024 - 100) html.append(paragraph);
        html.append("</article></body></html>\n");
        Files.writeString(file, html);
        return file;
    }

    private static long deploymentZipSize(Path classes, Path lib) throws IOException {
        CountingStream counter = new CountingStream();
        try (ZipOutputStream zip = new ZipOutputStream(counter)) {
            for (Path root : List.of(classes, lib)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = (root == lib ? "lib/" : "") + root.relativize(f).toString().replace('\\', '/');
                        zip.putNextEntry(new ZipEntry(name));
                        Files.copy(f, zip);
                        zip.closeEntry();
                    }
                }
            }
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) { count++; }

        @Override
        public void write(byte[] b, int off, int len) { count += len; }
    }
}
