package org.articlesummarizer.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.aws.FunctionConfig;
import org.articlesummarizer.aws.S3SummarizeHandler;
import org.articlesummarizer.render.JsonRenderer;

/**
 * What one fresh JVM does in the cold-start benchmark; run as a child process by
 * {@link ColdStartBench}. Prints the peak resident memory (VmHWM) as its last line.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "floor":
                System.out.println("hello");
                break;
            case "pipeline": {
                // the core alone: clean, split, annotate, select, render the sample
                byte[] bytes = Files.readAllBytes(Path.of(args[1]));
                var summary = SummaryPipeline.withDefaults().summarize(new InputDocument(bytes, args[1], null));
                System.out.println(JsonRenderer.render(summary, null).length());
                break;
            }
            case "handler": {
                // what Lambda's init does: the S3 client and the warmed pipeline (no request is sent)
                S3SummarizeHandler handler = new S3SummarizeHandler(FunctionConfig.from(java.util.Map.of(
                        "S3_ENDPOINT_URL", "http://127.0.0.1:9")), null);
                System.out.println(handler.getClass().getSimpleName());
                break;
            }
            default:
                throw new IllegalArgumentException(args[0]);
        }
        System.out.println(peakMemory());
    }

    /** Peak resident set of this process, from /proc (Linux). */
    static String peakMemory() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmHWM:")) return line.substring(6).strip();
        }
        return "unknown";
    }
}
