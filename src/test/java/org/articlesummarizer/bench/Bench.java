package org.articlesummarizer.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's benchmark commands. They live in test scope so that the baselines and peer
 * libraries they run never reach the deployed function. Run with:
 * {@code mvn -q -Pbench test-compile exec:java -Dexec.args="NAME DATA_DIR [options]"}
 */
public final class Bench {

    /** A benchmark command: takes its arguments, prints one table. */
    public interface Task {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Task> TASKS = new LinkedHashMap<>();

    static {
        // each benchmark registers itself here: name -> entry point
        TASKS.put("coldstart", new ColdStartBench());
        TASKS.put("attribution", new AttributionBench());
        TASKS.put("summaries", new SummariesBench());
        TASKS.put("fit", new FitWeights());
        TASKS.put("fit-title", new FitTitle());
        TASKS.put("extraction", new ExtractionBench());
        TASKS.put("extraction-errors", new ExtractionErrorsBench());
    }

    private Bench() {
    }

    /** The median of timed passes: one pass that other processes on a shared machine slowed does not set it. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The java command of the JVM running the bench: benchmarks that time fresh JVMs start theirs with it. */
    static String javaBinary() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !TASKS.containsKey(args[0])) {
            System.err.println("usage: Bench " + String.join("|", TASKS.keySet()) + " DATA_DIR [options]");
            System.exit(2);
        }
        TASKS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length));
    }
}
