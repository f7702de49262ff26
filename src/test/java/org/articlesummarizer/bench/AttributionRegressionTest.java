package org.articlesummarizer.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.articlesummarizer.claims.ClaimDetector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Guards attribution quality in CI: speaker exact-match F1 (BENCHMARKS.md's per-sentence score)
 * on a fixed slice of PolNeAR dev, the first {@value #ARTICLES} articles, must not fall more than
 * one point below the figure pinned here. When a change raises the figure, raise the pin with it.
 * Skips when the shared data folder is absent.
 */
class AttributionRegressionTest {

    private static final int ARTICLES = 40;
    /** Speaker exact-match F1 (%) on the slice, as measured when pinned. */
    private static final double PINNED_SPEAKER_F1 = 67.82;
    private static final double PINNED_CUE_F1 = 69.67;

    @Test
    void speakerF1OnTheDevSliceHoldsItsPin() throws IOException {
        Path folder = Path.of(System.getProperty("shared.data", "../shared/data")).resolve("attribution/polnear-dev");
        Assumptions.assumeTrue(Files.isRegularFile(folder.resolve("dev.jsonl")),
                "PolNeAR dev split not found under " + folder + " (set -Dshared.data): attribution regression skipped");
        List<PolnearCorpus.Doc> docs = PolnearCorpus.load(folder, "dev", ARTICLES);
        AttributionScore all = AttributionBench.score(docs, new ClaimDetector()::annotate).all;
        double speaker = 100 * all.speaker.exactF1();
        double cue = 100 * all.cue.exactF1();
        String figures = String.format(Locale.ROOT, "speaker exact F1 %.2f (pinned %.2f), cue exact F1 %.2f (pinned %.2f)"
                + " on the first %d dev articles", speaker, PINNED_SPEAKER_F1, cue, PINNED_CUE_F1, ARTICLES);
        System.out.println("attribution regression: " + figures);
        assertTrue(speaker >= PINNED_SPEAKER_F1 - 1.0, "speaker F1 dropped: " + figures);
        assertTrue(cue >= PINNED_CUE_F1 - 1.0, "cue F1 dropped: " + figures);
    }
}
