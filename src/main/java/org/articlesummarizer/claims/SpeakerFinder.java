package org.articlesummarizer.claims;

import static org.articlesummarizer.claims.SourceWords.PRONOUNS;
import static org.articlesummarizer.claims.SourceWords.QUANTIFIERS;
import static org.articlesummarizer.claims.SourceWords.NOT_NAME;
import static org.articlesummarizer.claims.SourceWords.DETERMINERS;
import static org.articlesummarizer.claims.SourceWords.BREAKERS;
import static org.articlesummarizer.claims.SourceWords.MAX_PHRASE;
import static org.articlesummarizer.claims.SourceWords.PREPOSITIONS;
import static org.articlesummarizer.claims.SourceWords.FINITE;
import static org.articlesummarizer.claims.SourceWords.SENTENCE_ADVERBS;
import static org.articlesummarizer.claims.SourceWords.SOURCE_NOUNS;
import static org.articlesummarizer.claims.SourceWords.STATEMENT_DETERMINERS;
import static org.articlesummarizer.claims.SourceWords.MODALS;
import static org.articlesummarizer.claims.SourceWords.NEGATED_MODALS;
import static org.articlesummarizer.claims.SourceWords.POSSESSIVES;
import static org.articlesummarizer.claims.SourceWords.words;

import java.util.List;
import java.util.Set;

/**
 * Finds the cue of a sentence and the noun phrase that is its source: the subject before the cue
 * ("Kremlin spokesman Dmitry Peskov said", "Mr. Slinker, whose ..., said", "Nina Turner, a
 * surrogate, said") or, in inversion, the phrase after it ("said Edwin M. Truman, a fellow at ...",
 * "according to US authorities"). Words inside quotation marks are never cues.
 */
final class SpeakerFinder {

    /** Words after which a form that is as often a noun is the verb: personal pronouns and modals ("she supports", "would back"). */
    private static final WordSet VERB_HOSTS = words(MODALS, "he", "she", "they", "we", "i", "you", "to", "also", "not",
            "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t");

