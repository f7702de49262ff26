package org.articlesummarizer.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules' word sets answer as the HashSets they replace. */
class WordSetTest {

    @Test
    void aWordSetHoldsItsWordsAndNoOthers() {
        // "" hashes to 0, the mark of an empty slot; "Aa" and "BB" share a hash code
        Set<String> words = SourceWords.words("said", "told", "", "Aa", "BB", "said");
        assertEquals(Set.of("said", "told", "", "Aa", "BB"), new HashSet<>(words));
        assertEquals(5, words.size());
        for (String w : new String[] {"said", "told", "", "Aa", "BB"}) {
            assertTrue(words.contains(new String(w)), w); // a copy, as the tokenizer's strings are
        }
        for (String w : new String[] {"say", "Said", "saidx", "Ab", "C#"}) assertFalse(words.contains(w), w);
        assertFalse(words.contains(null));
        assertFalse(words.contains(42));
    }

    @Test
    void aWordSetCannotBeChanged() {
        Set<String> words = SourceWords.words("he", "she");
        assertThrows(UnsupportedOperationException.class, () -> words.add("they"));
        assertThrows(UnsupportedOperationException.class, () -> words.remove("he"));
    }

    @Test
    void aLargeSetFindsEveryMember() {
        String[] many = new String[500];
        for (int i = 0; i < many.length; i++) many[i] = "w" + i;
        Set<String> words = SourceWords.words(many);
        for (String w : many) assertTrue(words.contains(w), w);
        assertFalse(words.contains("w500"));
    }
}
