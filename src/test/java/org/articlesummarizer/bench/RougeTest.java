package org.articlesummarizer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RougeTest {

    private static final double TOLERANCE = 0.15;

    @Test
    void tokensAreLowerCasedAlphanumericsStemmedAboveThreeLetters() {
        assertEquals(List.of("the", "u", "s", "presid", "s", "plan", "cost", "1", "5bn", "rate", "cut"),
                Rouge.tokens("The U.S. President's plans cost $1.5bn -- rate-cuts"));
        // non-ASCII letters are not letters to ROUGE-1.5.5
        assertEquals(List.of("caf"), Rouge.tokens("Café"));
    }

    @Test
    void identicalTextsScoreOne() {
        Rouge.Scores s = Rouge.score(List.of("police arrested two men .", "they were charged ."),
                List.of("Police arrested two men.", "They were charged."));
        assertEquals(1.0, s.r1(), 1e-9);
        assertEquals(1.0, s.r2(), 1e-9);
        assertEquals(1.0, s.rl(), 1e-9);
    }

    @Test
    void rougeNClipsRepeatedGrams() {
        // candidate "the the the the" against "the cat": 1 clipped unigram hit; R = 1/2, P = 1/4
        Rouge.Scores s = Rouge.score(List.of("the the the the"), List.of("the cat"));
        assertEquals(2 * 0.5 * 0.25 / 0.75, s.r1(), 1e-9);
        assertEquals(0.0, s.r2(), 1e-9);
    }

    @Test
    void summaryLevelLcsTakesTheUnionOverCandidateSentences() {
        // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
        // The union LCS is w1 w2 w3 w5: R = 4/5, P = 4/10.
        Rouge.Scores s = Rouge.score(List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of("w1 w2 w3 w4 w5"));
        double r = 4 / 5.0;
        double p = 4 / 10.0;
        assertEquals(2 * r * p / (r + p), s.rl(), 1e-9);
    }

    @Test
    void reproducesRouge155OnRealsumm() {
        Path set = dataSet();
        List<SummaryData.Doc> docs = SummaryData.read(set);
        Rouge.Average lead = new Rouge.Average();
        Rouge.Average matchsum = new Rouge.Average();
        for (SummaryData.Doc d : docs) {
            List<String> sentences = SummaryData.tokenisedSentences(d.article());
            lead.add(Rouge.score(sentences.subList(0, Math.min(3, sentences.size())), d.reference()));
            matchsum.add(Rouge.score(SummaryData.lines(set.resolve("systems/ext_matchsumm/" + d.id() + ".txt")),
                    d.reference()));
        }
        assertEquals(100, lead.count());
        assertEquals(41.31, lead.r1(), TOLERANCE, "Lead-3 R-1");
        assertEquals(17.43, lead.r2(), TOLERANCE, "Lead-3 R-2");
        assertEquals(37.42, lead.rl(), TOLERANCE, "Lead-3 R-L");
        assertEquals(46.14, matchsum.r1(), TOLERANCE, "MatchSum R-1");
        assertEquals(21.77, matchsum.r2(), TOLERANCE, "MatchSum R-2");
        assertEquals(41.75, matchsum.rl(), TOLERANCE, "MatchSum R-L");
    }

    static Path dataSet() {
        String root = System.getProperty("shared.data");
        assumeTrue(root != null, "system property shared.data is not set: skipping the ROUGE reproduction test");
        Path set = Path.of(root, "summarization", "cnndm-realsumm100");
        assumeTrue(Files.isDirectory(set), "no data at " + set + ": skipping the ROUGE reproduction test");
        return set;
    }
}
