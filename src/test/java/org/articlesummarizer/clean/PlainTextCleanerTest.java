package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import java.util.List;

import org.articlesummarizer.SampleArticle;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.junit.jupiter.api.Test;

/** Scraped text: the title, the section above it, and the furniture and comments below it. */
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

    /** Five paragraphs of about 25 words: more than the article words a comments heading needs before it. */
    private static final List<String> ARTICLE = List.of(
            "The council voted on Tuesday to rebuild the old bridge over the river, a decision that residents of both banks had urged for years.",
            "Engineers said the crossing, built in 1921, could no longer carry buses or lorries safely, and that repairs would only delay the work.",
            "The new bridge will have two lanes for traffic, a path for cyclists and a wider footway, and is due to open in the spring of 2028.",
            "Shop owners on the high street said they feared two years of road closures, and asked the council to keep one lane open during the works.",
            "The council said a temporary footbridge would be built first, so that people on foot could cross the river throughout the rebuilding.");

    @Test
    void theCommentsBelowTheArticleAreLeftOut() {
        for (String opening : List.of("Leave a Reply", "12 Comments", "Comments (3)", "5 Responses", "Comments are closed.",
                "Be the first to comment",
                "3 thoughts on “Bridge to be rebuilt”")) {
            String text = String.join("\n\n", ARTICLE) + "\n\n" + opening + "\n\n"
                    + "I have lived here for thirty years and the bridge has never been safe for children walking to school.\n\n"
                    + "Two years of closures will ruin the shops on the high street, and nobody at the council seems to care.";
            List<String> texts = cleaner.clean(text, null).paragraphs().stream().map(Paragraph::text).toList();
            assertEquals(ARTICLE, texts, opening);
        }
    }

    @Test
    void aCommentsLinkAboveTheArticleOrALabelOrHeadingInItDoesNotEndIt() {
        String text = "Home\nNews\nComments\n\n" + String.join("\n\n", ARTICLE.subList(0, 3)) + "\n\nResponse:\n\n"
                + ARTICLE.get(3) + "\n\nThoughts on the new bridge\n\n" + ARTICLE.get(4);
        List<String> texts = cleaner.clean(text, null).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(ARTICLE, texts);
    }

    @Test
    void hardWrappedTextReadsAsTheSameParagraphs() {
        String seed = new String(SampleArticle.bytes(), StandardCharsets.UTF_8);
        Article unwrapped = cleaner.clean(seed, null);
        for (int width : new int[] {60, 72, 80}) {
            Article wrapped = cleaner.clean(wrap(seed, width), null);
            assertEquals(unwrapped.title(), wrapped.title(), "width " + width);
            assertEquals(unwrapped.paragraphs(), wrapped.paragraphs(), "width " + width);
        }
        // the seed has eight paragraphs of article text, not the one or two a line at a time would leave
        assertTrue(unwrapped.paragraphs().size() >= 8);
    }

    @Test
    void aLinkLongerThanTheWrapWidthDoesNotUnwrapTheText() {
        List<String> blocks = new java.util.ArrayList<>(List.of(
                new String(SampleArticle.bytes(), StandardCharsets.UTF_8).split("\n\n")));
        blocks.add(3, "https://www.example.com/news/2022/03/14/russia-is-reportedly-seeking-military-and-economic-aid-from-china-for-its-invasion-of-ukraine-say-us-officials");
        String withLink = String.join("\n\n", blocks);
        assertEquals(cleaner.clean(withLink, null).paragraphs(), cleaner.clean(wrap(withLink, 72), null).paragraphs());
    }

    /** Each line of {@code text} broken at spaces to at most {@code width} characters, as {@code fold -s} and mail clients do. */
    private static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int column = 0;
            for (String word : line.split(" ")) {
                if (column > 0 && column + 1 + word.length() > width) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.toString();
    }
}
