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

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who",
            "which");

    /** Words after which a form that is as often a noun is the verb: personal pronouns and modals ("she supports", "would back"). */
    private static final Set<String> VERB_HOSTS = Set.of("he", "she", "they", "we", "i", "you", "will", "would", "can",
            "could", "may", "might", "should", "must", "do", "does", "did", "to", "also", "not", "don't", "don’t",
            "doesn't", "doesn’t", "didn't", "didn’t");

    /** Quantifiers that stand for people on their own: "another said", "many mention", "some have urged". */
    private static final Set<String> QUANTIFIERS = Set.of("another", "others", "some", "many", "several", "both",
            "most");

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
            "few", "both", "all", "each", "one", "no", "any", "these", "those", "this", "more", "top");

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

    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "morning", "night", "afternoon", "evening",
            "week", "month", "year");

    private static final Set<String> PREDETERMINERS = Set.of("all", "both", "half", "nearly", "almost", "not");

    private static final Set<String> PREPOSITIONS = Set.of("of", "on", "in", "at", "for", "as", "from", "by", "and",
            "or", "to", "with", "about", "up", "off", "out", "into", "over", "is", "are", "was", "were");

    /** Finite verbs: an inverted source never holds one ("says the actions wouldn't ..."). */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "do", "does", "did");

    /** Lower-case heads that can be a source before a weak cue ("polls show", "the report found"). */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "polls", "survey", "surveys", "report",
            "reports", "records", "data", "study", "studies", "official", "officials", "source", "sources",
            "critics", "experts", "analysts", "aides", "analysis", "research", "numbers", "figures",
            "documents", "spokesman", "spokeswoman", "spokesperson", "campaign", "voters", "supporters",
            "polling", "experience", "outcome", "results", "statistics", "review", "paper", "guidelines",
            "statement", "email", "letter", "document", "memo", "ad", "video", "audit", "investigation", "forces",
            "allies", "leaders", "endorsers", "backers", "legislation", "bill", "court", "judge", "panel",
            "committee", "group", "groups", "administration", "party", "agency", "department", "lawmakers",
            "democrats", "republicans", "observers", "strategists", "advocates", "members", "residents",
            "candidates", "candidate", "team", "people", "government", "president", "researchers", "newspaper",
            "rivals", "executives", "lawyers", "governor", "politicians", "advisers", "insiders", "emails", "lawsuit");

    /** The attribution of a sentence, or null: the first cue (outside quotes) with a source. */
    Span find(String sentence, List<Token> tokens, boolean[] quoted) {
        Span opening = openingCue(sentence, tokens, quoted);
        if (opening != null) return opening;
        Span according = null;
        // a headline in title case writes its cue "Urges": "Clinton Urges Britain to Remain"
        boolean headline = false;
        boolean headlineKnown = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] || !tokens.get(i).isWord()) continue;
            Token w = tokens.get(i);
            if ((w.is("according") || w.is("According")) && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                if (according == null) according = accordingTo(tokens, quoted, i);
                continue;
            }
            Token t = tokens.get(i);
            CueLexicon.Strength strength = null;
            if (Character.isLowerCase(t.first())) {
                strength = CueLexicon.verb(sentence, t.start(), t.end());
            } else if (i > 0 && (strength = CueLexicon.titleVerb(sentence, t.start(), t.end())) != null) {
                if (!headlineKnown) {
                    headline = CueLexicon.titleCase(sentence);
                    headlineKnown = true;
                }
                if (!headline) strength = null;
            }
            if (strength == null || CueLexicon.passive(tokens, i) || CueLexicon.phraseEnd(tokens, i) < 0) continue;
            Span span = verbCue(tokens, quoted, i, strength, headline);
            if (span != null) {
                // "X said ..., according to Y": the whole report is Y's, as PolNeAR marks it; an opening
                // "According to Y, X said ..." keeps X, who is quoted
                Span later = laterAccordingTo(tokens, quoted, i + 1);
                return later != null ? later : span;
            }
        }
        return according;
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
        if (CueLexicon.titleVerb(sentence, first.start(), first.end()) != CueLexicon.Strength.STRONG) return null;
        String lower = first.lower();
        if (lower.endsWith("ing")) {
            int comma = 1;
            while (comma < tokens.size() && (quoted[comma] || !tokens.get(comma).is(","))) comma++;
            if (comma + 1 >= tokens.size()) return null;
            List<Token> rest = tokens.subList(comma + 1, tokens.size());
            boolean[] restQuoted = java.util.Arrays.copyOfRange(quoted, comma + 1, quoted.length);
            int[] subject = subjectOfSentence(rest, restQuoted, rest.size(), false);
            return subject == null ? null : span(tokens, subject[0] + comma + 1, subject[1] + comma + 1, 0, 1);
        }
        if (lower.endsWith("ed") || lower.equals("said") || lower.equals("says")) {
            if (!tokens.get(1).capitalised() || quoted[1]) return null;
            int end = inversionPhrase(tokens, quoted, 1);
            return end > 1 ? span(tokens, 1, end, 0, 1) : null;
        }
        return null;
    }

    /** Nouns of findings that speak for themselves in an opening "In a ... poll, ...". */
    private static final Set<String> FINDINGS = Set.of("poll", "polls", "survey", "surveys");

    /**
     * "In an NBC News poll released Monday, 50 percent chose Clinton": the poll is the source and
     * "In" the cue, as PolNeAR marks an opening phrase that names a poll or survey.
     */
    private static Span inAPoll(List<Token> tokens, boolean[] quoted) {
        int comma = 1;
        boolean finding = false;
        while (comma < tokens.size() && comma < 16 && !tokens.get(comma).is(",")) {
            if (quoted[comma]) return null;
            Token t = tokens.get(comma);
            if (t.isWord() && FINDINGS.contains(t.lower())) finding = true;
            // the poll must head the phrase: not "In a memo released as polls closed"
            if (!finding && t.isWord() && BREAKERS.contains(t.lower())) return null;
            comma++;
        }
        if (!finding || comma >= tokens.size() || comma < 3 || !tokens.get(comma).is(",")) return null;
        return span(tokens, 1, comma, 0, 1);
    }

    private Span laterAccordingTo(List<Token> tokens, boolean[] quoted, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (!quoted[i] && tokens.get(i).is("according") && tokens.get(i + 1).is("to")) return accordingTo(tokens, quoted, i);
        }
        return null;
    }

    private Span accordingTo(List<Token> tokens, boolean[] quoted, int i) {
        int from = i + 2;
        int end = accordingPhrase(tokens, quoted, from);
        if (end <= from) return null;
        return new Span(tokens.get(from).start(), tokens.get(end - 1).end(), tokens.get(i).start(),
                tokens.get(i + 1).end());
    }

    private Span verbCue(List<Token> tokens, boolean[] quoted, int verb, CueLexicon.Strength strength,
                         boolean headline) {
        Token v = tokens.get(verb);
        if (!Character.isLowerCase(v.first()) && !headline) return null;
        if (CueLexicon.nounLike(v.lower()) && !beforeClause(tokens, verb + 1) && !afterQuote(tokens, verb)
                && !afterSubject(tokens, quoted, verb)) {
            return null;
        }
        if (CueLexicon.classNoun(v.lower()) && (verb == 0 || !VERB_HOSTS.contains(tokens.get(verb - 1).lower()))) return null;
        if (v.is("pledged") && verb + 1 < tokens.size() && tokens.get(verb + 1).lower().startsWith("delegate")) return null;
        if (v.lower().startsWith("respond") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("by")) return null;
        if (v.is("reported") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("from")) return null; // a byline
        int cueEnd = CueLexicon.cueEnd(tokens, verb);
        int cueStart = cueStart(tokens, quoted, verb);
        int p = skipTime(tokens, quoted, cueStart - 1);
        if (p >= 1 && tokens.get(p).isWord() && SENTENCE_ADVERBS.contains(tokens.get(p).lower())
                && tokens.get(p - 1).isWord()) {
            p--; // "Carter however said"
        }
        if (p >= 1 && tokens.get(p).is(",") && tokens.get(p - 1).is(")")) p--; // "Gov. John Kasich (R-OH), said"
        if (p >= 0 && tokens.get(p).is(")")) {
            int start = backwardPhrase(tokens, quoted, p);
            return start < 0 ? null : span(tokens, start, p + 1, cueStart, cueEnd);
        }
        if (p >= 1 && tokens.get(p).is("then") && tokens.get(p - 1).is("and")) p--; // "rubbed his chin, and then said"
        if (p >= 0 && tokens.get(p).isWord() && (tokens.get(p).lower().equals("and") || tokens.get(p).lower().equals("but"))
                && strength == CueLexicon.Strength.STRONG) {
            // "She greeted supporters and told them ...": the subject of the sentence
            int[] subject = subjectOfSentence(tokens, quoted, p, !v.lower().endsWith("ing"));
            return subject == null ? null : span(tokens, subject[0], subject[1], cueStart, cueEnd);
        }
        if (p >= 0 && v.lower().endsWith("ing") && !quoted[p] && (tokens.get(p).is("–") || tokens.get(p).is("—")
                || tokens.get(p).isWord() && PARTICIPLE_LEADS.contains(tokens.get(p).lower()))) {
            // "Trump landed in hot water by saying ...", "Rubio flipped his choice – saying ..."
            int[] subject = subjectOfSentence(tokens, quoted, p, false);
            return subject == null ? null : span(tokens, subject[0], subject[1], cueStart, cueEnd);
        }
        if (p >= 0 && tokens.get(p).isWord()) {
            if (quoted[p]) return null;
            String head = tokens.get(p).lower();
            if (PRONOUNS.contains(head) || QUANTIFIERS.contains(head)) {
                if (QUANTIFIERS.contains(head) && p > 0 && tokens.get(p - 1).isWord() && !quoted[p - 1]
                        && !NOT_NAME.contains(tokens.get(p - 1).lower())) {
                    return null; // "the other side ..." not "others said"
                }
                return span(tokens, p, p + 1, cueStart, cueEnd);
            }
            int start = backwardPhrase(tokens, quoted, p);
            if (start < 0) {
                // "a source close to him said", "Two in three said": a subject the phrase rules do not cover
                int subject = clauseSubject(tokens, quoted, cueStart, strength);
                return subject < 0 ? null : span(tokens, subject, cueStart, cueStart, cueEnd);
            }
            if (strength == CueLexicon.Strength.WEAK && !tokens.get(p).capitalised() && !SOURCE_NOUNS.contains(head)) {
                return null;
            }
            return span(tokens, start, p + 1, cueStart, cueEnd);
        }
        if (p >= 0 && tokens.get(p).is(",")) {
            if (v.lower().endsWith("ing")) {
                // "Trump returned the compliment, telling Reuters ...": the subject of the main clause
                int[] subject = subjectOfSentence(tokens, quoted, p, false);
                return subject == null ? null : span(tokens, subject[0], subject[1], cueStart, cueEnd);
            }
            int[] subject = appositiveSubject(tokens, quoted, p);
            if (subject != null) return span(tokens, subject[0], subject[1], cueStart, cueEnd);
        }
        // inversion: ..." said Sanders / ..., says a new poll
        if (cueStart == verb && strength == CueLexicon.Strength.STRONG) {
            int end = inversionPhrase(tokens, quoted, cueEnd);
            if (end > cueEnd) return span(tokens, cueEnd, end, cueStart, cueEnd);
        }
        if (p >= 0 && !tokens.get(p).is(",")) {
            int subject = clauseSubject(tokens, quoted, cueStart, strength); // "42% say"
            if (subject >= 0) return span(tokens, subject, cueStart, cueStart, cueEnd);
        }
        return null;
    }

    /** Object pronouns, which can end a subject ("a source close to him"). */
    private static final Set<String> OBJECTS = Set.of("him", "them", "us", "me");

    /** Number words that can end a subject that is a count ("two in three said"). */
    private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "most", "many", "some",
            "several", "both", "all", "few");

    /** Words that open a clause: a subject starts after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "because", "while", "when", "if", "although",
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
        String lastWord = last.lower();
        if (last.isWord() && (PREPOSITIONS.contains(lastWord) || BREAKERS.contains(lastWord) && !OBJECTS.contains(lastWord)
                || DETERMINERS.contains(lastWord) && !NUMBERS.contains(lastWord))) {
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
                if (t.is(",") || t.is(";") || t.is(":") || t.is("(")) {
                    start = k + 1;
                    break;
                }
                if (t.is("%") || t.is("’") || t.is("'") || t.is("—") || t.is("–") || t.is("-") || t.is("/")
                        || t.is(")") || t.is("&")) {
                    if (k == 0) start = 0;
                    continue;
                }
                return -1;
            }
            String l = t.lower();
            if (!t.capitalised() && CLAUSE_OPENERS.contains(l)) {
                start = k + 1;
                break;
            }
            if (FINITE.contains(l) || CueLexicon.verb(l, 0, l.length()) != null || l.endsWith("n't") || l.endsWith("n’t")) {
                return -1;
            }
            if (SOURCE_NOUNS.contains(l)) source = true;
            if (k == 0) start = 0;
        }
        if (start < 0 || start >= cueStart || !tokens.get(start).isWord()) return -1;
        Token first = tokens.get(start);
        String l = first.lower();
        boolean count = Character.isDigit(first.first()) || QUANTIFIERS.contains(l) || l.equals("one") || l.equals("two")
                || l.equals("three") || l.equals("most") || l.equals("about") || l.equals("nearly") || l.equals("majorities");
        boolean nounPhrase = count || DETERMINERS.contains(l) || first.capitalised() && !NOT_NAME.contains(l);
        if (!nounPhrase || PRONOUNS.contains(l)) return -1;
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
            if (CueLexicon.auxiliary(tokens.get(start - 1))) {
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

    /** Steps back over a time between subject and cue: "Clinton on Tuesday said", "Trump yesterday said". */
    private static int skipTime(List<Token> tokens, boolean[] quoted, int p) {
        int q = p;
        while (q >= 1 && !quoted[q] && tokens.get(q).isWord() && TIME.contains(tokens.get(q).lower())) q--;
        if (q == p) return p;
        if (q >= 1 && tokens.get(q).isWord() && (tokens.get(q).lower().equals("on") || tokens.get(q).lower().equals("last")
                || tokens.get(q).lower().equals("this"))) {
            q--;
        }
        return q >= 0 && tokens.get(q).isWord() ? q : p;
    }

    /** '…,” Viguerie notes.' / '…, the reports show.': the cue ends the sentence, after a quote or a clause. */
    private static boolean afterQuote(List<Token> tokens, int verb) {
        if (verb + 1 < tokens.size() && !tokens.get(verb + 1).is(".")) return false;
        for (int k = verb - 2; k >= 0 && k >= verb - 6; k--) {
            if (tokens.get(k).isQuote() || tokens.get(k).is(",")) return true;
        }
        return false;
    }

    /**
     * Whether a form that is as often a noun follows a subject and has an object, so that it is the
     * verb: "polls show Clinton ahead", "Lynch calls North Carolina her home", not "the TV show on".
     */
    private static boolean afterSubject(List<Token> tokens, boolean[] quoted, int verb) {
        if (verb == 0 || verb + 1 >= tokens.size() || !tokens.get(verb + 1).isWord() || quoted[verb - 1]) return false;
        Token before = tokens.get(verb - 1);
        if (!before.isWord()) return false;
        String l = before.lower();
        if (SOURCE_NOUNS.contains(l) || PRONOUNS.contains(l) && !l.equals("it")) return true; // "she hopes"
        // a name shows nothing ("ABC's TV show Scandal") but calls, claims and reports
        return before.capitalised() && !NOT_NAME.contains(l) && verb > 1 && tokens.get(verb - 2).isWord()
                && !tokens.get(verb).lower().startsWith("show");
    }

    /** Whether a clause or an object follows: "shows that", "show he backed", not "show on Sirius". */
    private static boolean beforeClause(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord()) return t.is(":");
        String l = t.lower();
        if (PREPOSITIONS.contains(l)) return false;
        return !t.capitalised() || PRONOUNS.contains(l);
    }

    /**
     * The subject that opens the sentence (after an opening adverbial and its comma), up to {@code
     * limit}: a name or a pronoun, or with {@code commonNouns} also a determiner and its noun ("The
     * senator paused and recalled"), which a finite verb after "and" shares but a participle seldom does.
     */
    private int[] subjectOfSentence(List<Token> tokens, boolean[] quoted, int limit, boolean commonNouns) {
        int i = 0;
        if (tokens.get(0).is("But") || tokens.get(0).is("And") || tokens.get(0).is("So") || tokens.get(0).is("Yet")) {
            i = 1;
        }
        if (i < limit && tokens.get(i).isWord() && NOT_NAME.contains(tokens.get(i).lower())) {
            // an opening adverbial up to its comma: "But on Tuesday, he stood ... and urged"
            int comma = i;
            while (comma < limit && !tokens.get(comma).is(",")) comma++;
            if (comma < limit) i = comma + 1;
            else if (i == 0) i = limit; // no comma: the opener is no adverbial of its own
        }
        if (i >= limit || quoted[i] || !tokens.get(i).isWord()) return null;
        Token first = tokens.get(i);
        if (PRONOUNS.contains(first.lower()) && !first.lower().equals("it") && !first.lower().equals("who")) {
            return new int[] {i, i + 1};
        }
        int j = i;
        if (DETERMINERS.contains(first.lower())) j++;
        int names = 0;
        while (j < limit && tokens.get(j).isWord() && !quoted[j]) {
            Token t = tokens.get(j);
            if (t.capitalised() && !NOT_NAME.contains(t.lower())) {
                names++;
                j++;
            } else if (names > 0 && (t.lower().equals("of") || t.lower().equals("and")) && j + 1 < limit
                    && tokens.get(j + 1).capitalised()) {
                j++;
            } else if ((names == 0 || adjectival(tokens.get(j - 1))) && titleBeforeName(tokens, quoted, j, limit)) {
                j++; // "Republican presidential candidate Donald Trump"
            } else {
                break;
            }
        }
        if (names == 0 && commonNouns && DETERMINERS.contains(first.lower())) {
            // a common noun with its determiner: "The senator paused and recalled"
            int k = i + 1;
            while (k < limit && k - i <= 3 && commonNoun(tokens, quoted, k)) k++;
            return k > i + 1 ? new int[] {i, k} : null;
        }
        // a name used as an adjective before its head noun: "Chinese officials", "Kremlin sources"
        if (names > 0 && j < limit && tokens.get(j).isWord() && !quoted[j] && SOURCE_NOUNS.contains(tokens.get(j).lower())) j++;
        return names == 0 ? null : new int[] {i, j};
    }

    /** A lower-case word that can stand in a plain noun phrase: no verb, adverb, preposition or conjunction. */
    private static boolean commonNoun(List<Token> tokens, boolean[] quoted, int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || quoted[k] || t.capitalised()) return false;
        String l = t.lower();
        return !BREAKERS.contains(l) && !DETERMINERS.contains(l) && !l.endsWith("ed") && !l.endsWith("ly")
                && CueLexicon.verb(l, 0, l.length()) == null;
    }

    /** A capitalised word that qualifies a title rather than names someone: "Republican", "Chinese", "US". */
    private static boolean adjectival(Token t) {
        String w = t.text();
        return w.endsWith("an") || w.endsWith("ic") || w.endsWith("ese") || w.endsWith("ish")
                || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** A lower-case word inside a title that a name follows within three words ("presidential candidate"). */
    private static boolean titleBeforeName(List<Token> tokens, boolean[] quoted, int j, int limit) {
        Token t = tokens.get(j);
        if (!t.isWord() || t.capitalised() || quoted[j]) return false;
        String l = t.lower();
        if (BREAKERS.contains(l) || DETERMINERS.contains(l) || l.endsWith("ed") || l.endsWith("ly")
                || CueLexicon.verb(l, 0, l.length()) != null) {
            return false;
        }
        for (int k = j + 1; k < Math.min(limit, j + 4); k++) {
            Token n = tokens.get(k);
            if (!n.isWord() || quoted[k]) return false;
            if (n.capitalised()) return !NOT_NAME.contains(n.lower());
            if (BREAKERS.contains(n.lower())) return false;
        }
        return false;
    }

    /** The source after an inverted cue: a name or noun phrase, with one apposition, to the end of the clause. */
    private int inversionPhrase(List<Token> tokens, boolean[] quoted, int from) {
        if (!startsName(tokens, from)) return -1;
        int i = from;
        boolean sawComma = false;
        boolean content = false;
        while (i < tokens.size() && i - from < 40) {
            Token t = tokens.get(i);
            if (quoted[i] || t.isQuote()) break;
            if (!t.isWord()) {
                if (t.is(",") && !sawComma) {
                    sawComma = true; // "said Andy Grewal, a law professor at ..."
                    i++;
                    continue;
                }
                if (t.is("(") || t.is(")") || t.is("-") || t.is("&") || t.is("/")) { i++; continue; }
                break;
            }
            String l = t.lower();
            if (!sawComma && i > from && !t.capitalised()) {
                if (FINITE.contains(l) || l.endsWith("n’t") || l.endsWith("n't")) return -1;
                if (BREAKERS.contains(l) && !l.equals("and") || l.endsWith("day") || l.equals("last")
                        || l.equals("earlier")) {
                    break;
                }
            }
            if (!DETERMINERS.contains(l)) content = true;
            i++;
        }
        while (i > from && !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(")")) i--;
        return content ? i : -1;
    }
    private static Span span(List<Token> tokens, int from, int to, int cueFrom, int cueTo) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end(), tokens.get(cueFrom).start(),
                tokens.get(cueTo - 1).end());
    }

    /** Start of the noun phrase ending at token {@code head}, or -1 when the head is no noun. */
    private int backwardPhrase(List<Token> tokens, boolean[] quoted, int head) {
        Token h = tokens.get(head);
        if (h.is(")")) {
            // "Sen. Bernie Sanders (I-Vt.)": step over the bracket to the name before it
            int open = head - 1;
            while (open > 0 && !tokens.get(open).is("(") && head - open < 8) open--;
            if (open <= 0 || !tokens.get(open).is("(")) return -1;
            return backwardPhrase(tokens, quoted, open - 1);
        }
        if (!h.isWord()) return -1;
        String hl = h.lower();
        if (BREAKERS.contains(hl) || DETERMINERS.contains(hl)) return -1;
        if (h.capitalised() && NOT_NAME.contains(hl)) return -1;
        if (!h.capitalised() && (CueLexicon.adverb(hl) || hl.endsWith("ing") && !hl.equals("king"))) return -1;
        int start = head;
        boolean listed = false;
        while (start > 0 && head - start < MAX_PHRASE) {
            int j = start - 1;
            Token t = tokens.get(j);
            if (quoted[j]) break;
            if (t.is("'") || t.is("’")) {
                // possessive "Sanders' campaign"
                if (j > 0 && tokens.get(j - 1).capitalised()) { start = j - 1; continue; }
                break;
            }
            if (t.is(",") && listed && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1]) {
                start = j; // "Donald Trump, Mike Huckabee and Chris Christie"
                continue;
            }
            if (t.is("/") && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1] && tokens.get(start).capitalised()) {
                start = j; // "a CNN/ORC poll"
                continue;
            }
            if (!t.isWord()) break;
            String l = t.lower();
            if (t.capitalised()) {
                if (NOT_NAME.contains(l) && (j == 0 || !tokens.get(j - 1).capitalised())) break;
                start = j;
                continue;
            }
            if (DETERMINERS.contains(l)) {
                start = j;
                if (j > 0 && PREDETERMINERS.contains(tokens.get(j - 1).lower())) start = j - 1;
                break;
            }
            if (l.equals("and") && j > 0 && tokens.get(j - 1).capitalised() && !quoted[j - 1]) {
                start = j; // "Mr. Xi and other leaders"
                listed = true;
                continue;
            }
            if ((l.equals("of") || l.equals("for") || l.equals("and") || l.equals("&"))
                    && tokens.get(start).capitalised() && j > 0 && tokens.get(j - 1).isWord()
                    && (tokens.get(j - 1).capitalised() || !BREAKERS.contains(tokens.get(j - 1).lower()))) {
                start = j;
                continue;
            }
            if (l.endsWith("’s") || l.endsWith("'s")) { start = j; continue; }
            if (BREAKERS.contains(l) || l.endsWith("ly") || l.endsWith("ed") && !t.capitalised()) break;
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

    /** The source after "according to": to the end of the clause. */
    private static int accordingPhrase(List<Token> tokens, boolean[] quoted, int from) {
        int i = from;
        while (i < tokens.size() && i - from < 30) {
            Token t = tokens.get(i);
            if (quoted[i] || t.isQuote()) break;
            if (!t.isWord()) {
                if (t.is("(") || t.is(")") || t.is("-") || t.is("&") || t.is("/")) { i++; continue; }
                break;
            }
            String l = t.lower();
            if (i > from && (l.equals("that") || l.equals("which") || l.equals("who"))) break;
            i++;
        }
        while (i > from && !tokens.get(i - 1).isWord() && !tokens.get(i - 1).is(")")) i--;
        return i;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        if (i >= tokens.size()) return false;
        Token t = tokens.get(i);
        if (!t.isWord()) return false;
        String l = t.lower();
        if (PRONOUNS.contains(l)) return !l.equals("who") && !l.equals("it");
        if (t.capitalised()) return !NOT_NAME.contains(l);
        if (DETERMINERS.contains(l)) return !l.equals("this") && !l.equals("no");
        return titleBeforeName(tokens, new boolean[tokens.size()], i, tokens.size()); // "said former congressman Barney Frank"
    }

    /**
     * The subject that opens the sentence with its appositions, when everything up to the comma
     * before the cue is that: "Christopher Harvey, an African-American delegate from Houston, Texas,
     * said", a relative clause included ("Jason Furman, who leads ..., said", as PolNeAR mostly marks
     * it); without a sentence adverb ("Clinton, however, said").
     */
    private int[] openingSubject(List<Token> tokens, boolean[] quoted, int comma) {
        int lead = 0;
        // a quotation that opens the sentence: "''If Reagan had gone with Kemp ...,'' Mr. Daniloff, now 81, said"
        while (lead < comma && (quoted[lead] || tokens.get(lead).isQuote() || tokens.get(lead).is(","))) lead++;
        if (lead > 0) {
            int[] after = openingSubject(tokens.subList(lead, tokens.size()),
                    java.util.Arrays.copyOfRange(quoted, lead, quoted.length), comma - lead);
            return after == null ? null : new int[] {after[0] + lead, after[1] + lead};
        }
        int s0 = 0;
        if (tokens.get(0).isWord() && NOT_NAME.contains(tokens.get(0).lower())
                && !tokens.get(0).lower().equals("but") && !tokens.get(0).lower().equals("and")) {
            while (s0 < comma && !tokens.get(s0).is(",")) s0++;
            s0++; // after an opening adverbial: "In a statement to the Observer, ..."
        } else if (tokens.get(0).isWord() && (tokens.get(0).lower().equals("but") || tokens.get(0).lower().equals("and"))) {
            s0 = 1;
        }
        if (s0 >= comma) return null;
        int q = s0;
        while (q < comma && !tokens.get(q).is(",")) {
            if (quoted[q] || tokens.get(q).isQuote()) return null;
            q++;
        }
        if (q >= comma || q == s0) return null;
        if (backwardPhrase(tokens, quoted, q - 1) != s0) return null;
        String first = tokens.get(q + 1).lower();
        if (q + 2 == comma && SENTENCE_ADVERBS.contains(first)
                || q + 3 == comma && (first.equals("for") || first.equals("in"))) {
            return new int[] {s0, q};
        }
        return new int[] {s0, comma + 1};
    }

    /** Words that put a participle cue under the sentence's subject: "by saying", "while arguing". */
    private static final Set<String> PARTICIPLE_LEADS = Set.of("by", "while", "after", "before", "when", "without");

    private static final Set<String> SENTENCE_ADVERBS = Set.of("however", "too", "meanwhile", "though", "also",
            "nonetheless", "moreover", "instead", "indeed", "separately", "similarly", "likewise",
            "then", "later", "earlier", "today", "yesterday", "now");

    /** "Nina Turner, a surrogate for Mr. Sanders, said" / "Mr. Slinker, whose start-up ..., said", apposition included. */
    private int[] appositiveSubject(List<Token> tokens, boolean[] quoted, int comma) {
        int[] opening = openingSubject(tokens, quoted, comma);
        if (opening != null) return opening;
        int q = comma - 1;
        while (q >= 0 && comma - q < 30 && !tokens.get(q).is(",")) {
            if (quoted[q] || tokens.get(q).isQuote() || tokens.get(q).is(".")) return null;
            q--;
        }
        if (q <= 0 || !tokens.get(q).is(",") || q + 1 >= comma) return null;
        int head = q - 1;
        if (head >= 2 && Character.isDigit(tokens.get(head).text().charAt(0)) && tokens.get(head - 1).is(",")) {
            head -= 2; // "Clinton, 35, the daughter of ..."
        }
        Token h = tokens.get(head);
        if (!h.isWord() || NOT_NAME.contains(h.lower())) return null;
        int start = backwardPhrase(tokens, quoted, head);
        if (start < 0) return null;
        Token opener = tokens.get(start);
        if (!h.capitalised() && !opener.capitalised() && !DETERMINERS.contains(opener.lower())) return null;
        return new int[] {start, comma + 1};
    }
}
