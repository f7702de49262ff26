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
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

    @Test
    void photoMarkersInCasedAndTokenisedText() {
        assertTrue(SentenceFeatures.hasCaptionMarker("Abby Bishop's (right) life changed when she took in her niece.", false));
        assertTrue(SentenceFeatures.hasCaptionMarker("abby bishop 's ( right ) life changed .", false));
        assertTrue(SentenceFeatures.hasCaptionMarker("armstrong , 26 , pleaded guilty ( file picture ) .", false));
        assertTrue(SentenceFeatures.hasCaptionMarker("Phil Smith, 25, (pictured) died on Sunday.", true));
        // in the body, "(pictured)" is ordinary prose
        assertFalse(SentenceFeatures.hasCaptionMarker("Smith (pictured) said he would appeal.", false));
        assertFalse(SentenceFeatures.hasCaptionMarker("( cnn ) the victory of a former general .", true));
        assertFalse(SentenceFeatures.hasCaptionMarker("The party (right-wing, populist) won.", true));
        // brackets holding only separators, as in scraped tables ("(,)"), are no marker and no failure
        assertFalse(SentenceFeatures.hasCaptionMarker("Scores were (,) and ( , ) in the table.", true));
    }

    @Test
    void shortLabelsBeforeAColonMarkCaptionsButSpeakersDoNot() {
        assertTrue(SentenceFeatures.hasLabel("Good times: Justin is shown on Saturday with Kendall Jenner."));
        assertTrue(SentenceFeatures.hasLabel("spine-chilling : the creepy footage shows a ring of smoke ."));
        assertTrue(SentenceFeatures.hasLabel("Read more: The bridge that nobody wanted."));
        assertFalse(SentenceFeatures.hasLabel("He said: 'We will appeal.'"));
        assertFalse(SentenceFeatures.hasLabel("former raf fireman glen said : ' medical staff told us . '"));
        assertFalse(SentenceFeatures.hasLabel("The meeting starts at 10:30 on Monday."));
        assertFalse(SentenceFeatures.hasLabel("Officials in the three counties agreed on one thing: the road must close."));
    }

    @Test
    void aLeadingPhotoCaptionIsFurnitureAndTheLeadKeepsTheFirstPosition() {
        SentenceFeatures.Analysis analysis = analyse("Teaching assistant dies after night out",
                "Teaching assistant Phil Smith, 25, (pictured) died after trying to climb through a window.",
                "A teaching assistant who forgot his keys on a night out died after climbing through a window.",
                "He had been out with friends in the town centre, police said.");
        int first = SentenceFeatures.NAMES.indexOf("first");
        int furniture = SentenceFeatures.NAMES.indexOf("furniture");
        assertEquals(1.0, analysis.features()[0][furniture]);
        assertEquals(0.0, analysis.features()[1][furniture]);
        assertEquals(1.0, analysis.features()[1][first]);
        assertEquals(0.0, analysis.features()[2][first]);
    }

    @Test
    void theUsIsTheCountryNotTheFirstPerson() {
        SentenceFeatures.Analysis analysis = analyse("Talks",
                "US officials met the envoy on Monday.",
                "Troops from the us military arrived later .",
                "\"They told us nothing,\" a resident said.",
                "We asked and you answered, she wrote.");
        int personal = SentenceFeatures.NAMES.indexOf("personal");
        assertEquals(0.0, analysis.features()[0][personal]);
        assertEquals(0.0, analysis.features()[1][personal]);
        assertEquals(0.5, analysis.features()[2][personal]);
        assertEquals(1.0, analysis.features()[3][personal]);
    }

    /** The features of an article of these paragraphs, one sentence each, read as the product reads them. */
    private static SentenceFeatures.Analysis analyse(String title, String... paragraphs) {
        Article article = ArticleCleaner.fromParagraphs(title, List.of(paragraphs));
        List<Sentence> sentences = new Segmenter().sentences(article);
        return SentenceFeatures.analyse(article, sentences, new ClaimDetector().annotate(sentences));
    }
}
