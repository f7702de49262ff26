package org.articlesummarizer.aws;

import java.io.IOException;
import java.io.InputStream;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.InputDocument;

/**
 * Runs the pipeline once on the bundled sample while the function initialises, so that its
 * classes are loaded and JIT-warm before the first event (and inside the SnapStart snapshot).
 */
final class Warmup {

    private static final String SAMPLE = "/org/articlesummarizer/samples/seed-article.txt";

    private Warmup() {
    }

    static void run(SummaryPipeline pipeline) {
        try (InputStream in = Warmup.class.getResourceAsStream(SAMPLE)) {
            if (in == null) return;
            pipeline.summarize(new InputDocument(in.readAllBytes(), "warmup.txt", "text/plain"));
        } catch (IOException | RuntimeException e) {
            // warming is an optimisation: never let it stop the function from starting
        }
    }
}
