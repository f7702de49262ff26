package org.articlesummarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.claims.ClaimDetector;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.text.Segmenter;
import org.articlesummarizer.text.Tokenizer;
import org.junit.jupiter.api.Test;

class MastheadTest {

    @Test
    void bylinesTimeStampsLabelsAndNotesArePublicationDetails() {
        assertTrue(isDetail("By .", null));
        assertTrue(isDetail("Daily Mail Reporter .", "By ."));
        assertTrue(isDetail("daily mail reporter .", "by ."));
        assertTrue(isDetail("By Jane Doe and John Roe for MailOnline", null));
        assertTrue(isDetail("PUBLISHED: .", "Daily Mail Reporter ."));
        assertTrue(isDetail("12:22 EST, 5 March 2013 . | .", "PUBLISHED: ."));
        assertTrue(isDetail("last updated at 4:15 pm on 5th march 2013 .", null));
        assertTrue(isDetail("March 25, 2015 .", null));
        assertTrue(isDetail("Latest developments: .", null));
        assertTrue(isDetail("[Breaking news update, posted 9:04 p.m. ET] .", null));
    }

    @Test
    void sentencesOfTheStoryAreNot() {
        assertFalse(isDetail("By Monday it was over.", null));
        assertFalse(isDetail("By the time police arrived, the men had gone.", null));
        assertFalse(isDetail("A man was jailed on March 5, 2013.", null));
        assertFalse(isDetail("It's outrage time again.", null));
        assertFalse(isDetail("Police said two men were arrested.", "By ."));
        assertFalse(isDetail("police said two men were arrested .", "by ."));
        assertFalse(isDetail("by monday it was over .", null));
        assertFalse(isDetail("The subject (take a deep breath): ISIS.", null));
    }

    @Test
    void theStoryLeadKeepsTheLeadPriorAfterAJoinedMasthead() {
        Article article = ArticleCleaner.fromParagraphs("Man jailed for car theft", List.of(
                "By . Daily Mail Reporter . PUBLISHED: . 12:22 EST, 5 March 2013 . A man has been jailed for six "
                        + "years after he stole a car from a driveway in Leeds. The 34-year-old was caught on camera, "
                        + "police said. He will appeal, his lawyer said."));
        List<Sentence> sentences = new Segmenter().sentences(article);
        assertEquals("A man has been jailed for six years after he stole a car from a driveway in Leeds.",
                sentences.get(4).text());
        SentenceFeatures.Analysis analysis =
                SentenceFeatures.analyse(article, sentences, new ClaimDetector().annotate(sentences));
        int first = SentenceFeatures.NAMES.indexOf("first");
        int furniture = SentenceFeatures.NAMES.indexOf("furniture");
        for (int i = 0; i < 4; i++) {
            assertEquals(0.0, analysis.features()[i][first], sentences.get(i).text());
            assertEquals(1.0, analysis.features()[i][furniture], sentences.get(i).text());
        }
        assertEquals(1.0, analysis.features()[4][first]);
        assertEquals(0.0, analysis.features()[4][furniture]);
    }

    private static boolean isDetail(String text, String previous) {
        return Masthead.isDetail(text, Tokenizer.words(text), previous == null ? null : Tokenizer.words(previous));
    }
}
