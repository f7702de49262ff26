package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.junit.jupiter.api.Test;

/** Scraped text: the title, the section above it, and the furniture below it. */
class PlainTextCleanerTest {

    private final PlainTextCleaner cleaner = new PlainTextCleaner();

    @Test
    void dropsMenusShareLinesAndRepeatedLines() {
        String text = String.join("\n",
                "Home", "News", "Sport", "Weather", "",
                "Bridge to be rebuilt", "",
                "The council voted on Tuesday to rebuild the old bridge, a decision that residents had urged for years.", "",
                "Share this article", "",
                "Engineers said the crossing, built in 1921, could no longer carry buses or lorries safely.", "",
                "Subscribe to our newsletter", "",
                "We use cookies to improve your experience on our site.", "",
                "Home", "News", "Sport", "Weather");
        Article a = cleaner.clean(text, null);
        List<String> texts = a.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(
                "The council voted on Tuesday to rebuild the old bridge, a decision that residents had urged for years.",
                "Engineers said the crossing, built in 1921, could no longer carry buses or lorries safely."), texts);
    }

    @Test
    void withoutAHeadlineTheFallbackTitleIsUsed() {
        Article a = cleaner.clean("The council voted on Tuesday to rebuild the old bridge, a decision residents had urged.",
                "bridge-story");
        assertEquals("bridge-story", a.title());
        assertEquals(1, a.paragraphs().size());
    }
}
