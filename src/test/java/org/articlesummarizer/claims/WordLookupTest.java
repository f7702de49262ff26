package org.articlesummarizer.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The word look-ups that skip String.toLowerCase for ASCII words give what it would. */
class WordLookupTest {

    @Test
    void aTableFindsAWordInAnyCaseWhereItStands() {
        WordTable<Boolean> table = WordTable.of(Set.of("senate", "mr.", "kelvin"));
        String text = "the SENATE and Mr. Smith";
        assertEquals(Boolean.TRUE, table.getLowerCase(text, 4, 10));
        assertEquals(Boolean.TRUE, table.getLowerCase(text, 15, 18));
        assertNull(table.getLowerCase(text, 19, 24), "Smith is no key");
        assertNull(table.getLowerCase(text, 4, 9), "a key's prefix is no key");
        // past ASCII, lower-casing as String.toLowerCase: the Kelvin sign is a capital K
        assertEquals(Boolean.TRUE, table.getLowerCase("\u212Aelvin", 0, 6));
        assertNull(table.getLowerCase("s\u00E9nate", 0, 6));
    }

    @Test
    void theLookUpOverCharactersGivesWhatTheLookUpOverAStringGives() {
        WordTable<Boolean> table = WordTable.of(Set.of("senate", "mr.", "kelvin"));
        for (String text : List.of("the SENATE and Mr. Smith", "\u212Aelvin s\u00E9nate MR. senates")) {
            char[] chars = text.toCharArray();
            for (int from = 0; from < text.length(); from++) {
                for (int to = from + 1; to <= text.length(); to++) {
                    assertEquals(table.getLowerCase(text, from, to), table.getLowerCase(chars, from, to), text.substring(from, to));
                }
            }
        }
        assertEquals(Boolean.TRUE, table.getLowerCase("\u212Aelvin".toCharArray(), 0, 6));
    }

    @Test
    void tokensAreLowerCasedAsToLowerCaseWould() {
        String sentence = "Élysée spokesman Dmitry PESKOV said “no” to AT&T’s don't.";
        List<Token> tokens = new Tokens().tokenize(sentence);
        for (Token t : tokens) {
            String text = sentence.substring(t.start(), t.end());
            assertEquals(text, t.text());
            assertEquals(text.toLowerCase(Locale.ROOT), t.lower(), text);
        }
    }

    @Test
    void aTokenAnswersForItsLowerCaseWithoutCuttingIt() {
        // ASCII, curly quotes, a dash, and letters past ASCII (the Kelvin sign lower-cases to a plain k)
        String sentence = "Élysée spokesman Dmitry PESKOV said “no” to AT&T’s don't \u212Aelvin re–elected Family.";
        List<Token> tokens = new Tokens().tokenize(sentence);
        for (Token t : tokens) {
            String lower = sentence.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            assertEquals(lower.hashCode(), t.lowerHash(), lower);
            assertEquals(lower.length(), t.lowerLength(), lower);
            assertTrue(t.lowerIs(lower), lower);
            assertFalse(t.lowerIs(lower + "s"), lower);
            for (String part : List.of("ly", "ed", "’s", "n't", "kelvin", "élysée", "re", "at&", "dm", lower)) {
                assertEquals(lower.endsWith(part), t.lowerEndsWith(part), lower + " / ends with " + part);
                assertEquals(lower.startsWith(part), t.lowerStartsWith(part), lower + " / starts with " + part);
            }
        }
    }

    @Test
    void aWordSetFindsATokenAsItFindsItsLowerCase() {
        WordSet set = new WordSet("said", "peskov", "élysée", "kelvin", "at&t’s", "no", "family");
        String sentence = "Élysée spokesman Dmitry PESKOV said “no” to AT&T’s don't \u212Aelvin Familyy.";
        List<Token> tokens = new Tokens().tokenize(sentence);
        int members = 0;
        for (Token t : tokens) {
            boolean expected = set.contains(sentence.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
            assertEquals(expected, set.contains(t), t.text());
            assertEquals(expected, set.contains((Object) t), "asked through the Set type: " + t.text());
            if (expected) members++;
        }
        assertEquals(6, members, "Élysée, PESKOV, said, no, AT&T’s and the Kelvin-sign kelvin");
    }
}