    private static final WordSet TIME = words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "morning", "night", "afternoon", "evening",
            "week", "month", "year");

    /** The attribution of a sentence, or null: the first cue (outside quotes) with a source. */
    Span find(String sentence, Tokens tokens, boolean[] quoted) {
        Span span = firstCue(sentence, tokens, quoted);
        return span == null ? null : splitContraction(sentence, span);
    }

    /**
     * A pronoun source with a contracted auxiliary right before the cue ("he’s said", "I’ve been
     * saying"): the pronoun is the source and the auxiliary belongs to the cue, as with "has said"
     * (on train PolNeAR marks it so 28 times in 30).
     */
    private static Span splitContraction(String sentence, Span span) {
        int end = span.speakerEnd();
        if (end >= span.cueStart() || end < 3) return span;
        // the text between is blank (String.isBlank), read where it stands: asked of every source found
        for (int k = end; k < span.cueStart(); k++) if (!Character.isWhitespace(sentence.charAt(k))) return span;
        int apostrophe = -1;
        for (int k = end - 1; k > span.speakerStart() && k >= end - 3; k--) {
            char c = sentence.charAt(k);
            if (c == '\'' || c == '’') {
                apostrophe = k;
                break;
            }
        }
        if (apostrophe < 0 || !CONTRACTIONS.contains(sentence.substring(apostrophe + 1, end).toLowerCase(java.util.Locale.ROOT))) {
            return span;
        }
        String pronoun = sentence.substring(span.speakerStart(), apostrophe).toLowerCase(java.util.Locale.ROOT);
        if (!PRONOUNS.contains(pronoun) && !pronoun.equals("that")) return span;
        return new Span(span.speakerStart(), apostrophe, apostrophe, span.cueEnd());
    }

    private static final WordSet CONTRACTIONS = words("s", "ve", "re", "d", "ll", "m");

    private Span firstCue(String sentence, Tokens tokens, boolean[] quoted) {
        Span opening = openingCue(sentence, tokens, quoted);
        if (opening != null) return opening;
        Span according = null;
        // a headline in title case writes its cue "Urges": "Clinton Urges Britain to Remain"
        boolean headline = false;
        boolean headlineKnown = false;
        int stance = -1; // the first "attacks" or "embrace", which may be a noun of stance (see possessedAttack)
        for (int i = askedClauseEnd(tokens); i < tokens.size(); i++) {
            if (quoted[i] || !tokens.get(i).isWord()) continue;
            Token w = tokens.get(i);
            if ((w.is("according") || w.is("According")) && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                if (according == null) according = accordingTo(tokens, quoted, i);
                continue;
            }
            CueLexicon.Strength strength = null;
            if (Tokens.isLowerCase(w.first())) {
                strength = CueLexicon.verb(w);
            } else if (i > 0 && (!headlineKnown || headline) && (strength = CueLexicon.titleVerb(w)) != null) {
                // once the sentence is known to be no headline, its capitalised words are no cues: not looked up
                if (!headlineKnown) {
                    headline = CueLexicon.titleCase(w.chars(), sentence.length()); // the tokenizer's copy of the sentence
                    headlineKnown = true;
                }
                if (!headline) strength = null;
            }
            if (strength != null && stance < 0 && STANCE_NOUNS.contains(w)) stance = i; // for possessedAttack below
            int phraseEnd = strength == null ? -1 : CueLexicon.phraseEnd(tokens, i); // once: both tests below ask it
            // every frame of a quotation holds a quotation mark: a sentence with none (most) is not asked word by word
            if (tokens.hasQuotationMark() && (strength != CueLexicon.Strength.STRONG || phraseEnd < 0) && according == null) {
                // the lexicon's strength of the word, which the frame asks of its verb (it takes lower-case verbs only)
                Span framed = quotationFrame(tokens, quoted, i, strength);
                if (framed != null) return framed;
            }
            if (strength == null || phraseEnd < 0) continue;
            Span reduced = reducedPassive(tokens, quoted, i);
            if (reduced != null) return reduced;
            int be = CueLexicon.passiveStart(tokens, i);
            if (be >= 0) {
                // "The meeting was first reported by Politico": the agent is the source
                Span agent = passiveAgent(tokens, quoted, be, i);
                if (agent != null) return agent;
                continue;
            }
            Span span = verbCue(tokens, quoted, i, strength, headline);
            if (span != null && nobody(sentence, span)) span = null;
            if (span != null) {
                // "X said ..., according to Y" and "According to Y, X said ...": the report is Y's, as
                // PolNeAR marks it, and Y's cue is the sentence's first; but a quotation is the words of
                // the one who said it ("According to TASS, Zhao said that “the charges ... are erroneous”")
                if (according != null && !quotedAfter(quoted, i)) return according;
                // most sentences hold no later "according": String.indexOf rules it out without a pass over the tokens
                Span later = sentence.indexOf("according", w.end()) < 0 ? null : laterAccordingTo(tokens, quoted, i + 1);
                if (later == null && (strength == CueLexicon.Strength.WEAK || !saying(w))) {
                    // each frame needs marks after the cue (the tokenizer noted where they stand): a comma or a
                    // quotation mark before the closing frame's source, two commas around a parenthetical one
                    if (tokens.lastCommaOrQuotationMark() > i) later = closingFrame(tokens, quoted, i + 1, headline); // "..., the lawsuit says."
                    if (later == null && tokens.commaBeforeLast() > i) {
                        later = parentheticalFrame(tokens, quoted, i + 1, headline); // "He hoped, he said, that"
                    }
                }
                return later != null ? later : span;
            }
        }
        if (according != null) return according;
        Span poll = inNamedPoll(tokens, quoted);
        if (poll != null) return poll;
        Span view = toWhom(sentence, tokens, quoted);
        return view != null || stance < 0 ? view : possessedAttack(tokens, quoted, stance);
    }

    /** Nouns of an attack or an embrace whose possessor is its source: "Trump's attacks on Curiel". */
    private static final WordSet STANCE_NOUNS = words("attack", "attacks", "embrace");

    /** Where a possessor may stand: opening its clause or after a preposition ("in his attacks on"). */
    private static final WordSet BEFORE_POSSESSOR = words("in", "with", "after", "before", "of", "to", "for", "by",
            "at", "during", "about", "and", "but", "as");

    /**
     * "Trump's attacks on Curiel stand out", "with his attacks on the role of money", "Kaine's full embrace
     * of the position": with no cue word in the sentence, an attack or embrace that someone's possessive
     * names is their stance, as PolNeAR marks it (on train 11 of 14 such, the possessor the source, the noun
     * and its preposition the cue); not the object of a verb ("cheered Clinton's attacks on").
     */
    private static Span possessedAttack(List<Token> tokens, boolean[] quoted, int noun) {
        if (noun < 1 || noun + 1 >= tokens.size()) return null;
        Token preposition = tokens.get(noun + 1);
        if (!(preposition.is("on") || preposition.is("of") || preposition.is("against"))) return null;
        int owner = noun - 1;
        if (owner > 0 && !tokens.get(owner).capitalised() && !POSSESSIVES.contains(tokens.get(owner))) owner--; // "full embrace"
        Token possessor = tokens.get(owner);
        boolean possessive = POSSESSIVES.contains(possessor)
                || possessor.capitalised() && (possessor.lowerEndsWith("’s") || possessor.lowerEndsWith("'s"));
        if (!possessive || quoted[owner]) return null;
        int start = owner;
        if (!POSSESSIVES.contains(possessor)) {
            while (start > 0 && tokens.get(start - 1).capitalised() && !quoted[start - 1]
                    && !NOT_NAME.contains(tokens.get(start - 1))) {
                start--; // "Donald Trump's"
            }
        }
        Token before = start > 0 ? tokens.get(start - 1) : null;
        if (before != null && before.isWord() && !BEFORE_POSSESSOR.contains(before)) return null;
        return span(tokens, start, owner + 1, owner + 1, noun + 2);
    }

    /** Who an opening "To" names as the holder of a view: "To many, ...", "To them, ...". */
    private static final WordSet VIEW_HOLDERS = words("them", "him", "me", "us", "many", "others", "some", "most",
            "anyone", "everyone", "those");

    /**
     * "To Ms. Gil, skateboarding represents a cry of dissent.", "To many, Santilli is a provocateur.": the
     * clause after the comma is the view of the one named after the opening "To", with no cue word in the
     * sentence. PolNeAR takes "To" as the cue and the phrase as the source (on train 9 of 12 such); "To be
     * clear", "To date" and "To the shock of ..." name no one.
     */
    private static Span toWhom(String sentence, List<Token> tokens, boolean[] quoted) {
        if (tokens.size() < 6 || !tokens.get(0).is("To") || quoted[0] || quoted[1]) return null;
        Token first = tokens.get(1);
        if (!first.isWord() || !(first.capitalised() ? !NOT_NAME.contains(first) : VIEW_HOLDERS.contains(first))) {
            return null;
        }
        int comma = 2;
        while (comma < tokens.size() && comma <= MAX_PHRASE && !tokens.get(comma).is(',')) {
            if (quoted[comma]) return null;
            comma++;
        }
        if (comma + 2 >= tokens.size() || !tokens.get(comma).is(',') || CueLexicon.titleCase(first.chars(), sentence.length())) return null;
        return span(tokens, 1, comma, 0, 1);
    }

    /** The longest phrase between "in" and the poll it names: "in the latest NBC News/Wall Street Journal poll". */
    private static final int POLL_PHRASE = 9;

    /**
     * "Trump leads by 57 percent to 33 percent in the 50-state poll.", "Cruz had 38 percent support in a
     * Fox poll.": a figure reported from one named poll or survey, with no cue in the sentence. PolNeAR
     * takes the poll as the source and "in" as the cue (on train 14 of 24 such phrases, 10 of them with
     * the source exactly so); a bare "the poll" and plural "polls" ("leads in the polls") much less
     * often (9 of 50), so the poll must be qualified: "a CNN national poll", "Monday’s poll", "latest poll".
     */
    private static Span inNamedPoll(List<Token> tokens, boolean[] quoted) {
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (quoted[i] || !tokens.get(i).is("in")) continue;
            int head = i + 1;
            while (head < tokens.size() && head - i <= POLL_PHRASE && !quoted[head]
                    && !isPoll(tokens.get(head))) {
                Token t = tokens.get(head);
                if (t.isWord() ? POLL_BREAKERS.contains(t) : !(t.is('/') || t.is('-'))) break;
                head++;
            }
            if (head >= tokens.size() || head - i > POLL_PHRASE || quoted[head]
                    || !isPoll(tokens.get(head))) {
                continue;
            }
            Token first = tokens.get(i + 1);
            boolean determiner = first.isWord() && STATEMENT_DETERMINERS.contains(first);
            if (determiner ? head - i < 3 : !first.isWord() || !(first.capitalised() || POLL_ADJECTIVES.contains(first))) {
                continue; // "the poll" alone, or no noun phrase
            }
            int end = head + 1;
            // "a Washington Post-ABC News poll released Sunday": the release belongs to the poll's name
            if (end + 1 < tokens.size() && tokens.get(end).is("released") && tokens.get(end + 1).capitalised()
                    && TIME.contains(tokens.get(end + 1))) {
                end += 2;
            } else if (end + 1 < tokens.size() && tokens.get(end).is("last") && TIME.contains(tokens.get(end + 1))) {
                end += 2; // "a CBS News poll last month"
            }
            return span(tokens, i + 1, end, i, i + 1);
        }
        return null;
    }

    private static boolean isPoll(Token t) {
        return t.is("poll") || t.is("survey");
    }

    /** Words that end the phrase before "poll": a clause or another phrase starts ("a row that the poll"). */
    private static final WordSet POLL_BREAKERS = words("that", "which", "who", "of", "in", "on", "at", "for", "to",
            "from", "by", "with", "and", "or", "after", "before", "as", "is", "was", "are", "were", "has", "had", "have");

    /** Words that open a named poll without a determiner: "in latest poll", "in recent polling". */
    private static final WordSet POLL_ADJECTIVES = words("latest", "recent", "new");

    /**
     * Where the question clause that opens "Asked if she believed Putin wanted Trump to win, Clinton said
     * ..." or "When asked whom she supported, ..." ends: the verbs in it are the question put to the
     * source, not a claim of theirs (PolNeAR marks the answer's cue, 4 times in 5 on train); 0 when the
     * sentence opens otherwise or with "Asked by", whose agent is the source.
     */
    private static int askedClauseEnd(List<Token> tokens) {
        int asked = tokens.size() > 2 && tokens.get(0).is("When") ? 1 : 0;
        if (tokens.size() <= asked + 1 || !(tokens.get(asked).is("Asked") || tokens.get(asked).is("asked"))
                || tokens.get(asked + 1).is("by")) {
            return 0;
        }
        for (int k = asked + 1; k < tokens.size(); k++) {
            if (tokens.get(k).is(',')) return k + 1; // also the comma that closes a quoted question: 'Asked whether “...,”'
        }
        return 0;
    }

    /** Verbs of saying that close a sentence as its frame: ", a Chinese official said." */
    private static final WordSet SAYING = words("said", "says", "told", "tells", "added", "adds", "wrote", "writes",
            "explained", "noted", "argued");

    private static final WordTable<Boolean> SAYING_TABLE = WordTable.of(SAYING);

    /**
     * {@code SAYING.contains(word)}: the closing and parenthetical frames ask it of word after
     * word, so the word is looked up in lower case where it stands, without its string.
     */
    private static boolean saying(Token word) {
        return SAYING_TABLE.getLowerCase(word.chars(), word.start(), word.end()) != null;
    }

    /** Words after a closing frame's verb that still end the sentence with it: "said Monday", "told reporters there". */
    private static final int FRAME_TAIL = 3;

    /**
     * The frame that closes the sentence after a cue that is no verb of saying: in "It also wants to stop state policies ..., the
     * lawsuit says." or "Sanders plans to remain a Democrat, Devine said." the whole sentence is what the
     * closing source said, and PolNeAR marks that attribution, not the cue of another kind inside it (on
     * train 25 more exact cues, 7 fewer); null when no verb of saying after a comma or quotation ends the
     * sentence.
     */
    private Span closingFrame(List<Token> tokens, boolean[] quoted, int from, boolean headline) {
        int verb = -1;
        for (int k = tokens.size() - 1; k >= from; k--) {
            if (quoted[k]) return null;
            Token t = tokens.get(k);
            if (t.isWord() && saying(t)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return null;
        for (int k = from; k < verb; k++) {
            // "Rhimes declared the need for ...: “...,” she said.": the frame closes another sentence
            if (!quoted[k] && (tokens.get(k).is(':') || tokens.get(k).is('.') && (tokens.get(k + 1).isQuote()
                    || tokens.get(k + 1).capitalised()))) {
                return null;
            }
        }
        int words = 0;
        for (int k = verb + 1; k < tokens.size(); k++) if (tokens.get(k).isWord()) words++;
        int k = verb - 1;
        while (k >= from && verb - k <= SourceWords.MAX_PHRASE && tokens.get(k).isWord()) k--;
        if (k < from || !(tokens.get(k).is(',') || tokens.get(k).isQuote())) return null;
        Span frame = verbCue(tokens, quoted, verb, CueLexicon.Strength.STRONG, headline);
        if (frame == null || frame.speakerStart() < tokens.get(k).start()) return null;
        // the source may follow the verb ("..., said Dan Gerstein, director of ..."): it too ends the sentence
        boolean inverted = frame.speakerStart() > tokens.get(verb).start();
        return inverted || words <= FRAME_TAIL ? frame : null;
    }

    /**
     * A frame of saying set off by commas after the cue, "He hoped, he said, that ...", "One offered to
     * shelter them ..., Bob said, while others ...": the sentence is what the framed source said, as with
     * a closing frame (5 gained, 0 lost on train); null when none follows.
     */
    private Span parentheticalFrame(List<Token> tokens, boolean[] quoted, int from, boolean headline) {
        int comma = from;
        while (comma < tokens.size() && (quoted[comma] || !tokens.get(comma).is(','))) {
            if (tokens.get(comma).is(':')) return null;
            comma++;
        }
        if (comma >= tokens.size() || !tokens.get(comma - 1).isWord()
                || CLAUSE_OPENERS.contains(tokens.get(comma - 1))) {
            return null; // "when, he said, protesters ..." frames the clause after it
        }
        int verb = comma + 1;
        while (verb < tokens.size() && verb - comma <= 4 && tokens.get(verb).isWord() && !quoted[verb]
                && !saying(tokens.get(verb)) && !CLAUSE_OPENERS.contains(tokens.get(verb))) {
            verb++;
        }
        if (verb >= tokens.size() || verb == comma + 1 || quoted[verb] || !tokens.get(verb).isWord()
                || !saying(tokens.get(verb))) {
            return null;
        }
        int close = verb + 1;
        while (close < tokens.size() && close - verb <= FRAME_TAIL + 1 && tokens.get(close).isWord()) close++;
        if (close + 1 >= tokens.size() || !tokens.get(close).is(',') || tokens.get(close + 1).isQuote()) return null;
        Token after = tokens.get(verb + 1);
        if (close > verb + 1 && !PREPOSITIONS.contains(after) && !TIME.contains(after)) {
            return null; // "he says not much really," is no frame
        }
        Span frame = verbCue(tokens, quoted, verb, CueLexicon.Strength.STRONG, headline);
        return frame != null && frame.speakerStart() > tokens.get(comma).start() ? frame : null;
    }

    /**
     * A cue that opens the sentence: inverted before its source ("Said Comey, ...", "Continued
     * Stone: ...") or a participle whose source is the subject of the main clause after the comma
     * ("Citing the attack, Will urged ...", "Noting that ..., Tester added"), as PolNeAR marks them.
     */
    private Span openingCue(String sentence, List<Token> tokens, boolean[] quoted) {
        if (tokens.size() < 3 || quoted[0] || !tokens.get(0).capitalised()) return null;
        Token first = tokens.get(0);
        if (first.is("In")) return inAPoll(tokens, quoted);
        if (CueLexicon.titleVerb(first) != null) {
            Span reduced = reducedPassive(tokens, quoted, 0);
            if (reduced != null) return reduced;
        }
        if (CueLexicon.titleVerb(first) != CueLexicon.Strength.STRONG) return null;
        if (first.lowerEndsWith("ing")) {
            int comma = 1;
            while (comma < tokens.size() && (quoted[comma] || !tokens.get(comma).is(','))) comma++;
            if (comma + 1 >= tokens.size()) return null;
            List<Token> rest = tokens.subList(comma + 1, tokens.size());
            boolean[] restQuoted = java.util.Arrays.copyOfRange(quoted, comma + 1, quoted.length);
            int[] subject = SourcePhrases.subjectOfSentence(rest, restQuoted, rest.size(), false);
            return subject == null ? null : span(tokens, subject[0] + comma + 1, subject[1] + comma + 1, 0, 1);
        }
        if (first.lowerEndsWith("ed") || first.lowerIs("said") || first.lowerIs("says")) {
            if (!tokens.get(1).capitalised() || quoted[1]) return null;
            int end = SourcePhrases.inversionPhrase(tokens, quoted, 1);
            return end > 1 ? span(tokens, 1, end, 0, 1) : null;
        }
        return null;
    }

    /**
     * A verb in -ed that frames the quotation right before it, with its source before or after it:
     * "“...,” Toomey fumed on Tuesday", "“...,” he surmised.", "“This is fantastic!” beamed Donald
     * Hartley". Right after a quotation's closing comma a past tense with no object is a verb of
     * speaking, whatever its manner (barked, mused, opined); PolNeAR takes it as the cue (13 times in
     * 14 such verbs outside the lexicon on train); so does "went on" ('...,” he went on.', "She went on:
     * “...", 3 of 3); a weak cue of the lexicon there frames it too ('...,” Bozell answers.').
     * {@code lexicon} is the verb's strength in the lexicon (null when none), which the caller has looked up.
     */
    private static Span quotationFrame(List<Token> tokens, boolean[] quoted, int verb, CueLexicon.Strength lexicon) {
        Token v = tokens.get(verb);
        if (!Tokens.isLowerCase(v.first()) || verb < 1 || quoted[verb]) return null;
        int end = wentOn(tokens, verb) ? verb + 2 : verb + 1;
        // asked of almost every word of a sentence with a cue: most words end in neither -d nor -s, and are
        // ruled out before their lower-case form is looked up
        if (end == verb + 1 && !mayBeTense(v, lexicon)) return null;
        // "Kasich resisted: “...”": before a colon and a quotation, the tense after its subject opens it
        boolean opensQuotation = end == verb + 1 && end + 1 < tokens.size() && tokens.get(end).is(':')
                && tokens.get(end + 1).isQuote();
        if (end == verb + 1 && verb < 3 && !opensQuotation) return null;
        if (end == verb + 1 && lexicon != null) end = Math.max(CueLexicon.cueEnd(tokens, verb), end); // "pointed to"
        if (end == verb + 2) {
            // '..., ” he went on.' and 'She went on: “...': the speaker goes on with the quotation
            if (end < tokens.size() && tokens.get(end).is(':') && end + 1 < tokens.size() && tokens.get(end + 1).isQuote()) {
                Token subject = tokens.get(verb - 1);
                return subject.capitalised() || PRONOUNS.contains(subject) ? span(tokens, verb - 1, verb, verb, end) : null;
            }
        } else if (closesQuotation(tokens, quoted, verb - 1) && verb + 1 < tokens.size() && tokens.get(verb + 1).capitalised()) {
            int source = SourcePhrases.inversionPhrase(tokens, quoted, verb + 1); // "“...!” beamed Donald Hartley"
            return source > verb + 1 ? span(tokens, verb + 1, source, verb, verb + 1) : null;
        }
        if (end < tokens.size() && !intransitive(tokens.get(end))) return null;
        Token before = tokens.get(verb - 1);
        int start = verb - 1;
        if (!PRONOUNS.contains(before) || before.is("it") || before.is("which") || before.is("who")) {
            while (start > 0 && verb - start < 4 && tokens.get(start).capitalised() && !quoted[start]
                    && !NOT_NAME.contains(tokens.get(start))) {
                start--;
            }
            Token first = tokens.get(start);
            // the name may open the sentence ("Kasich resisted: “...”")
            if (start > 0 || quoted[0] || !first.capitalised() || NOT_NAME.contains(first)) start++;
            if (start == verb) return null;
        }
        boolean clauseStart = start == 0 || tokens.get(start - 1).is(',') || tokens.get(start - 1).isWord()
                && CLAUSE_JOINS.contains(tokens.get(start - 1)); // "And Mr. Christie gloated: ''...''"
        return closesQuotation(tokens, quoted, start - 1) || opensQuotation && clauseStart
                ? span(tokens, start, verb, verb, end) : null;
    }

    /**
     * Whether the word is the tense of a quotation frame: a past in -ed of five letters or more, or a
     * present in -s of a lexicon verb ('..., ” Bozell answers.', '...,” agrees Michelle Stevens'), four
     * or more. Only 'E', 'D' and 'S' lower-case to 'e', 'd' and 's', so the letters are read where they stand.
     */
    private static boolean mayBeTense(Token word, CueLexicon.Strength lexicon) {
        char[] cs = word.chars();
        int end = word.end();
        int length = end - word.start();
        char last = (char) (cs[end - 1] | 0x20); // only 'D' and 'd' map to 'd', 'S' and 's' to 's'
        if (last == 's') return lexicon != null && length >= 4;
        return last == 'd' && length >= 5 && (char) (cs[end - 2] | 0x20) == 'e';
    }

    /** "went on" or "goes on" that ends its clause: '..." he went on.', "She went on:". */
    private static boolean wentOn(List<Token> tokens, int verb) {
        if (!(tokens.get(verb).is("went") || tokens.get(verb).is("goes")) || verb + 1 >= tokens.size()
                || !tokens.get(verb + 1).is("on")) {
            return false;
        }
        return verb + 2 == tokens.size() || tokens.get(verb + 2).is('.') || tokens.get(verb + 2).is(':')
                || tokens.get(verb + 2).is(',');
    }

    /** Whether a quotation opens at token {@code k}, after a comma or colon or not. */
    private static boolean quotationAt(List<Token> tokens, int k) {
        if (k < tokens.size() && (tokens.get(k).is(',') || tokens.get(k).is(':'))) k++;
        return k < tokens.size() && tokens.get(k).isQuote();
    }

    /** Whether token {@code k} closes a quotation that ends in a comma, "!" or "?": '...,”', '...!"'. */
    private static boolean closesQuotation(List<Token> tokens, boolean[] quoted, int k) {
        if (k < 1 || !tokens.get(k).isQuote() || !quoted[k]) return false;
        Token end = tokens.get(k - 1);
        return end.is(',') || end.is('!') || end.is('?');
    }

    /**
     * Whether "continued" or "continues" at {@code verb} goes on with speech: before a colon, a comma or a
     * quotation ("He continued, “...", "The letter continues: “..."), at the end of a clause ('...,” she
     * continued.') or before "that", "to" or "by" ("continued by saying"); not before an object or a
     * phrase of its own ("continued their search", "continued campaigning", "emissions continued unabated"),
     * where on train PolNeAR marks it as a cue 1 time in 20.
     */
    private static boolean goesOnSpeaking(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) return true;
        Token next = tokens.get(verb + 1);
        if (tokens.get(verb).is("continues")) {
            // the present is more often a state that goes on ("the lead continues to grow", "the conflict
            // continues, with ..."): speech only before a colon or a quotation, or before a cue verb
            if (next.is(':') || next.isQuote() || next.is("that")) return true;
            if (next.is(',')) return verb + 2 < tokens.size() && tokens.get(verb + 2).isQuote();
            return next.is("to") && verb + 2 < tokens.size() && tokens.get(verb + 2).isWord()
                    && CueLexicon.verb(tokens.get(verb + 2)) != null;
        }
        if (!next.isWord()) return true;
        return next.is("that") || next.is("to") || next.is("by");
    }

    /**
     * "added to her delegate lead", "adds to the drama", "added up to": "add" with a thing it increases,
     * no words said (on train none of 6 such is PolNeAR's cue; "Trump added to People" names whom he told).
     */
    private static boolean addsToSomething(List<Token> tokens, int verb) {
        if (verb + 2 >= tokens.size()) return false;
        Token next = tokens.get(verb + 1);
        if (next.is("up")) return tokens.get(verb + 2).is("to");
        return next.is("to") && tokens.get(verb + 2).isWord() && OBJECT_DETERMINERS.contains(tokens.get(verb + 2))
                && !tokens.get(verb + 2).capitalised();
    }

    private static final WordSet REFLEXIVES = words("himself", "herself", "itself", "themselves", "myself",
            "ourselves", "yourself", "yourselves");

    private static final WordSet OBJECT_DETERMINERS = words(POSSESSIVES, "the", "a", "an", "this", "that", "these",
            "those");

    /** Words that join a clause to the one before it: "And Mr. Christie gloated: ''...''". */
    private static final WordSet CLAUSE_JOINS = words("and", "but", "then");

    /** Whether what follows a verb leaves it without an object: the clause ends, or a time or place follows. */
    private static boolean intransitive(Token next) {
        if (!next.isWord()) return !next.isQuote();
        return next.capitalised() ? TIME.contains(next) : AFTER_INTRANSITIVE.contains(next) || CueLexicon.adverb(next);
    }

    private static final WordSet AFTER_INTRANSITIVE = words("on", "in", "at", "and", "as", "to", "with", "after",
            "before", "during", "while", "when", "from", "back", "but", "then", "later", "again", "yesterday", "today");

    /** Nouns of findings that speak for themselves in an opening "In a ... poll, ...". */
    private static final WordSet FINDINGS = words("poll", "polls", "survey", "surveys");

    /**
     * "In an NBC News poll released Monday, 50 percent chose Clinton": the poll is the source and
     * "In" the cue, as PolNeAR marks an opening phrase that names a poll or survey.
     */
    private static Span inAPoll(List<Token> tokens, boolean[] quoted) {
        int comma = 1;
        boolean finding = false;
        while (comma < tokens.size() && comma < 16 && !tokens.get(comma).is(',')) {
            if (quoted[comma]) return null;
            Token t = tokens.get(comma);
            if (t.isWord() && FINDINGS.contains(t)) finding = true;
            // the poll must head the phrase: not "In a memo released as polls closed"
            if (!finding && t.isWord() && BREAKERS.contains(t)) return null;
            comma++;
        }
        if (!finding || comma >= tokens.size() || comma < 3 || !tokens.get(comma).is(',')) return null;
        return span(tokens, 1, comma, 0, 1);
    }

    /**
     * The agent of a passive cue ("was first reported by Politico", "were echoed by her campaign"), as
     * PolNeAR marks it: the phrase after "by" is the source, the cue runs from the auxiliaries to the
     * participle; null when no "by" and a name or noun phrase follow.
     */
    private static Span passiveAgent(List<Token> tokens, boolean[] quoted, int be, int participle) {
        int by = participle + 1;
        if (by + 1 >= tokens.size() || quoted[by] || !tokens.get(by).is("by")) return null;
        Token first = tokens.get(by + 1);
        if (!first.isWord() || quoted[by + 1] || !(first.capitalised() || DETERMINERS.contains(first))) return null;
        int end = SourcePhrases.accordingPhrase(tokens, quoted, by + 1);
        for (int k = by + 2; k < end; k++) {
            // the agent ends where the passive's own complement starts: "criticized by his rivals for failing
            // ...", "asked by a caller why ...", "dismissed by the media as ..."
            if (tokens.get(k).isWord() && !tokens.get(k).capitalised() && AGENT_ENDS.contains(tokens.get(k))) {
                end = k;
                break;
            }
        }
        if (end <= by + 1) return null;
        return span(tokens, by + 1, end, cueStart(tokens, quoted, be), participle + 1);
    }

    /**
     * A participle cue with its agent but no "be", opening its phrase: "As reported by Western
     * Journalism, ...", "Asked by Matt Lauer whether ...", "..., first reported by The Washington Post,".
     * PolNeAR takes the agent as the source and the participle (with "first" or an adverb) as the cue.
     */
    private static Span reducedPassive(List<Token> tokens, boolean[] quoted, int participle) {
        Token form = tokens.get(participle);
        if (!form.lowerEndsWith("ed") && !form.lowerIs("told") && !form.lowerIs("said")) return null;
        int start = participle;
        if (start > 0 && !quoted[start - 1] && (tokens.get(start - 1).is("first") || lowerAdverb(tokens.get(start - 1)))) start--;
        if (start > 0) {
            Token before = tokens.get(start - 1);
            if (quoted[start - 1] || !(before.is(',') || before.is('—') || before.is('(') || before.is("As") || before.is("as"))) {
                return null;
            }
        }
        return passiveAgent(tokens, quoted, start, participle);
    }

    private static boolean lowerAdverb(Token t) {
        return t.isWord() && !t.capitalised() && CueLexicon.adverb(t);
    }

    private static final WordSet AGENT_ENDS = words("for", "whether", "why", "how", "what", "as", "to", "about",
            "that", "given", "because", "when", "after", "before", "over", "if", "in", "on");

    private Span laterAccordingTo(List<Token> tokens, boolean[] quoted, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (!quoted[i] && tokens.get(i).is("according") && tokens.get(i + 1).is("to")) return accordingTo(tokens, quoted, i);
        }
        return null;
    }

    private Span accordingTo(List<Token> tokens, boolean[] quoted, int i) {
        int from = i + 2;
        int end = SourcePhrases.accordingPhrase(tokens, quoted, from);
        if (end <= from) return null;
        return new Span(tokens.get(from).start(), tokens.get(end - 1).end(), copulaBefore(tokens, quoted, i),
                tokens.get(i + 1).end());
    }

    /**
     * Where the cue "according to" at token {@code i} starts: at a copula right before it, which
     * PolNeAR's cue takes in "That’s according to exit polls" (4 times in 4 on train), else at "according".
     */
    private static int copulaBefore(List<Token> tokens, boolean[] quoted, int i) {
        Token according = tokens.get(i);
        if (i == 0 || quoted[i - 1] || !tokens.get(i - 1).isWord()) return according.start();
        Token before = tokens.get(i - 1);
        if (before.lowerIs("is") || before.lowerIs("was")) return before.start();
        if (before.lowerLength() > 2 && (before.lowerEndsWith("’s") || before.lowerEndsWith("'s"))) {
            return before.end() - 2; // "That’s": the contracted "is"
        }
        return according.start();
    }

    private Span verbCue(List<Token> tokens, boolean[] quoted, int verb, CueLexicon.Strength strength,
                         boolean headline) {
        Token v = tokens.get(verb);
        if (!Tokens.isLowerCase(v.first()) && !headline) return null;
        if (CueLexicon.nounLike(v) && !beforeClause(tokens, verb + 1) && !afterQuote(tokens, verb)
                && !afterSubject(tokens, quoted, verb) && !afterNegatedAuxiliary(tokens, verb)
                && (v.lowerStartsWith("show") || !nameThenObject(tokens, quoted, verb))) { // "ABC's TV show Scandal"
            return null;
        }
        if (CueLexicon.classNoun(v) && (verb == 0 || !VERB_HOSTS.contains(tokens.get(verb - 1)))
                && !nameThenObject(tokens, quoted, verb)) {
            // "Two-thirds support reducing the sentences", "a majority of Republicans support deportation": after
            // a share of people and before its object the form is the verb of what they said in a poll
            int share = shareSubject(tokens, quoted, verb);
            return share < 0 ? null : span(tokens, share, verb, verb, verb + 1);
        }
        if (v.is("pledged") && verb + 1 < tokens.size() && tokens.get(verb + 1).lowerStartsWith("delegate")) return null;
        Token next = verb + 1 < tokens.size() ? tokens.get(verb + 1) : null; // asked without its string: most cues are neither
        if (v.lowerStartsWith("compare") && next != null && (next.lowerIs("to") || next.lowerIs("with"))) {
            return null; // "1,944 delegates, compared with 1,192": a comparison the writer makes, no one's claim
        }
        if (v.lowerStartsWith("show") && next != null && next.lowerIs("up")) return null; // "voters who showed up": they came
        if (v.lowerStartsWith("respond") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("by")) return null;
        if (v.is("reported") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("from")) return null; // a byline
        if ((v.is("continued") || v.is("continues")) && !goesOnSpeaking(tokens, verb)) return null;
        if ((v.is("added") || v.is("adds")) && addsToSomething(tokens, verb)) return null;
        if ((v.is("found") || v.is("finds") || v.is("find")) && verb + 1 < tokens.size()
                && REFLEXIVES.contains(tokens.get(verb + 1))) {
            return null; // "the bank has found itself at the center of", "Obama found himself in": no finding (0 of 14 on train)
        }
        int published = v.lowerEndsWith("ing") ? publishingVerb(tokens, quoted, verb) : -1;
        if (published >= 0) {
            // "The town released a statement Wednesday saying ...": the verb's subject is the source, and
            // the cue runs from the verb to the participle, as PolNeAR marks it
            Span issuer = verbCue(tokens, quoted, published, CueLexicon.Strength.STRONG, headline);
            if (issuer != null) return new Span(issuer.speakerStart(), issuer.speakerEnd(), issuer.cueStart(), v.end());
        }
        int cueEnd = Math.max(CueLexicon.cueEnd(tokens, verb), verb + 1);
        if (v.is("spoke") && (cueEnd == verb + 1 || tokens.get(cueEnd - 1).is("with"))) {
            // "spoke to the gathering", "spoke for 77 minutes", "spoke with voters": a speech given, not a
            // claim; "spoke of", "spoke out", "spoke anonymously" stay (on train 5 of 40 such are PolNeAR's cues)
            return null;
        }
        int cueStart = cueStart(tokens, quoted, verb);
        if (v.is("shown") && !perfect(tokens, cueStart, verb)) return null; // "was shown the door", "is shown speaking"
        int p = skipTime(tokens, quoted, cueStart - 1);
        if (p >= 1 && tokens.get(p).isWord() && SENTENCE_ADVERBS.contains(tokens.get(p))
                && tokens.get(p - 1).isWord()) {
            p--; // "Carter however said"
        }
        if (p >= 1 && tokens.get(p).is(',') && tokens.get(p - 1).is(')')) p--; // "Gov. John Kasich (R-OH), said"
        if (p >= 0 && tokens.get(p).is(')')) {
            int start = SourcePhrases.backwardPhrase(tokens, quoted, p);
            return start < 0 ? null : span(tokens, start, p + 1, cueStart, cueEnd);
        }
        if (p >= 1 && tokens.get(p).is("then") && tokens.get(p - 1).is("and")) p--; // "rubbed his chin, and then said"
        if (p >= 0 && tokens.get(p).isWord() && (tokens.get(p).lowerIs("and") || tokens.get(p).lowerIs("but"))
                && strength == CueLexicon.Strength.STRONG) {
            // "She greeted supporters and told them ...": the subject of the sentence
            int[] subject = SourcePhrases.subjectOfSentence(tokens, quoted, p, !v.lowerEndsWith("ing"));
            return subject == null ? null : span(tokens, subject[0], subject[1], cueStart, cueEnd);
        }
        if (p >= 0 && v.lowerEndsWith("ing") && !quoted[p] && (tokens.get(p).is('–') || tokens.get(p).is('—')
                || tokens.get(p).isWord() && PARTICIPLE_LEADS.contains(tokens.get(p)))) {
            // "Trump landed in hot water by saying ...", "Rubio flipped his choice – saying ..."
            int[] subject = SourcePhrases.subjectOfSentence(tokens, quoted, p, false);
            if (subject == null) return null;
            int opening = tokens.get(p).is("by") ? openingVerb(tokens, quoted, p) : -1;
            // "responded by saying", "began by crediting": the verb that opens the turn belongs to the cue
            return span(tokens, subject[0], subject[1], opening >= subject[1] ? opening : cueStart, cueEnd);
        }
        if (p >= 0 && tokens.get(p).is("that") && !quoted[p] && (v.is("said") || v.is("says")) && quotationAt(tokens, cueEnd)) {
            // "water bottles that said, “...”", "a message that said": the relative "that" is the source, as
            // PolNeAR marks it (3 gained, 2 that are not on train)
            return span(tokens, p, p + 1, cueStart, cueEnd);
        }
        if (p >= 0 && tokens.get(p).isWord()) {
            if (quoted[p]) return null;
            Token head = tokens.get(p);
            if (PRONOUNS.contains(head) || QUANTIFIERS.contains(head)) {
                if (QUANTIFIERS.contains(head) && p > 0 && tokens.get(p - 1).isWord() && !quoted[p - 1]
                        && !NOT_NAME.contains(tokens.get(p - 1))) {
                    return null; // "the other side ..." not "others said"
                }
                return span(tokens, p, p + 1, cueStart, cueEnd);
            }
            int start = SourcePhrases.backwardPhrase(tokens, quoted, p);
            if (start < 0) {
                // "a source close to him said", "Two in three said": a subject the phrase rules do not cover
                int subject = clauseSubject(tokens, quoted, cueStart, strength);
                return subject < 0 ? null : span(tokens, subject, cueStart, cueStart, cueEnd);
            }
            if (strength == CueLexicon.Strength.WEAK && !tokens.get(p).capitalised() && !SOURCE_NOUNS.contains(head)
                    && !(pluralHead(head.lower()) && finiteVerb(tokens, verb, cueStart))) {
                // the head before the cue is no source ("in Saturday's primary"), but the whole clause
                // before it may be one: "A poll conducted by voters in Saturday's primary showed"; a
                // form that is as often a noun ("911 calls", "central planning") is no verb there
                if (cueStart == verb && (v.lowerEndsWith("ing") || CueLexicon.nounLike(v))) return null;
                int subject = clauseSubject(tokens, quoted, cueStart, strength);
                return subject < 0 ? null : span(tokens, subject, cueStart, cueStart, cueEnd);
            }
            int speaker = speakingSubject(tokens, quoted, start);
            // "A US official speaking to CNN said": the official, without the listener
            return speaker >= 0 ? span(tokens, speaker, start - 2, cueStart, cueEnd) : span(tokens, start, p + 1, cueStart, cueEnd);
        }
        if (p >= 0 && tokens.get(p).is(',')) {
            if (v.lowerEndsWith("ing")) {
                // "Trump returned the compliment, telling Reuters ...": the subject of the main clause
                int[] subject = SourcePhrases.subjectOfSentence(tokens, quoted, p, false);
                return subject == null ? null : span(tokens, subject[0], subject[1], cueStart, cueEnd);
            }
            int[] subject = SourcePhrases.appositiveSubject(tokens, quoted, p);
            if (subject != null) return span(tokens, subject[0], subject[1], cueStart, cueEnd);
        }
        // inversion: ..." said Sanders / ..., says a new poll
        if (cueStart == verb && strength == CueLexicon.Strength.STRONG) {
            int end = SourcePhrases.inversionPhrase(tokens, quoted, cueEnd);
            if (end > cueEnd) return span(tokens, cueEnd, end, cueStart, cueEnd);
        }
        if (p >= 0 && !tokens.get(p).is(',')) {
            int subject = clauseSubject(tokens, quoted, cueStart, strength); // "42% say"
            if (subject >= 0) return span(tokens, subject, cueStart, cueStart, cueEnd);
        }
        return null;
    }

    /**
     * Whether the weak cue at {@code verb} reads as the finite verb of a plural subject ("developers see
     * golf courses as", "Republican opponents have highlighted"): no form that is as often a noun or a
     * participle of a reduced relative ("delegates offered by the contest", "buildings named for").
     */
    private static boolean finiteVerb(List<Token> tokens, int verb, int cueStart) {
        Token v = tokens.get(verb);
        if (CueLexicon.nounLike(v) || v.lowerEndsWith("ing")) return false;
        if (cueStart == verb && (v.lowerEndsWith("ed") || v.lowerIs("found"))) {
            Token next = verb + 1 < tokens.size() ? tokens.get(verb + 1) : null;
            return next != null && next.isWord() && !PREPOSITIONS.contains(next) && !next.is("by")
                    && !TIME.contains(next);
        }
        return true;
    }

    /** A lower-case plural noun: "developers", "records", not "sometimes", "press" or a verb form. */
    private static boolean pluralHead(String head) {
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
                && !head.endsWith("times") && !head.endsWith("ways") && CueLexicon.verb(head, 0, head.length()) == null;
    }

    /** Whether words inside quotation marks follow token {@code i}: the cue introduces a quotation. */
    private static boolean quotedAfter(boolean[] quoted, int i) {
        for (int k = i + 1; k < quoted.length; k++) if (quoted[k]) return true;
        return false;
    }

    /**
     * Whether a form of "have" among the cue's auxiliaries makes its participle a perfect ("polls have
     * shown", "she’s already shown"): the participle alone or after "be" is a passive ("was shown the door").
     */
    private static boolean perfect(List<Token> tokens, int cueStart, int verb) {
        for (int k = cueStart; k < verb; k++) {
            Token t = tokens.get(k);
            if (t.lowerIs("has") || t.lowerIs("have") || t.lowerIs("had") || t.lowerIs("’s") || t.lowerIs("'s")
                    || t.lowerIs("’ve") || t.lowerIs("'ve")) {
                return true;
            }
        }
        return false;
    }

    /** Object pronouns, which can end a subject ("a source close to him"). */
    private static final WordSet OBJECTS = words("him", "them", "us", "me");

    /** Number words that can end a subject that is a count ("two in three said"). */
    private static final WordSet NUMBERS = words("one", "two", "three", "four", "five", "most", "many", "some",
            "several", "both", "all", "few");

    /** Words that open a clause: a subject starts after them. */
    private static final WordSet CLAUSE_OPENERS = words("that", "because", "while", "when", "if", "although",
            "though", "but", "and", "or", "so", "whether", "where", "since", "as", "after", "before", "until",
            "unless", "once");

    /**
     * The subject that fills its clause from the clause's start (the sentence's, or after a comma or
     * a conjunction) up to the cue at {@code cueStart}, with whatever follows its head ("a source close to
     * him", "A person familiar with the plans", "Two in three", "42%"), as PolNeAR marks subjects; -1 when
     * that stretch holds a verb or does not open like a noun phrase. A weak cue needs a subject that
     * is a count ("42%", "two in three") or holds a noun that can be a source ("a poll conducted ...").
     */
    private static int clauseSubject(List<Token> tokens, boolean[] quoted, int cueStart, CueLexicon.Strength strength) {
        if (cueStart == 0) return -1;
        Token last = tokens.get(cueStart - 1);
        if (last.isWord() && (PREPOSITIONS.contains(last) || BREAKERS.contains(last) && !OBJECTS.contains(last)
                || DETERMINERS.contains(last) && !NUMBERS.contains(last))) {
            return -1; // "the added security", "tuned in to see": the cue word is no verb of a subject here
        }
        int start = -1;
        boolean source = false;
        for (int k = cueStart - 1; k >= 0 && cueStart - k <= MAX_PHRASE; k--) {
            Token t = tokens.get(k);
            if (quoted[k] || t.isQuote()) {
                start = k + 1;
                break;
            }
            if (!t.isWord()) {
                if (t.is(',') || t.is(';') || t.is(':') || t.is('(')) {
                    start = k + 1;
                    break;
                }
                if (t.is('%') || t.is('’') || t.is('\'') || t.is('—') || t.is('–') || t.is('-') || t.is('/')
                        || t.is(')') || t.is('&')) {
                    if (k == 0) start = 0;
                    continue;
                }
                return -1;
            }
            if (!t.capitalised() && CLAUSE_OPENERS.contains(t)) {
                start = k + 1;
                break;
            }
            if (FINITE.contains(t) || CueLexicon.lowerVerb(t) != null || t.lowerEndsWith("n't") || t.lowerEndsWith("n’t")) {
                return -1;
            }
            if (SOURCE_NOUNS.contains(t)) source = true;
            if (k == 0) start = 0;
        }
        if (start < 0 || start >= cueStart || !tokens.get(start).isWord()) return -1;
        Token first = tokens.get(start);
        boolean count = Character.isDigit(first.first()) || QUANTIFIERS.contains(first) || first.lowerIs("one")
                || first.lowerIs("two") || first.lowerIs("three") || first.lowerIs("about") || first.lowerIs("nearly")
                || first.lowerIs("majorities");
        boolean nounPhrase = count || DETERMINERS.contains(first) || first.capitalised() && !NOT_NAME.contains(first);
        if (!nounPhrase || PRONOUNS.contains(first)) return -1;
        if (strength == CueLexicon.Strength.WEAK && !count && !source) return -1;
        return start;
    }

    /**
     * The first word of the cue whose verb is at {@code verb}: auxiliaries before it belong to it
     * ("has also said"), and so does the verb an infinitive cue hangs on ("is trying to show",
     * "seemed to blame"), as PolNeAR marks it.
     */
    private static int cueStart(List<Token> tokens, boolean[] quoted, int verb) {
        int start = verb;
        while (start > 0 && tokens.get(start - 1).isWord() && !quoted[start - 1]) {
            if (CueLexicon.auxiliary(tokens.get(start - 1)) && !subjectQuantifier(tokens, start - 1)
                    && !nameWord(tokens, start - 1, verb)) {
                start--;
            } else if (tokens.get(start - 1).is("to") && start >= 2 && !quoted[start - 2]
                    && CueLexicon.governsInfinitive(tokens.get(start - 2))) {
                start -= 2;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * "Theresa May said", "George Will wrote": a capitalised auxiliary inside the sentence before a cue in
     * lower case is the end of a name, not part of the cue (a headline in title case capitalises its verb too).
     */
    private static boolean nameWord(List<Token> tokens, int k, int verb) {
        return k > 0 && tokens.get(k).capitalised() && Tokens.isLowerCase(tokens.get(verb).first());
    }

    /** "Both vowed", "And both have promised": a "both" that opens its clause is the subject, not part of the cue. */
    private static boolean subjectQuantifier(List<Token> tokens, int k) {
        if (!tokens.get(k).lowerIs("both")) return false;
        return k == 0 || !tokens.get(k - 1).isWord() || CLAUSE_OPENERS.contains(tokens.get(k - 1));
    }

    /** Steps back over a time between subject and cue: "Clinton on Tuesday said", "Trump yesterday said". */
    private static int skipTime(List<Token> tokens, boolean[] quoted, int p) {
        int q = p;
        while (q >= 1 && !quoted[q] && tokens.get(q).isWord() && (TIME.contains(tokens.get(q)) || tokens.get(q).is("here"))) {
            q--; // and a place: "Her campaign workers here said"
        }
        if (q == p) return p;
        if (q >= 1 && tokens.get(q).isWord() && (tokens.get(q).lowerIs("on") || tokens.get(q).lowerIs("last")
                || tokens.get(q).lowerIs("this"))) {
            q--;
        }
        return q >= 0 && (tokens.get(q).isWord() || tokens.get(q).is(',')) ? q : p; // "Trump, who ..., on Friday described"
    }

    /** '…,” Viguerie notes.' / '…, the reports show.': the cue ends the sentence, after a quote or a clause. */
    private static boolean afterQuote(List<Token> tokens, int verb) {
        if (verb + 1 < tokens.size() && !tokens.get(verb + 1).is('.')) return false;
        for (int k = verb - 2; k >= 0 && k >= verb - 6; k--) {
            if (tokens.get(k).isQuote() || tokens.get(k).is(',')) return true;
        }
        return false;
    }

    /**
     * The start of a subject that is a share of people right before the verb at {@code verb} ("About
     * three-quarters", "a majority of Republicans", "40 percent of voters"), when an object follows the
     * verb; -1 otherwise ("38 percent support in a poll" has the noun).
     */
    private static int shareSubject(List<Token> tokens, boolean[] quoted, int verb) {
        if (verb + 1 >= tokens.size() || !tokens.get(verb + 1).isWord() || quoted[verb + 1]
                || PREPOSITIONS.contains(tokens.get(verb + 1)) || BREAKERS.contains(tokens.get(verb + 1))) {
            return -1;
        }
        int start = clauseSubject(tokens, quoted, verb, CueLexicon.Strength.STRONG);
        if (start < 0 || POSSESSIVES.contains(tokens.get(start))) return -1; // "His 32% support gives"
        for (int k = start; k < verb; k++) {
            Token t = tokens.get(k);
            if (t.is('%') || t.isWord() && (SHARES.contains(t) || t.lowerEndsWith("-thirds")
                    || t.lowerEndsWith("-quarters"))) {
                return start;
            }
        }
        return -1;
    }

    private static final WordSet SHARES = words("percent", "majority", "majorities", "half", "plurality",
            "minority", "third", "quarter");

    /**
     * Whether a form that is as often a noun follows a subject and has an object, so that it is the
     * verb: "polls show Clinton ahead", "Lynch calls North Carolina her home", not "the TV show on".
     */
    private static boolean afterSubject(List<Token> tokens, boolean[] quoted, int verb) {
        if (verb == 0 || verb + 1 >= tokens.size() || !tokens.get(verb + 1).isWord() || quoted[verb - 1]) return false;
        Token before = tokens.get(verb - 1);
        if (!before.isWord()) return false;
        if (SOURCE_NOUNS.contains(before) || PRONOUNS.contains(before) && !before.lowerIs("it")) return true; // "she hopes"
        // a name shows nothing ("ABC's TV show Scandal") but calls, claims and reports
        return before.capitalised() && !NOT_NAME.contains(before) && verb > 1 && tokens.get(verb - 2).isWord()
                && !tokens.get(verb).lowerStartsWith("show");
    }

    /** Participles of speaking that can follow a source without commas: "an official speaking to CNN said". */
    private static final WordSet SPEAKING = words("speaking", "talking");

    /**
     * Where the source starts when the phrase before the cue is the listener of a participle that
     * follows the source without commas: "A US official speaking to CNN said" is the official's
     * claim, not CNN's, and PolNeAR's source is "A US official" (the one such on train); -1 when the
     * phrase at {@code start} is no such listener.
     */
    private static int speakingSubject(List<Token> tokens, boolean[] quoted, int start) {
        if (start < 3 || quoted[start - 1] || quoted[start - 2]) return -1;
        Token preposition = tokens.get(start - 1);
        if (!(preposition.is("to") || preposition.is("with")) || !tokens.get(start - 2).isWord()
                || !SPEAKING.contains(tokens.get(start - 2)) || !tokens.get(start - 3).isWord()) {
            return -1;
        }
        return SourcePhrases.backwardPhrase(tokens, quoted, start - 3);
    }

    /**
     * Whether the form at {@code verb} follows a negated auxiliary ("would not comment on", "did not
     * comment", "didn't comment"): there a form that is as often a noun can only be the verb.
     */
    private static boolean afterNegatedAuxiliary(List<Token> tokens, int verb) {
        if (verb == 0 || !tokens.get(verb - 1).isWord()) return false;
        Token before = tokens.get(verb - 1);
        if (NEGATED_MODALS.contains(before)) return true;
        return verb >= 2 && (before.lowerIs("not") || before.lowerIs("never")) && tokens.get(verb - 2).isWord()
                && MODALS.contains(tokens.get(verb - 2));
    }

    /** Words that open an object or a clause after a verb: "Israel regards all of", "Clinton challenges Sanders". */
    private static final WordSet OBJECT_OPENERS = words(OBJECT_DETERMINERS, "him", "them", "us", "me", "it", "what",
            "how", "why", "whether", "all", "both", "some", "any", "every", "each", "no", "itself", "himself", "herself",
            "themselves");

    /**
     * Whether a base or -s form of the verb classes stands between a name and an object, where it
     * is the verb: "Israel regards all of Jerusalem", "Clinton challenges Sanders", "Viguerie offers a
     * guide", not "the Trump attack on" or "a Clinton support group".
     */
    private static boolean nameThenObject(List<Token> tokens, boolean[] quoted, int verb) {
        if (verb == 0 || verb + 1 >= tokens.size() || quoted[verb - 1] || quoted[verb + 1]) return false;
        Token before = tokens.get(verb - 1);
        Token after = tokens.get(verb + 1);
        if (!before.capitalised() || NOT_NAME.contains(before) || before.lowerEndsWith("’s") || before.lowerEndsWith("'s")
                || before.lowerIs("either") || before.lowerIs("neither") || before.lowerIs("one")) {
            return false; // "CNN’s show", "Either embrace", "One label"
        }
        if (verb >= 2 && tokens.get(verb - 2).isWord() && DETERMINERS.contains(tokens.get(verb - 2))
                && !before.lowerEndsWith("s")) {
            return false; // "the Obama plan", "a Clinton support group"
        }
        if (!after.isWord()) return false;
        return after.capitalised() && !NOT_NAME.contains(after) || OBJECT_OPENERS.contains(after);
    }

    /** Whether a clause or an object follows: "shows that", "show he backed", not "show on Sirius". */
    private static boolean beforeClause(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord()) {
            // "claims: ...", "claims “Jeb is the conservative ...”", not the title after "the TV show"; "He
            // jokes, “...”": a comma and then a quotation
            if (t.is(':')) return true;
            boolean quotation = t.isQuote() || t.is(',') && i + 1 < tokens.size() && tokens.get(i + 1).isQuote();
            return quotation && !tokens.get(i - 1).lowerStartsWith("show");
        }
        if (PREPOSITIONS.contains(t)) return false;
        return !t.capitalised() || PRONOUNS.contains(t);
    }

    /**
     * A source that is no one ("no group claimed responsibility", "nobody has said"): the sentence
     * reports that a claim was not made, so it is attributed to no one.
     */
    private static boolean nobody(String sentence, Span span) {
        // every source below starts with "no": most are ruled out without cutting them from the sentence
        int from = span.speakerStart();
        while (from < span.speakerEnd() && !Character.isLetterOrDigit(sentence.charAt(from))) from++; // as Text.trim
        if (span.speakerEnd() - from < 3 || (sentence.charAt(from) | 0x20) != 'n' || (sentence.charAt(from + 1) | 0x20) != 'o') {
            return false;
        }
        String source = span.speaker(sentence);
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nobody") || lower.equals("none") || lower.equals("no one") || lower.equals("no-one")) return true;
        // "no group", "no terrorist organization"; not "No wonder Trump" (a name follows) or a longer run
        if (!lower.startsWith("no ") || source.chars().skip(1).anyMatch(Character::isUpperCase)) return false;
        return source.split(" ").length <= 4;
    }

    private static Span span(List<Token> tokens, int from, int to, int cueFrom, int cueTo) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end(), tokens.get(cueFrom).start(),
                tokens.get(cueTo - 1).end());
    }

    /** Things one releases that say something: "a statement", "a press release", "a fundraising email". */
    private static final WordSet MEDIA = words("statement", "release", "email", "e-mail", "tweet", "letter", "memo",
            "message", "note", "post", "video", "ad", "advertisement", "op-ed", "mailer", "report", "declaration",
            "communique");

    /** Verbs of releasing such a thing: "released", "put out", "sent out", "posted". */
    private static final WordSet PUBLISHING = words("released", "issued", "sent", "put", "posted", "published",
            "circulated", "distributed", "fired", "blasted", "shot", "penned", "tweeted", "emailed", "e-mailed");

    /**
     * The verb that released what speaks in "released a statement (Wednesday,) saying", "put out a press
     * release saying", "sent a tweet saying", for the participle at {@code saying}; -1 when there is none.
     */
    private static int publishingVerb(List<Token> tokens, boolean[] quoted, int saying) {
        int k = saying - 1;
        if (k >= 0 && tokens.get(k).is(',')) k--;
        while (k >= 0 && tokens.get(k).isWord() && TIME.contains(tokens.get(k))) k--;
        if (k < 1 || quoted[k] || !tokens.get(k).isWord() || !MEDIA.contains(tokens.get(k))) return -1;
        int d = k - 1;
        while (d >= 0 && k - d <= 3 && tokens.get(d).isWord() && !tokens.get(d).capitalised()
                && !STATEMENT_DETERMINERS.contains(tokens.get(d))) {
            d--;
        }
        if (d < 1 || !STATEMENT_DETERMINERS.contains(tokens.get(d))) return -1;
        int verb = d - 1;
        if (tokens.get(verb).is("out") || tokens.get(verb).is("off")) verb--;
        return verb >= 0 && !quoted[verb] && PUBLISHING.contains(tokens.get(verb)) ? verb : -1;
    }

    /** Verbs that open or answer a turn of speech, which PolNeAR's cue takes with "by saying" after them. */
    private static final WordSet TURN_VERBS = words("responded", "responds", "replied", "replies", "began", "begins",
            "opened", "opens", "followed", "started", "starts", "countered", "counters", "concluded", "concludes");

    /**
     * The verb right before "by" at {@code by} that opens or answers a turn ("responded by saying",
     * "followed up by asking", "began by crediting"; 7 of 7 such on train) with its auxiliaries, or -1.
     */
    private static int openingVerb(List<Token> tokens, boolean[] quoted, int by) {
        int v = by - 1;
        if (v > 0 && (tokens.get(v).is("up") || tokens.get(v).is("off"))) v--;
        if (v < 0 || quoted[v] || !tokens.get(v).isWord() || !TURN_VERBS.contains(tokens.get(v))) return -1;
        return cueStart(tokens, quoted, v);
    }

    /** Words that put a participle cue under the sentence's subject: "by saying", "while arguing". */
    private static final WordSet PARTICIPLE_LEADS = words("by", "while", "after", "before", "when", "without");
}
