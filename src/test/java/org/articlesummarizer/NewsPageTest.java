package org.articlesummarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.summarize.SentenceBudget;
import org.junit.jupiter.api.Test;

/** An ordinary news page, with the furniture news sites have, through the whole pipeline. */
class NewsPageTest {

    private static byte[] page() throws IOException {
        try (InputStream in = NewsPageTest.class.getResourceAsStream("/org/articlesummarizer/fixtures/news-page.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void extractsTheArticleAndItsMetadata() throws IOException {
        Article article = SummaryPipeline.withDefaults().cleaner()
                .clean(new InputDocument(page(), "news-page.html", "text/html"));

        assertEquals("Harbour town votes to build sea wall", article.title());
        assertEquals("Maria Jones", article.metadata().byline());
        assertTrue(article.metadata().publishedTime().startsWith("2024-05-02"));
        assertEquals("The Coastal Times", article.metadata().siteName());
        assertEquals("html", article.metadata().format());
        String body = article.bodyText();
        assertTrue(body.startsWith("Councillors in Portwick voted"), body);
        assertTrue(body.contains("the council said."), body);
        for (String furniture : new String[] {"Accept all cookies", "Share on Facebook", "Related stories",
                "Storm Ciara", "newsletter", "What a waste of money", "All rights reserved", "Weather"}) {
            assertFalse(body.contains(furniture), furniture);
        }
    }

    @Test
    void summarisesWithTheQuotedSource() throws IOException {
        Summary summary = SummaryPipeline.withDefaults()
                .summarize(new InputDocument(page(), "news-page.html", "text/html"), new SentenceBudget(3));

        assertEquals(3, summary.sentences().size());
        assertTrue(summary.sentences().get(0).sentence().text().startsWith("Councillors in Portwick voted"),
                "the lead of a news story is its key claim");
        for (SelectedSentence s : summary.sentences()) {
            assertFalse(s.sentence().text().contains("Flood water in Harbour Street"), "captions are not claims");
        }
    }
}
