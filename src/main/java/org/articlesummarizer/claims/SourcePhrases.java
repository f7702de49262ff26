package org.articlesummarizer.claims;

import static org.articlesummarizer.claims.SourceWords.PRONOUNS;
import static org.articlesummarizer.claims.SourceWords.NOT_NAME;
import static org.articlesummarizer.claims.SourceWords.DETERMINERS;
import static org.articlesummarizer.claims.SourceWords.BREAKERS;
import static org.articlesummarizer.claims.SourceWords.MAX_PHRASE;
import static org.articlesummarizer.claims.SourceWords.PREDETERMINERS;
import static org.articlesummarizer.claims.SourceWords.PREPOSITIONS;
import static org.articlesummarizer.claims.SourceWords.FINITE;
import static org.articlesummarizer.claims.SourceWords.SENTENCE_ADVERBS;
import static org.articlesummarizer.claims.SourceWords.SOURCE_NOUNS;

import java.util.List;

/**
 * The noun phrases that can be the source of a claim, found from a word of the sentence: the
 * phrase ending at a head noun ("Kremlin spokesman Dmitry Peskov"), the subject of the sentence or
 * of an opening clause, an apposition ("Nina Turner, a surrogate for Mr. Sanders,"), the phrase
 * after an inverted cue or "according to". {@link SpeakerFinder} finds the cue and asks here.
 */
final class SourcePhrases {

    private SourcePhrases() {
    }

    /**
     * The subject that opens the sentence (after an opening adverbial and its comma), up to {@code
     * limit}: a name or a pronoun, or with {@code commonNouns} also a determiner and its noun ("The
     * senator paused and recalled"), which a finite verb after "and" shares but a participle seldom does.
     */
    static int[] subjectOfSentence(List<Token> tokens, boolean[] quoted, int limit, boolean commonNouns) {
        int i = 0;
        if (tokens.get(0).is("But") || tokens.get(0).is("And") || tokens.get(0).is("So") || tokens.get(0).is("Yet")) {
            i = 1;
        }
        if (i < limit && tokens.get(i).isWord() && NOT_NAME.contains(tokens.get(i))) {
            // an opening adverbial up to its comma: "But on Tuesday, he stood ... and urged"
            int comma = i;
            while (comma < limit && !tokens.get(comma).is(',')) comma++;
            if (comma < limit) i = comma + 1;
            else if (i == 0) i = limit; // no comma: the opener is no adverbial of its own
        }
        if (i >= limit || quoted[i] || !tokens.get(i).isWord()) return null;
        Token first = tokens.get(i);
        if (PRONOUNS.contains(first) && !first.lowerIs("it") && !first.lowerIs("who")) {
            return new int[] {i, i + 1};
        }
        int j = i;
        if (DETERMINERS.contains(first)) j++;
        int names = 0;
        while (j < limit && tokens.get(j).isWord() && !quoted[j]) {
            Token t = tokens.get(j);
            if (t.capitalised() && !NOT_NAME.contains(t)) {
                names++;
                j++;
            } else if (names > 0 && (t.lowerIs("of") || t.lowerIs("and")) && j + 1 < limit
                    && tokens.get(j + 1).capitalised()) {
                j++;
            } else if ((names == 0 || adjectival(tokens.get(j - 1))) && titleBeforeName(tokens, quoted, j, limit)) {
                j++; // "Republican presidential candidate Donald Trump"
            } else {
                break;
            }
        }
        if (names == 0 && commonNouns && DETERMINERS.contains(first)) {
            // a common noun with its determiner: "The senator paused and recalled"
            int k = i + 1;
            while (k < limit && k - i <= 3 && commonNoun(tokens, quoted, k)) k++;
            return k > i + 1 ? new int[] {i, k} : null;
        }
        // a name used as an adjective before its head noun: "Chinese officials", "Kremlin sources"
        if (names > 0 && j < limit && tokens.get(j).isWord() && !quoted[j] && SOURCE_NOUNS.contains(tokens.get(j))) j++;
        return names == 0 ? null : new int[] {i, j};
    }

