package org.articlesummarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigits() {
        assertEquals(List.of("china", "s", "gdp", "grew", "6", "9", "in", "2015"),
                Tokenizer.words("China's GDP grew 6.9% in 2015."));
        assertEquals(List.of("café", "owner", "said", "it", "s", "over"), Tokenizer.words("Café owner said: “It’s over”"));
    }
}
