package org.articlesummarizer.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.claims.ClaimDetector;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.text.Segmenter;
import org.junit.jupiter.api.Test;

class KeyClaimSummarizerTest {

    private static final String TITLE = "Council approves new bridge over the river";
    private static final List<String> PARAGRAPHS = List.of(
            "The city council approved a new bridge over the river on Tuesday, ending a decade of debate.",
            "The bridge will cost $45 million and open in 2027, council leader Anna Moss said.",
            "Do you remember the old ferry?",
            "Click here to subscribe to our newsletter.",
            "Residents have waited years for a crossing, and traffic on the old bridge has doubled since 2010.",
            "\"This is a great day for the city,\" Moss told reporters after the vote.",
            "The council approved the new bridge over the river on Tuesday, ending a decade of debate.",
            "Construction starts next spring.");

    private final Segmenter segmenter = new Segmenter();
    private final ClaimDetector claims = new ClaimDetector();

    private List<SelectedSentence> summarise(int k) {
        return summarise(PARAGRAPHS, k);
    }

    private List<SelectedSentence> summarise(List<String> paragraphs, int k) {
        Article article = ArticleCleaner.fromParagraphs(TITLE, paragraphs);
        List<Sentence> sentences = segmenter.sentences(article);
        return new KeyClaimSummarizer().select(article, sentences, claims.annotate(sentences), new SentenceBudget(k));
    }

    @Test
    void selectsWithinBudgetInDocumentOrder() {
        List<SelectedSentence> summary = summarise(3);
        assertEquals(3, summary.size());
        List<Integer> order = new ArrayList<>();
        for (SelectedSentence s : summary) order.add(s.sentence().index());
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(Integer::compare);
        assertEquals(sorted, order);
    }

    @Test
    void leavesOutFurnitureAndNearRepeats() {
        List<String> texts = new ArrayList<>();
        for (SelectedSentence s : summarise(PARAGRAPHS, 4)) texts.add(s.sentence().text());
        assertFalse(texts.contains("Click here to subscribe to our newsletter."), texts.toString());
        assertTrue(texts.contains(PARAGRAPHS.get(0)) != texts.contains(PARAGRAPHS.get(6)),
                "one of the two near-identical sentences, not both: " + texts);
    }

    @Test
    void blockingSkipsARestatementNotASentenceThatSharesAName() {
        List<String> paragraphs = List.of(
                "Michael Scott Shemansky is on the run after police named him as a suspect in the murder of his mother.",
                "Police say Michael Scott Shemansky failed to appear for a supervised visit with his son on Saturday.",
                "Michael Scott Shemansky is on the run after police named him a suspect in his mother's murder.");
        Article article = ArticleCleaner.fromParagraphs(TITLE, paragraphs);
        List<Sentence> sentences = segmenter.sentences(article);
        long[][] trigrams = SentenceFeatures.analyse(article, sentences, claims.annotate(sentences)).trigrams();
        assertTrue(KeyClaimSummarizer.restates(trigrams[0], trigrams[2], 0.3), "the caption-like repeat of the lead");
        assertFalse(KeyClaimSummarizer.restates(trigrams[0], trigrams[1], 0.3), "only the name is shared");
        assertTrue(KeyClaimSummarizer.restates(trigrams[0], trigrams[1], 0), "share 0: any shared trigram blocks");
    }

    @Test
    void aQuestionOrAnAsideScoresBelowTheSameStatement() {
        double statement = scoreOfThird("Residents remember the old ferry.");
        assertTrue(scoreOfThird("Do residents remember the old ferry?") < statement);
        assertTrue(scoreOfThird("You remember the old ferry, our ferry.") < statement);
    }

    private double scoreOfThird(String third) {
        List<String> paragraphs = new ArrayList<>(PARAGRAPHS);
        paragraphs.set(2, third);
        return summarise(paragraphs, paragraphs.size()).get(2).score();
    }

    @Test
    void everySelectedSentenceCarriesItsClaimAndScore() {
        List<Sentence> sentences = segmenter.sentences(ArticleCleaner.fromParagraphs(TITLE, PARAGRAPHS));
        List<Claim> annotated = claims.annotate(sentences);
        for (SelectedSentence s : summarise(7)) {
            assertEquals(annotated.get(s.sentence().index()), s.claim());
            assertFalse(Double.isNaN(s.score()));
        }
        boolean attributed = summarise(7).stream().map(SelectedSentence::claim).anyMatch(Claim::attributed);
        assertTrue(attributed, "the attributed sentences keep their speaker and cue");
    }

    @Test
    void everyFittedWeightNamesAFeature() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = Weights.class.getResourceAsStream(Weights.RESOURCE)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            assertTrue(SentenceFeatures.NAMES.contains(key) || key.startsWith("selection."), key);
        }
        assertEquals(SentenceFeatures.NAMES.size() + 2, p.size(), "one weight per feature, the redundancy and the restatement share");
    }

    @Test
    void autoBudgetGrowsWithTheArticle() {
        assertEquals(3, SentenceBudget.AUTO.sentencesFor(10));
        assertEquals(2, SentenceBudget.AUTO.sentencesFor(2));
        assertEquals(4, SentenceBudget.AUTO.sentencesFor(35));
        assertEquals(7, SentenceBudget.AUTO.sentencesFor(400));
        assertEquals(5, SentenceBudget.parse("5").sentencesFor(40));
    }
}
