package org.articlesummarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.clean.ArticleCleaner;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> sentences(String... paragraphs) {
        return new Segmenter().sentences(ArticleCleaner.fromParagraphs("Title", List.of(paragraphs)))
                .stream().map(Sentence::text).toList();
    }

    @Test
    void aListItemsNumberIsNoSentence() {
        assertEquals(List.of("Lift the old board with a pry bar.", "Cut the new board to length."),
                sentences("1. Lift the old board with a pry bar.", "12) Cut the new board to length."));
    }

    @Test
    void numbersThatOpenProseStay() {
        assertEquals(List.of("3.5 million people voted.", "10 Downing Street said nothing.", "2. and 3. were late."),
                sentences("3.5 million people voted.", "10 Downing Street said nothing.", "2. and 3. were late."));
    }
}
