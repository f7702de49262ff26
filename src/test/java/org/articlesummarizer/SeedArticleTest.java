package org.articlesummarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.render.JsonRenderer;
import org.articlesummarizer.render.MarkdownRenderer;
import org.articlesummarizer.summarize.SentenceBudget;
import org.articlesummarizer.testing.Samples;
import org.articlesummarizer.text.Segmenter;
import org.junit.jupiter.api.Test;

/** The first article this product was asked to summarise, through every stage. */
class SeedArticleTest {

    private final SummaryPipeline pipeline = SummaryPipeline.withDefaults();

    private Article cleaned() {
        return pipeline.cleaner().clean(new InputDocument(Samples.seedArticle(), "seed-article.txt", null));
    }

    @Test
    void cleaningFindsTitleSectionAndOnlyTheArticle() {
        Article article = cleaned();

        assertEquals(Samples.SEED_TITLE, article.title());
        assertEquals("Business & Defence", article.metadata().section());
        assertEquals("text", article.metadata().format());
        assertTrue(article.paragraphs().get(0).text().startsWith("According to US authorities"));
        String body = article.bodyText();
        for (String furniture : Samples.SEED_FURNITURE) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertFalse(body.contains(Samples.SEED_TITLE), "the title is not a paragraph");
        assertTrue(body.endsWith("economic sanctions “Sullivan explained."), body.substring(body.length() - 80));
    }

    @Test
    void everySentenceComesFromTheArticleAndNoneSpansParagraphs() {
        Article article = cleaned();
        List<Sentence> sentences = new Segmenter().sentences(article);

        assertTrue(sentences.size() >= 15, "the seed has about 18 sentences, got " + sentences.size());
        for (Sentence s : sentences) {
            Paragraph p = article.paragraphs().get(s.paragraph());
            assertTrue(p.text().contains(s.text()), s.text());
        }
        assertEquals("According to US authorities, Russia has approached China for military and economic aid "
                + "as part of its invasion of Ukraine.", sentences.get(0).text());
    }

    @Test
    void summaryHoldsKeyClaimsInDocumentOrder() {
        Summary summary = pipeline.summarize(new InputDocument(Samples.seedArticle(), "seed-article.txt", null),
                new SentenceBudget(3));

        assertEquals(3, summary.sentences().size());
        int previous = -1;
        String seed = new String(Samples.seedArticle(), StandardCharsets.UTF_8);
        for (SelectedSentence s : summary.sentences()) {
            assertTrue(s.sentence().index() > previous);
            previous = s.sentence().index();
            assertTrue(seed.contains(s.sentence().text()));
        }
        assertTrue(summary.sentences().stream().anyMatch(s -> s.claim().attributed()),
                "a news summary of key claims names at least one source");
    }

    @Test
    void renderedOutputsCarryNoFurniture() {
        Summary summary = pipeline.summarize(new InputDocument(Samples.seedArticle(), "seed-article.txt", null));
        String json = JsonRenderer.render(summary, null);
        String markdown = MarkdownRenderer.render(summary, "seed-article.txt");

        assertTrue(markdown.startsWith("# " + Samples.SEED_TITLE + "\n"));
        for (String furniture : Samples.SEED_FURNITURE) {
            assertFalse(json.contains(furniture), furniture);
            assertFalse(markdown.contains(furniture), furniture);
        }
    }
}
