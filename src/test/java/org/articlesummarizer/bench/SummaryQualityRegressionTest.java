package org.articlesummarizer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.articlesummarizer.SummaryPipeline;
import org.junit.jupiter.api.Test;

/**
 * Quality cannot regress silently: the product's summaries of a fixed slice of the development
 * data (the first 200 cnndm-val1000 stories by id, 3 sentences, read through the product's own
 * cleaning and splitting) must keep ROUGE-1 within 0.5 of the figure reached when the weights
 * were last fitted.
 */
class SummaryQualityRegressionTest {

    /**
     * ROUGE-1 F (x100) measured on the slice with the committed weights (Lead-3 there: 29.96). Also
     * printed by {@code summaries ../shared/data/summarization/cnndm-val1000 --sentences 3 --limit 200}.
     */
    static final double PINNED_R1 = 31.84;
    static final int SLICE = 200;

    @Test
    void rouge1OnTheFirst200CnnStoriesHolds() {
        String root = System.getProperty("shared.data");
        assumeTrue(root != null, "system property shared.data is not set: skipping the quality regression test");
        Path set = Path.of(root, "summarization", "cnndm-val1000");
        assumeTrue(Files.isDirectory(set), "no data at " + set + ": skipping the quality regression test");

        List<SummariesBench.Prepared> docs = SummariesBench.prepare(set, "3", SLICE);
        SummaryPipeline pipeline = SummaryPipeline.withDefaults();
        Rouge.Average ours = new Rouge.Average();
        for (SummariesBench.Prepared d : docs) ours.add(Rouge.score(SummariesBench.ours(pipeline, d, d.k()), d.reference()));

        String figure = String.format(Locale.ROOT, "ROUGE-1 %.2f on the first %d cnndm-val1000 stories (pinned %.2f)",
                ours.r1(), docs.size(), PINNED_R1);
        System.out.println(figure);
        assertTrue(ours.r1() >= PINNED_R1 - 0.5, "quality dropped: " + figure);
    }
}