    /** A lower-case word that can stand in a plain noun phrase: no verb, adverb, preposition or conjunction. */
    private static boolean commonNoun(List<Token> tokens, boolean[] quoted, int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || quoted[k] || t.capitalised()) return false;
        return !BREAKERS.contains(t) && !DETERMINERS.contains(t) && !t.lowerEndsWith("ed") && !t.lowerEndsWith("ly")
                && CueLexicon.lowerVerb(t) == null;
    }

    /** A capitalised word that qualifies a title rather than names someone: "Republican", "Chinese", "US". */
    private static boolean adjectival(Token t) {
        String w = t.text();
        return w.endsWith("an") || w.endsWith("ic") || w.endsWith("ese") || w.endsWith("ish")
                || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** A lower-case word inside a title that a name follows within three words ("presidential candidate"). */
    private static boolean titleBeforeName(List<Token> tokens, boolean[] quoted, int j, int limit) {
        if (!commonNoun(tokens, quoted, j)) return false;
        for (int k = j + 1; k < Math.min(limit, j + 4); k++) {
            Token n = tokens.get(k);
            if (!n.isWord() || quoted[k]) return false;
            if (n.capitalised()) return !NOT_NAME.contains(n);
            if (BREAKERS.contains(n)) return false;
        }
        return false;
    }

    /** The source after an inverted cue: a name or noun phrase, with one apposition, to the end of the clause. */
    static int inversionPhrase(List<Token> tokens, boolean[] quoted, int from) {
        if (!startsName(tokens, from)) return -1;
        int i = from;
        boolean sawComma = false;
        boolean content = false;
        while (i < tokens.size() && i - from < 40) {
            Token t = tokens.get(i);
            if (quoted[i] || t.isQuote()) break;
            if (!t.isWord()) {
                if (t.is(',') && !sawComma) {
                    sawComma = true; // "said Andy Grewal, a law professor at ..."
                    i++;
                    continue;
                }
                if (t.is('(') || t.is(')') || t.is('-') || t.is('&') || t.is('/')) { i++; continue; }
                break;
            }
            if (!sawComma && i > from && !t.capitalised()) {
                if (FINITE.contains(t) || t.lowerEndsWith("n’t") || t.lowerEndsWith("n't")) return -1;
                if (BREAKERS.contains(t) && !t.lowerIs("and") || t.lowerEndsWith("day") || t.lowerIs("last")
                        || t.lowerIs("earlier")) {
                    break;
                }
            }
            if (!DETERMINERS.contains(t)) content = true;
            i++;
        }
        while (i > from && !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(')')) i--;
        return content ? i : -1;
    }

    /**
     * True when the capitalised run ending at {@code last} follows a preposition ("In February,",
     * "On Monday,", "After Brexit,"): an adverbial before the subject, not the first name of a list.
     */
    private static boolean openingAdverbial(List<Token> tokens, int last) {
        int k = last;
        while (k > 0 && tokens.get(k - 1).capitalised() && tokens.get(k - 1).isWord()) k--;
        if (tokens.get(k).isWord() && PREPOSITIONS.contains(tokens.get(k))) return true;
        return k > 0 && tokens.get(k - 1).isWord() && PREPOSITIONS.contains(tokens.get(k - 1));
    }

    /** Start of the noun phrase ending at token {@code head}, or -1 when the head is no noun. */
    static int backwardPhrase(List<Token> tokens, boolean[] quoted, int head) {
        Token h = tokens.get(head);
        if (h.is(')')) {
            // "Sen. Bernie Sanders (I-Vt.)": step over the bracket to the name before it
            int open = head - 1;
            while (open > 0 && !tokens.get(open).is('(') && head - open < 8) open--;
            if (open <= 0 || !tokens.get(open).is('(')) return -1;
            return backwardPhrase(tokens, quoted, open - 1);
        }
        if (!h.isWord()) return -1;
        // a capitalised modal after a capitalised word ends a name: "Theresa May", "George Will"
        boolean nameEnd = h.capitalised() && head > 0 && tokens.get(head - 1).capitalised() && !quoted[head - 1]
                && CueLexicon.auxiliary(h);
        if ((BREAKERS.contains(h) || DETERMINERS.contains(h)) && !nameEnd) return -1;
        if (h.capitalised() && NOT_NAME.contains(h) && !nameEnd) return -1;
        if (!h.capitalised() && (CueLexicon.adverb(h) || h.lowerEndsWith("ing") && !h.lowerIs("king"))) return -1;
        int start = head;
        boolean listed = false;
        while (start > 0 && head - start < MAX_PHRASE) {
            int j = start - 1;
            Token t = tokens.get(j);
            if (quoted[j]) break;
            if (t.is('\'') || t.is('’')) {
                // possessive "Sanders' campaign"
                if (j > 0 && tokens.get(j - 1).capitalised()) { start = j - 1; continue; }
                break;
            }
            if (t.is(',') && listed && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1]
                    && !openingAdverbial(tokens, j - 1)) {
                start = j; // "Donald Trump, Mike Huckabee and Chris Christie"
                continue;
            }
            if (t.is('/') && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1] && tokens.get(start).capitalised()) {
                start = j; // "a CNN/ORC poll"
                continue;
            }
            if (!t.isWord()) break;
            if (t.capitalised()) {
                if (NOT_NAME.contains(t) && (j == 0 || !tokens.get(j - 1).capitalised())) break;
                start = j;
                continue;
            }
            if (DETERMINERS.contains(t)) {
                start = j;
                if (j > 0 && PREDETERMINERS.contains(tokens.get(j - 1))) start = j - 1;
                break;
            }
            if (t.lowerIs("and") && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1]) {
                start = j; // "Mr. Xi and other leaders"
                listed = true;
                continue;
            }
            if ((t.lowerIs("of") || t.lowerIs("for") || t.lowerIs("and") || t.lowerIs("&"))
                    && tokens.get(start).capitalised() && j > 0 && tokens.get(j - 1).isWord()
                    && (tokens.get(j - 1).capitalised() || !BREAKERS.contains(tokens.get(j - 1)))) {
                start = j;
                continue;
            }
            if (t.lowerIs("in") && tokens.get(start).capitalised() && j > 0 && !quoted[j - 1]
                    && SOURCE_NOUNS.contains(tokens.get(j - 1))) {
                start = j; // "officials in Moscow said": the place belongs to the officials
                continue;
            }
            if (t.lowerEndsWith("’s") || t.lowerEndsWith("'s")) { start = j; continue; }
            if (BREAKERS.contains(t) || t.lowerEndsWith("ly") || t.lowerEndsWith("ed") && !t.capitalised()) break;
            start = j;
        }
        // never start on "of"/"and"
        while (start < head && !tokens.get(start).capitalised()
                && (tokens.get(start).lowerIs("of") || tokens.get(start).lowerIs("and")
                || tokens.get(start).lowerIs("for"))) {
            start++;
        }
        return start;
    }

    /** The source after "according to": to the end of the clause, a relative clause with "who" included. */
    static int accordingPhrase(List<Token> tokens, boolean[] quoted, int from) {
        int i = from;
        while (i < tokens.size() && i - from < 30) {
            Token t = tokens.get(i);
            if (quoted[i] || t.isQuote()) break;
            if (!t.isWord()) {
                if (t.is('(') || t.is(')') || t.is('-') || t.is('&') || t.is('/')) { i++; continue; }
                break;
            }
            // a relative clause on a person belongs to the source ("members who spoke with reporters
            // afterward", 9 of 11 on train); one on a thing seldom does ("a new poll that shows")
            if (i > from && (t.lowerIs("that") || t.lowerIs("which"))) break;
            i++;
        }
        while (i > from && !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(')')) i--;
        return i;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord()) return false;
        if (PRONOUNS.contains(t)) return !t.lowerIs("who") && !t.lowerIs("it");
        if (t.capitalised()) return !NOT_NAME.contains(t);
        if (DETERMINERS.contains(t)) return !t.lowerIs("this") && !t.lowerIs("no");
        if (t.lowerEndsWith("ed") && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                && !NOT_NAME.contains(tokens.get(i + 1))) {
            return true; // a participle before a title or name: "said retired Army Lt. Gen. Mick Bednarek"
        }
        return titleBeforeName(tokens, new boolean[tokens.size()], i, tokens.size()); // "said former congressman Barney Frank"
    }

    /**
     * The subject that opens the sentence with its appositions, when everything up to the comma
     * before the cue is that: "Christopher Harvey, an African-American delegate from Houston, Texas,
     * said", a relative clause included ("Jason Furman, who leads ..., said", as PolNeAR mostly marks
     * it); without a sentence adverb ("Clinton, however, said").
     */
    private static int[] openingSubject(List<Token> tokens, boolean[] quoted, int comma) {
        int lead = 0;
        // a quotation that opens the sentence: "''If Reagan had gone with Kemp ...,'' Mr. Daniloff, now 81, said"
        while (lead < comma && (quoted[lead] || tokens.get(lead).isQuote() || tokens.get(lead).is(','))) lead++;
        if (lead > 0) {
            int[] after = openingSubject(tokens.subList(lead, tokens.size()),
                    java.util.Arrays.copyOfRange(quoted, lead, quoted.length), comma - lead);
            return after == null ? null : new int[] {after[0] + lead, after[1] + lead};
        }
        int s0 = 0;
        if (tokens.get(0).isWord() && NOT_NAME.contains(tokens.get(0))
                && !tokens.get(0).lowerIs("but") && !tokens.get(0).lowerIs("and")) {
            while (s0 < comma && !tokens.get(s0).is(',')) s0++;
            s0++; // after an opening adverbial: "In a statement to the Observer, ..."
        } else if (tokens.get(0).isWord() && (tokens.get(0).lowerIs("but") || tokens.get(0).lowerIs("and"))) {
            s0 = 1;
        }
        if (s0 >= comma) return null;
        int q = s0;
        while (q < comma && !tokens.get(q).is(',')) {
            if (quoted[q] || tokens.get(q).isQuote()) return null;
            q++;
        }
        if (q >= comma || q == s0) return null;
        if (backwardPhrase(tokens, quoted, q - 1) != s0) return null;
        Token first = tokens.get(q + 1);
        if (q + 2 == comma && SENTENCE_ADVERBS.contains(first)
                || q + 3 == comma && (first.lowerIs("for") || first.lowerIs("in"))) {
            return new int[] {s0, q};
        }
        return new int[] {s0, comma + 1};
    }

    /** "Nina Turner, a surrogate for Mr. Sanders, said" / "Mr. Slinker, whose start-up ..., said", apposition included. */
    static int[] appositiveSubject(List<Token> tokens, boolean[] quoted, int comma) {
        int[] opening = openingSubject(tokens, quoted, comma);
        if (opening != null) return opening;
        int q = comma - 1;
        while (q >= 0 && comma - q < 30 && !tokens.get(q).is(',')) {
            if (quoted[q] || tokens.get(q).isQuote() || tokens.get(q).is('.')) return null;
            q--;
        }
        if (q <= 0 || !tokens.get(q).is(',') || q + 1 >= comma) return null;
        int head = q - 1;
        if (head >= 2 && Character.isDigit(tokens.get(head).text().charAt(0)) && tokens.get(head - 1).is(',')) {
            head -= 2; // "Clinton, 35, the daughter of ..."
        }
        Token h = tokens.get(head);
        if (!h.isWord() || NOT_NAME.contains(h)) return null;
        int start = backwardPhrase(tokens, quoted, head);
        if (start < 0) return null;
        Token opener = tokens.get(start);
        if (!h.capitalised() && !opener.capitalised() && !DETERMINERS.contains(opener)) return null;
        return new int[] {start, comma + 1};
    }
}
