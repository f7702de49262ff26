package org.articlesummarizer.aws;

import org.articlesummarizer.SampleArticle;
import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.InputDocument;

/**
 * Runs the pipeline once on the bundled sample while the function initialises, so that its
 * classes are loaded and JIT-warm before the first event (and inside the SnapStart snapshot).
 */
final class Warmup {

    private Warmup() {
    }

    static void run(SummaryPipeline pipeline) {
        try {
            pipeline.summarize(new InputDocument(SampleArticle.bytes(), "warmup.txt", "text/plain"));
        } catch (RuntimeException e) {
            // warming is an optimisation: never let it stop the function from starting
        }
    }
}
