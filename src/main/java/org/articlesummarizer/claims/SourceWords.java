package org.articlesummarizer.claims;

import java.util.Set;

/** Closed classes of words that tell where a source phrase starts and ends. */
final class SourceWords {

    private SourceWords() {
    }

    /**
     * An unmodifiable set of words, like {@link Set#of}, but a {@link WordSet} inside: the rules ask
     * these sets of word after word, and a WordSet turns a word away by its cached hash code and one
     * array (see there), where Set.of divides by its size ({@link Math#floorMod}) on every look-up
     * and a HashSet reads a node object as well.
     */
    static WordSet words(String... words) {
        return new WordSet(words);
    }

    /** The words of {@code base} and {@code more}: a class of words that widens another. */
    static WordSet words(Set<String> base, String... more) {
        String[] all = base.toArray(new String[base.size() + more.length]);
        System.arraycopy(more, 0, all, base.size(), more.length);
        return new WordSet(all);
    }

    /** Possessive determiners: "his attacks on", "their support". */
    static final WordSet POSSESSIVES = words("his", "her", "its", "their", "our", "my", "your");

    /** Modal and "do" auxiliaries, which a base form follows: "would back", "did not say". */
    static final WordSet MODALS = words("do", "does", "did", "will", "would", "can", "could", "may", "might",
            "should", "must");

    /** Contracted negations of those auxiliaries: "didn't comment", "won’t say". */
    static final WordSet NEGATED_MODALS = words("didn't", "didn’t", "don't", "don’t", "doesn't", "doesn’t",
            "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "couldn't", "couldn’t");

    static final WordSet PRONOUNS = words("he", "she", "they", "it", "we", "i", "you", "who",
            "which");

    /** Quantifiers that stand for people on their own: "another said", "many mention", "some have urged". */
    static final WordSet QUANTIFIERS = words("another", "others", "some", "many", "several", "both",
            "most");

    /** Capitalised words that open a sentence or clause but never belong to a name. */
    static final WordSet NOT_NAME = words("but", "and", "or", "so", "yet", "on", "in", "at", "when",
            "after", "before", "as", "while", "then", "also", "meanwhile", "still", "now", "however", "instead",
            "later", "earlier", "if", "although", "though", "because", "since", "yesterday", "today", "tonight",
            "asked", "speaking", "during", "for", "from", "with", "by", "to", "that", "this", "these", "those",
            "there", "here", "what", "why", "how", "where", "indeed", "even", "just", "last", "next", "thus",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "once", "until",
            "unlike", "like", "whether", "not", "only", "is", "was", "are", "were", "i", "it");

    /** Lower-case words that may stand inside a noun phrase before its head. */
    static final WordSet DETERMINERS = words("the", "a", "an", "another", "other", "some", "many",
            "several", "two", "three", "four", "five", "his", "her", "their", "its", "our", "my", "your", "most",
            "few", "both", "all", "each", "one", "no", "any", "these", "those", "this", "more", "top");

    /** The determiners of a statement or a poll the cue names: "in a statement", "in the CNN poll". */
    static final WordSet STATEMENT_DETERMINERS = words("a", "an", "the", "his", "her", "its", "their");

    /** Lower-case words that end a noun phrase going backwards: verbs, prepositions, conjunctions. */
    static final WordSet BREAKERS = words("that", "which", "who", "whom", "whose", "and", "but", "or",
            "if", "when", "as", "because", "while", "to", "in", "on", "at", "by", "with", "from", "after", "before",
            "about", "into", "over", "than", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "will", "would", "not", "also", "then", "said", "says", "told", "so", "just", "only", "even",
            "what", "where", "how", "why", "there", "here", "do", "does", "did", "can", "could", "should",
            "may", "might", "must", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me",
            "up", "out", "off", "down", "against", "without", "under", "since", "until", "through", "during",
            "like", "among", "between", "per", "via", "once", "now", "yet", "still", "however");

    static final int MAX_PHRASE = 12;

    static final WordSet PREDETERMINERS = words("all", "both", "half", "nearly", "almost", "not");

    static final WordSet PREPOSITIONS = words("of", "on", "in", "at", "for", "as", "from", "by", "and",
            "or", "to", "with", "about", "up", "off", "out", "into", "over", "is", "are", "was", "were");

    /** Finite verbs: an inverted source never holds one ("says the actions wouldn't ..."). */
    static final WordSet FINITE = words(MODALS, "is", "was", "are", "were", "has", "have", "had");

    /** Lower-case heads that can be a source before a weak cue ("polls show", "the report found"). */
    static final WordSet SOURCE_NOUNS = words("poll", "polls", "survey", "surveys", "report",
            "reports", "records", "data", "study", "studies", "official", "officials", "source", "sources",
            "critics", "experts", "analysts", "aides", "analysis", "research", "numbers", "figures",
            "documents", "spokesman", "spokeswoman", "spokesperson", "campaign", "voters", "supporters",
            "polling", "experience", "outcome", "results", "statistics", "review", "paper", "guidelines",
            "statement", "email", "letter", "document", "memo", "ad", "video", "audit", "investigation", "forces",
            "allies", "leaders", "endorsers", "backers", "legislation", "bill", "court", "judge", "panel",
            "committee", "group", "groups", "administration", "party", "agency", "department", "lawmakers",
            "democrats", "republicans", "observers", "strategists", "advocates", "members", "residents",
            "candidates", "candidate", "team", "people", "government", "president", "researchers", "newspaper",
            "rivals", "executives", "lawyers", "governor", "politicians", "advisers", "insiders", "emails", "lawsuit",
            // singulars of the above and more nouns of people acting together ("the Christie supporter retorted",
            // "a younger generation of activists is challenging"): on train 9 more exact cues, 12 more sources
            "supporter", "analyst", "lawmaker", "expert", "critic", "adviser", "aide", "nominee", "camp", "activists",
            "progressives", "conservatives", "authorities", "police", "protesters", "organizers", "establishment", "side",
            // records, inquiries, headlines and boards that speak for themselves ("FEC filings show", "the inquiry
            // found", "the headline reads", "the board saw"): on train 9 more cues, all PolNeAR's exactly
            "filings", "filing", "inquiry", "findings", "footage", "estimates", "tallies", "projections", "testimony",
            "transcript", "transcripts", "evidence", "forecast", "forecasts", "headline", "headlines", "board");

    static final WordSet SENTENCE_ADVERBS = words("however", "too", "meanwhile", "though", "also",
            "nonetheless", "moreover", "instead", "indeed", "separately", "similarly", "likewise",
            "then", "later", "earlier", "today", "yesterday", "now");
}
