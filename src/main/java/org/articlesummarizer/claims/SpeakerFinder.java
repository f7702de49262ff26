package org.articlesummarizer.claims;

import java.util.List;
import java.util.Set;

/**
 * Finds the cue of a sentence and the noun phrase that is its source: the subject before the cue
 * ("Kremlin spokesman Dmitry Peskov said", "Mr. Slinker, whose ..., said", "Nina Turner, a
 * surrogate, said") or, in inversion, the phrase after it ("said Edwin M. Truman, a fellow at ...",
 * "according to US authorities"). Words inside quotation marks are never cues.
 */
final class SpeakerFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who");

    /** Capitalised words that open a sentence or clause but never belong to a name. */
    private static final Set<String> NOT_NAME = Set.of("but", "and", "or", "so", "yet", "on", "in", "at", "when",
            "after", "before", "as", "while", "then", "also", "meanwhile", "still", "now", "however", "instead",
            "later", "earlier", "if", "although", "though", "because", "since", "yesterday", "today", "tonight",
            "asked", "speaking", "during", "for", "from", "with", "by", "to", "that", "this", "these", "those",
            "there", "here", "what", "why", "how", "where", "indeed", "even", "just", "last", "next", "thus",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "once", "until",
            "unlike", "like", "whether", "not", "only", "is", "was", "are", "were", "i", "it");

    /** Lower-case words that may stand inside a noun phrase before its head. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "other", "some", "many",
            "several", "two", "three", "four", "five", "his", "her", "their", "its", "our", "my", "your", "most",
            "few", "both", "all", "each", "one", "no", "any", "these", "those", "this", "that", "more", "top");

    /** Lower-case words that end a noun phrase going backwards: verbs, prepositions, conjunctions. */
    private static final Set<String> BREAKERS = Set.of("that", "which", "who", "whom", "whose", "and", "but", "or",
            "if", "when", "as", "because", "while", "to", "in", "on", "at", "by", "with", "from", "after", "before",
            "about", "into", "over", "than", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "will", "would", "not", "also", "then", "said", "says", "told", "so", "just", "only", "even",
            "what", "where", "how", "why", "there", "here", "do", "does", "did", "can", "could", "should",
            "may", "might", "must", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
            "up", "out", "off", "down", "against", "without", "under", "since", "until", "through", "during",
            "like", "among", "between", "per", "via", "once", "now", "yet", "still", "however");

    private static final int MAX_PHRASE = 12;

    /** The attribution of a sentence, or null: the first cue (outside quotes) with a source. */
    Span find(String sentence, List<Token> tokens, boolean[] quoted) {
        Span according = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] || !tokens.get(i).isWord()) continue;
            String w = tokens.get(i).lower();
            if (w.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                if (according == null) according = accordingTo(tokens, quoted, i);
                continue;
            }
            CueLexicon.Strength strength = CueLexicon.verb(w);
            if (strength == null || CueLexicon.passive(tokens, i)) continue;
            Span span = verbCue(tokens, quoted, i, strength);
            if (span != null) return span;
        }
        return according;
    }

    private Span accordingTo(List<Token> tokens, boolean[] quoted, int i) {
        int from = i + 2;
        int end = forwardPhrase(tokens, quoted, from, false);
        if (end <= from) return null;
        return new Span(tokens.get(from).start(), tokens.get(end - 1).end(), tokens.get(i).start(),
                tokens.get(i + 1).end());
    }

    private Span verbCue(List<Token> tokens, boolean[] quoted, int verb, CueLexicon.Strength strength) {
        int cueEnd = verb + 1;
        if (cueEnd < tokens.size() && CueLexicon.particle(tokens.get(verb).lower(), tokens.get(cueEnd).lower())) {
            cueEnd++;
        }
        int cueStart = verb;
        while (cueStart > 0 && tokens.get(cueStart - 1).isWord() && !quoted[cueStart - 1]
                && CueLexicon.auxiliary(tokens.get(cueStart - 1).lower())) {
            cueStart--;
        }
        int p = cueStart - 1;
        // inversion: ..." said Sanders / ..., said the spokesman
        if (p < 0 || !tokens.get(p).isWord()) {
            if (cueStart == verb) {
                int end = forwardPhrase(tokens, quoted, cueEnd, true);
                if (end > cueEnd && startsName(tokens, cueEnd, strength)) {
                    return span(tokens, cueEnd, end, cueStart, cueEnd);
                }
            }
            if (p >= 0 && tokens.get(p).is(",")) {
                int[] subject = appositiveSubject(tokens, quoted, p);
                if (subject != null) return span(tokens, subject[0], subject[1], cueStart, cueEnd);
            }
            return null;
        }
        if (quoted[p]) return null;
        String head = tokens.get(p).lower();
        if (PRONOUNS.contains(head)) {
            return span(tokens, p, p + 1, cueStart, cueEnd);
        }
        int start = backwardPhrase(tokens, quoted, p);
        if (start < 0) return null;
        if (strength == CueLexicon.Strength.WEAK && !tokens.get(p).capitalised()) return null;
        return span(tokens, start, p + 1, cueStart, cueEnd);
    }

    private static Span span(List<Token> tokens, int from, int to, int cueFrom, int cueTo) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end(), tokens.get(cueFrom).start(),
                tokens.get(cueTo - 1).end());
    }

    /** Start of the noun phrase ending at token {@code head}, or -1 when the head is no noun. */
    private int backwardPhrase(List<Token> tokens, boolean[] quoted, int head) {
        Token h = tokens.get(head);
        if (!h.isWord()) return -1;
        String hl = h.lower();
        if (BREAKERS.contains(hl) || DETERMINERS.contains(hl)) return -1;
        if (h.capitalised() && NOT_NAME.contains(hl)) return -1;
        if (!h.capitalised() && (hl.endsWith("ly") || hl.endsWith("ing") && !hl.equals("king"))) return -1;
        int start = head;
        while (start > 0 && head - start < MAX_PHRASE) {
            int j = start - 1;
            Token t = tokens.get(j);
            if (quoted[j]) break;
            if (t.is("'") || t.is("’")) {
                // possessive "Sanders' campaign"
                if (j > 0 && tokens.get(j - 1).capitalised()) { start = j - 1; continue; }
                break;
            }
            if (!t.isWord()) break;
            String l = t.lower();
            if (t.capitalised()) {
                if (NOT_NAME.contains(l) && (j == 0 || !tokens.get(j - 1).capitalised())) break;
                start = j;
                continue;
            }
            if (DETERMINERS.contains(l)) { start = j; break; }
            if ((l.equals("of") || l.equals("for") || l.equals("and") || l.equals("&"))
                    && tokens.get(start).capitalised() && j > 0 && tokens.get(j - 1).isWord()
                    && (tokens.get(j - 1).capitalised() || !BREAKERS.contains(tokens.get(j - 1).lower()))) {
                start = j;
                continue;
            }
            if (l.endsWith("’s") || l.endsWith("'s")) { start = j; continue; }
            if (BREAKERS.contains(l) || l.endsWith("ly") || l.endsWith("ed") && !t.capitalised()) break;
            if (Character.isDigit(l.charAt(0))) break;
            start = j;
        }
        // never start on "of"/"and"
        while (start < head && !tokens.get(start).capitalised()
                && (tokens.get(start).lower().equals("of") || tokens.get(start).lower().equals("and")
                || tokens.get(start).lower().equals("for"))) {
            start++;
        }
        return start;
    }

    /** The phrase after an inverted cue or "according to": to the end of the clause. */
    private int forwardPhrase(List<Token> tokens, boolean[] quoted, int from, boolean inversion) {
        int i = from;
        boolean sawComma = false;
        while (i < tokens.size() && i - from < 40) {
            Token t = tokens.get(i);
            if (quoted[i] || t.isQuote()) break;
            if (!t.isWord()) {
                if (t.is(",") && inversion && !sawComma) {
                    sawComma = true; // "said Andy Grewal, a law professor at ..."
                    i++;
                    continue;
                }
                if (t.is("(") || t.is(")") || t.is("-") || t.is("&") || t.is("/")) { i++; continue; }
                break;
            }
            String l = t.lower();
            if (!sawComma && i > from && !t.capitalised() && (BREAKERS.contains(l) && !l.equals("and")
                    || l.endsWith("day") || l.equals("last") || l.equals("earlier"))) {
                break;
            }
            if (!inversion && (l.equals("that") || l.equals("which"))) break;
            i++;
        }
        while (i > from && !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(")")) i--;
        return i;
    }

    private static boolean startsName(List<Token> tokens, int i, CueLexicon.Strength strength) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord()) return false;
        String l = t.lower();
        if (PRONOUNS.contains(l)) return strength == CueLexicon.Strength.STRONG && !l.equals("who") && !l.equals("it");
        if (t.capitalised()) return !NOT_NAME.contains(l);
        return l.equals("the") || l.equals("a") || l.equals("an") || l.equals("one") || l.equals("another");
    }

    /** "Nina Turner, a surrogate for Mr. Sanders, said" / "Mr. Slinker, whose start-up ..., said". */
    private int[] appositiveSubject(List<Token> tokens, boolean[] quoted, int comma) {
        int q = comma - 1;
        while (q >= 0 && comma - q < 30 && !tokens.get(q).is(",")) {
            if (quoted[q] || tokens.get(q).isQuote() || tokens.get(q).is(".")) return null;
            q--;
        }
        if (q <= 0 || !tokens.get(q).is(",") || q + 1 >= comma) return null;
        int head = q - 1;
        Token h = tokens.get(head);
        if (!h.capitalised() || NOT_NAME.contains(h.lower())) return null;
        int start = backwardPhrase(tokens, quoted, head);
        if (start < 0) return null;
        String first = tokens.get(q + 1).lower();
        if (first.equals("who") || first.equals("whose") || first.equals("which")) {
            return new int[] {start, head + 1};
        }
        return new int[] {start, comma + 1};
    }
}
