package org.articlesummarizer.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.articlesummarizer.SummaryPipeline;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.text.Segmenter;
import org.articlesummarizer.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attributions the product was first asked for, on the seed article as the pipeline cleans and splits it. */
class SeedArticleAttributionTest {

    private static List<Sentence> sentences;
    private static List<Claim> claims;

    @BeforeAll
    static void annotateSeed() {
        byte[] bytes = Samples.seedArticle();
        Article article = SummaryPipeline.withDefaults().cleaner()
                .clean(new InputDocument(bytes, "seed-article.txt", "text/plain"));
        sentences = new Segmenter().sentences(article);
        claims = new ClaimDetector().annotate(sentences);
    }

    private static Claim claimOf(String words) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().contains(words)) return claims.get(i);
        }
        throw new AssertionError("no sentence with \"" + words + "\"");
    }

    private static void assertAttribution(String words, Claim.Kind kind, String speaker, String cue) {
        Claim c = claimOf(words);
        assertEquals(speaker, c.speaker(), words);
        assertEquals(cue, c.cue(), words);
        assertEquals(kind, c.kind(), words);
    }

    @Test
    void zhaoLijianSaidTheChargesAreErroneous() {
        assertAttribution("erroneous information", Claim.Kind.DIRECT_QUOTE,
                "Chinese Foreign Ministry spokesperson Zhao Lijian", "said");
    }

    @Test
    void peskovSaidRussiaCanContinue() {
        assertAttribution("independent capacity to continue", Claim.Kind.DIRECT_QUOTE,
                "Kremlin spokesman Dmitry Peskov", "said");
    }

    @Test
    void heContinuedIsPeskov() {
        assertAttribution("proceeding as planned", Claim.Kind.DIRECT_QUOTE, "he", "continued");
        assertEquals("Dmitry Peskov", claimOf("proceeding as planned").speakerResolved());
    }

    @Test
    void russiaSoughtAidAccordingToUsAuthorities() {
        assertAttribution("approached China for military and economic aid", Claim.Kind.REPORTED_SPEECH,
                "US authorities", "According to");
    }

    @Test
    void theDronesAreWhatAUsOfficialSaidOfTheRequest() {
        // "A US official speaking to CNN did not comment on ..., other than to say that it included drones":
        // the official's claim, not CNN's
        assertAttribution("included drones", Claim.Kind.REPORTED_SPEECH, "A US official", "did not comment on");
    }

    @Test
    void sullivanToldCnn() {
        assertAttribution("will not allow any Chinese efforts", Claim.Kind.REPORTED_SPEECH,
                "US national security advisor Jake Sullivan", "told");
    }

    @Test
    void sullivansQuoteOverTwoParagraphsIsOneQuote() {
        Claim closing = claimOf("Sullivan explained");
        assertEquals("Sullivan", closing.speaker());
        assertEquals("explained", closing.cue());
        assertEquals("Jake Sullivan", closing.speakerResolved());
        for (String inside : List.of("keeping a careful eye on China", "It is something that we are concerned about")) {
            Claim c = claimOf(inside);
            assertEquals(Claim.Kind.DIRECT_QUOTE, c.kind(), inside);
            assertNull(c.speaker(), "the speaker is named in another sentence: " + inside);
            assertEquals("Jake Sullivan", c.displaySpeaker(), inside);
        }
    }

    @Test
    void theWritersOwnSentencesAreAssertions() {
        assertEquals(Claim.ASSERTION, claimOf("the Kremlin delivered its own denial"));
    }
}
