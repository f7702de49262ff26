package org.articlesummarizer.claims;

import static org.articlesummarizer.claims.SourceWords.NEGATED_MODALS;
import static org.articlesummarizer.claims.SourceWords.STATEMENT_DETERMINERS;
import static org.articlesummarizer.claims.SourceWords.words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that signal attribution ("said", "according to", "told"), with how much each can be
 * trusted on its own. Checked against the cues of PolNeAR's train split: a STRONG cue is an
 * attribution cue in most of its uses there ("said" 88%, "according to" 92%); a WEAK one only
 * with a name or pronoun right before it ("called", "found", "show").
 */
final class CueLexicon {

    enum Strength { STRONG, WEAK }

    private static final Map<String, Strength> VERBS = new HashMap<>();

    /**
     * Words that are cues only with the words that follow them, which belong to the cue: "went on
     * to say", "made (it) clear", "as she put it", "points out". On train these are cues in about
     * two uses of three or more.
     */
    private static final Map<String, List<List<String>>> PHRASES = Map.ofEntries(
            // "went on to say", "goes on to slam": "on to" and then a cue verb (see phraseEnd)
            Map.entry("went", List.of(List.of("on", "to"))), Map.entry("goes", List.of(List.of("on", "to"))),
            Map.entry("made", List.of(List.of("clear"), List.of("it", "clear"))),
            Map.entry("put", List.of(List.of("it"))), Map.entry("puts", List.of(List.of("it"))),
            Map.entry("points", List.of(List.of("out"))),
            Map.entry("point", List.of(List.of("out"))),
            // "issued a statement (saying)": issued alone is PolNeAR's cue 5 times in 27 on train
            Map.entry("issued", List.of(List.of("a", "statement"))),
            // weak ones (see WEAK_PHRASES): "talk about" is a cue in 45% of its uses on train
            Map.entry("talk", List.of(List.of("about"))),
            Map.entry("focused", List.of(List.of("on"))), Map.entry("focuses", List.of(List.of("on"))),
            Map.entry("focus", List.of(List.of("on"))), Map.entry("focusing", List.of(List.of("on"))),
            // a claim waved away, weak too: "shrugged off the criticism", "brushed off these concerns", "played down the idea"
            Map.entry("shrugged", List.of(List.of("off"))), Map.entry("brushed", List.of(List.of("off"))),
            Map.entry("laughed", List.of(List.of("off"))), Map.entry("waved", List.of(List.of("off"))),
            Map.entry("waves", List.of(List.of("off"))), Map.entry("played", List.of(List.of("down"))));

    /** Phrase cues that, like weak verbs, need a name or a source noun before them. */
    private static final WordSet WEAK_PHRASES = words("talk", "focused", "focuses", "focus", "focusing", "shrugged",
            "brushed", "laughed", "waved", "waves", "played");

    /**
     * Verb classes whose verbs attribute what follows to their subject (after Levin's English Verb
     * Classes, 1993): verbs of saying and of manner of speaking, of praise and blame, of belief and
     * judgement, of wanting and intending. Base forms; every regular form of each ({@link
     * Inflections}) is a weak cue unless the lexicon above already rates it. A new base or -s form
     * is also a noun often enough ("his support", "an attack") to be a cue only as a verb: before a
     * clause or object and after its subject.
     */
    private static final String[][] VERB_CLASSES = {
        // saying, telling, asking, manner of speaking
        {"say", "comment", "declare", "claim", "assert", "insist", "argue", "contend", "acknowledge",
            "admit", "concede", "confess", "deny", "explain", "mention", "note", "observe",
            "reply", "respond", "answer", "add", "repeat", "reiterate", "suggest", "propose", "recommend", "urge",
            "warn", "caution", "promise", "pledge", "vow", "threaten", "demand", "ask", "request",
            "complain", "protest", "lament", "boast", "brag", "joke", "quip", "shout", "yell", "whisper", "chant",
            "describe", "portray", "characterize", "label", "dub", "brand", "highlight",
            "emphasize", "stress", "underscore", "cite", "quote", "reveal", "disclose", "confirm", "announce",
            "predict", "forecast", "indicate", "imply", "recount", "recall", "testify", "allege",
            "concur", "retort", "counter", "assure", "remind", "inform", "notify", "tout", "decry", "lambaste"},
        // praise and blame, support and opposition
        {"praise", "applaud", "commend", "congratulate", "compliment", "laud", "hail", "thank",
            "credit", "criticize", "condemn", "denounce", "fault", "scold", "chide", "rebuke", "ridicule", "mock",
            "attack", "slam", "blast", "accuse", "blame", "defend", "endorse", "back", "support", "oppose",
            "favor", "prefer", "reject", "dispute", "refute", "challenge", "question", "welcome", "embrace", "dismiss",
            "disavow", "denigrate", "disparage", "berate", "champion", "advocate"},
        // belief, judgement, perception of a state of affairs
        {"believe", "think", "consider", "doubt", "suspect", "assume", "expect", "fear", "worry", "regard",
            "view", "deem", "imagine", "envision", "recognize", "realize", "understand", "remember", "know",
            "agree", "disagree", "conclude", "decide", "determine", "estimate", "project", "guess", "suppose",
            "wonder", "acknowledge", "feel", "sense", "anticipate", "foresee", "hope", "wish"},
        // wanting and intending
        {"want", "intend", "plan", "seek", "refuse", "decline", "offer", "vow", "prefer"}};

    /** New base and -s forms of the verb classes: nouns as often as verbs ("support", "attacks"). */
    private static final Set<String> CLASS_NOUNS = new java.util.HashSet<>();

    private static void addClassVerb(String base) {
        List<String> forms = Inflections.of(base);
        if (!VERBS.containsKey(base)) CLASS_NOUNS.add(base);
        if (!VERBS.containsKey(forms.get(0))) CLASS_NOUNS.add(forms.get(0));
        weak(base);
        for (String form : forms) weak(form);
    }

    static {
        strong("said", "says", "say", "saying", "told", "tells", "telling", "tell", "wrote", "writes", "write",
                "writing", "added", "adds", "adding", "noted", "notes", "noting", "explained", "explains",
                "explaining", "tweeted", "tweets", "announced", "announces", "argued", "argues", "argue",
                "arguing", "stated", "claimed", "claims", "claiming", "insisted", "insists", "insist",
                "warned", "warns", "warning", "acknowledged", "acknowledges", "admitted", "admits", "replied",
                "replies", "responded", "responds", "recalled", "recalls", "recalling", "concluded", "concludes",
                "declared", "declares", "suggested", "suggests", "suggesting", "predicted", "predicts",
                "reiterated", "reiterates", "asserted", "asserts", "complained", "complains", "contended",
                "contends", "emphasized", "emphasised", "stressed", "stresses", "confirmed", "confirms",
                "denied", "denies", "cautioned", "conceded", "concedes", "boasted", "boasts", "quipped",
                "joked", "remarked", "observed", "testified", "vowed", "vows", "promised", "promises",
                "pledged", "urged", "urges", "cited", "citing", "reported", "reports", "revealed",
                "reveals", "described", "describes", "dismissed", "blamed", "blasted", "slammed",
                "criticized", "criticised", "accused", "accuses", "defended", "praised", "questioned",
                "asked", "asks", "announcing", "declined", "refused", "rejected", "disputed", "charged",
                "agreed", "expressed", "mocked", "lamented", "continued", "continues", "wondered",
                "indicated", "implied", "estimated", "posted",
                "posits", "proclaimed", "predicting", "recounted", "shouted", "yelled", "whispered", "denounced",
                "echoed", "condemned", "decried", "railed", "assured", "reminded", "voiced", "touted", "thanked",
                "insisting", "declaring", "stating", "retweeted", "slams", "bemoaned", "assailed", "likened",
                "commented", "interjected", "lashed", "speculated", "hailed", "alleges", "alleged", "alleging",
                "dismisses", "blames", "quoted", "emailed", "cites", "praises", "blasting", "criticizing",
                "denouncing", "accusing", "tweeting", "describing", "questioning", "promising", "defending",
                "mentioned", "blasts", "slamming", "mocking", "praising", "pledging", "vowing", "thanking",
                "touting", "acknowledging", "dismissing", "blaming", "reiterating", "emphasizing", "stressing",
                "complaining", "contending", "conceding", "asserting", "recounting");
        weak("believes", "thinks", "hopes", "fears", "called", "calls", "calling", "found", "finds", "show", "shows", "showed", "showing",
                "believe", "think", "thought", "hope", "fear", "want", "wants", "wanted", "endorsed",
                "supported", "opposed", "proposed", "sought", "talked", "spoke", "pointed", "referring",
                "referred", "discussed", "knows", "knew", "sees", "saw", "learned", "decided", "expects",
                "expected", "considers", "considered", "asking", "urging", "seeks",
                "supports", "backed", "backing", "supporting", "feel", "feels", "felt", "worried",
                "attacked", "knocked", "ordered", "signaled", "signalled", "hinted", "demanded", "read",
                "talking", "offered", "voted", "mention", "seeking", "issued", "suggest", "discuss", "respond",
                "hoping", "endorse", "pushed", "favor", "named", "offer", "pointing", "signed", "hoped", "oppose",
                "agree", "pushing", "shared", "expect", "talks", "acknowledge", "explain", "repeated", "blame",
                "praise", "worry", "advocate", "promise", "prefer", "listed", "describe", "highlighted",
                "encouraged", "identified", "reads", "discussing", "announce", "refusing", "threatened",
                "favored", "answered", "addressed", "endorsing", "challenged", "repeating", "indicate",
                "welcomed", "requested", "recommended", "proposing", "embraced", "declare", "apologized",
                "pressed", "criticize", "admit", "warn", "hints", "remembered", "demands", "opposes", "agrees",
                "mentions", "refuses", "reveal", "predict", "unveiled", "disclosed", "noticed", "know", "see",
                "plans", "view", "understand", "understands", "agreeing",
                "admitting", "opposing", "endorses",
                // found as PolNeAR cues in at least a third of their uses on train
                "invoked", "preferred", "lists", "ruled", "referencing", "echoing", "detailing", "comparing",
                "outlined", "rebuffed", "persuade", "convince", "persuaded", "express", "compared", "compares", "shown");
        for (String[] verbClass : VERB_CLASSES) {
            for (String base : verbClass) addClassVerb(base);
        }
        // forms that, taken as the cue of their sentence, match PolNeAR's cue there less than a
        // third of the time on train (the annotators mark another cue, or none): "felt" 3 of 17, "signed" 8 of 28,
        // "seeking" 8 of 29 ("emails seeking comment"), "expected" 2 of 8, "embraced" 3 of 11 ("embraced the idea")
        VERBS.keySet().removeAll(Set.of("adding", "writing", "felt", "unveiled", "embracing", "embraced", "offering", "signed",
                "seeking", "expected", "noticed", "consider", "feels", "promise", "echoing", "recognize",
                "advocated", "rebuffed"));
        strong(PHRASES.keySet().toArray(String[]::new));
        for (String w : WEAK_PHRASES) VERBS.put(w, Strength.WEAK);
    }

    /** Words that may stand between the subject and the cue and belong to the cue ("has also said"). */
    private static final WordSet AUXILIARIES = words(NEGATED_MODALS, "has", "have", "had", "also", "will", "would",
            "could", "can", "may", "might", "did", "does", "do", "later", "previously", "recently", "repeatedly",
            "publicly", "since", "reportedly", "once", "often", "already", "never", "not", "just", "again",
            "further", "privately", "openly", "frequently", "falsely", "flatly", "quickly", "initially",
            "first", "even", "still", "specifically", "explicitly", "long", "both", "all", "hasn't", "haven't",
            "did't", "is", "are", "was", "were", "been", "be", "now", "always", "then", "hasn’t", "haven’t", "isn’t",
            "wasn’t");

    /** Words an infinitive cue hangs on that do not end in -ed or -ing ("seems to feel", "are likely to say"). */
    private static final WordSet GOVERNING = words("seems", "seem", "tend", "tends", "began", "begin", "begins",
            "likely", "unlikely", "willing", "unwilling", "able", "unable", "want", "wants", "need", "needs", "try",
            "tries", "continue", "continues", "refuse", "refuses", "decline", "declines", "appears", "appear",
            "sought", "seeks", "hope", "hopes", "plan", "plans", "went", "chose", "took");

    /** Whether the word before "to" governs an infinitive cue after it: "tried (to discuss)", "seems (to feel)". */
    static boolean governsInfinitive(Token t) {
        if (!t.isWord() || !Tokens.isLowerCase(t.first())) return false;
        return GOVERNING.contains(t) || t.lowerLength() > 4 && (t.lowerEndsWith("ed") || t.lowerEndsWith("ing"));
    }

    /** Words that join the cue when they follow it ("called for", "pointed out", "referring to"). */
    private static final WordTable<WordSet> PARTICLE_TABLE = new WordTable<>(Map.ofEntries(
            Map.entry("called", words("for", "on")), Map.entry("calling", words("for", "on")),
            Map.entry("calls", words("for", "on")), Map.entry("pointed", words("out", "to")),
            Map.entry("pointing", words("out", "to")), Map.entry("referring", words("to")),
            Map.entry("referred", words("to")), Map.entry("talked", words("about")),
            Map.entry("spoke", words("about", "of")), Map.entry("asked", words("for")),
            Map.entry("respond", words("to")), Map.entry("responded", words("to")),
            Map.entry("hints", words("at")), Map.entry("hinted", words("at")),
            // what one believes in or warns of is the object of the phrase (on train 6 of 7 such cues take it)
            Map.entry("believe", words("in")), Map.entry("believes", words("in")), Map.entry("believed", words("in")),
            Map.entry("warned", words("of")), Map.entry("warns", words("of")), Map.entry("warning", words("of"))));

    private CueLexicon() {
    }

    private static void strong(String... forms) {
        for (String f : forms) VERBS.put(f, Strength.STRONG);
    }

    private static void weak(String... forms) {
        for (String f : forms) VERBS.putIfAbsent(f, Strength.WEAK);
    }

    private static final WordTable<Strength> TABLE = new WordTable<>(VERBS);

    /** The strength of the cue word at {@code text[from, to)} (as written: cues are lower case), or null. */
    static Strength verb(String text, int from, int to) {
        return TABLE.get(text, from, to);
    }

    /**
     * The strength of the token's lower case as a cue word, or null: {@link #verb(Token)} of a word
     * written in capitals too.
     */
    static Strength lowerVerb(Token word) {
        return TABLE.get(word);
    }

    /** {@link #verb(String, int, int)} of a token, read from the tokenizer's copy of the sentence. */
    static Strength verb(Token word) {
        return TABLE.get(word.chars(), word.start(), word.end());
    }

    /**
     * The same for a headline in title case, where a cue is written "Says": the word's first letter
     * taken in lower case.
     */
    static Strength titleVerb(Token word) {
        return TABLE.getLowerFirst(word.chars(), word.start(), word.end());
    }

    /**
     * Whether the sentence in {@code text[0, length)} is a headline in title case: most of its words
     * capitalised. Read from the sentence's char copy, as the pre-check and the tokenizer read it
     * (String.charAt checks its index on every call).
     */
    static boolean titleCase(char[] text, int length) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (Character.isLetter(c) && (i == 0 || !Character.isLetter(text[i - 1]) && text[i - 1] != '\''
                    && text[i - 1] != '’')) {
                words++;
                if (Character.isUpperCase(c)) capitalised++;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /**
     * Whether the sentence holds any cue word or "according to" outside quotation marks: the cheap
     * test that spares most sentences the tokenizer. {@code chars} holds the sentence's characters (a
     * copy is read faster than the string, see {@link Tokens}). The same scan reads the sentence's
     * quotation marks into {@code quotes}, which must be at sentence {@code sentence} (see {@link
     * QuoteTracker}): it knows at each word whether a quotation is open, and words inside one are no cues.
     */
    static boolean mayHaveCue(String text, char[] chars, QuoteTracker quotes, int sentence) {
        int headline = -1; // not yet known: title case is looked at only for a capitalised cue word
        int poll = -2; // not yet known: where the sentence's last "poll"/"survey" stands, looked for at the first "in"
        int n = text.length();
        int i = quotes.begin(sentence, chars, n);
        while (i < n) {
            char c = chars[i];
            if (!isLetter(c)) {
                i += QuoteTracker.mayBeMark(c) ? quotes.mark(chars, n, i) : 1;
                continue;
            }
            int j = i + 1;
            while (j < n && isLetter(chars[j])) j++;
            if (!quotes.open() && (Tokens.isLowerCase(c) && TABLE.get(chars, i, j) != null && phraseMayFollow(text, chars, i, j)
                    || Tokens.isUpperCase(c) && i > 0 && TABLE.getLowerFirst(chars, i, j) != null
                    && (headline < 0 ? (headline = titleCase(chars, n) ? 1 : 0) : headline) == 1
                    || j - i == 9 && text.regionMatches(true, i, "according", 0, 9)
                    || i == 0 && Tokens.isUpperCase(c) && (TABLE.getLowerFirst(chars, i, j) == Strength.STRONG // "Said Comey,"
                    || j == 2 && text.startsWith("In ") && (text.contains(" poll") || text.contains(" survey"))
                    || j == 2 && text.startsWith("To ")) // "To many, ...": see SpeakerFinder.toWhom
                    // "... in the 50-state poll": asked only at a lower-case "in" (see SpeakerFinder.inNamedPoll)
                    || j - i == 2 && c == 'i' && chars[i + 1] == 'n' && i > 0
                    && (poll == -2 ? (poll = lastPoll(text, j)) : poll) >= j)) {
                quotes.end(chars, n, j); // the marks after the cue, for the rules that follow
                return true;
            }
            i = j;
        }
        quotes.end(chars, n, n);
        return false;
    }

    /**
     * Where the sentence's last " poll" or " survey" (singular, as a word) starts, if it starts at or
     * after {@code from}, or -1: a poll follows an "in" when it starts after it. Found once per
     * sentence, at its first "in" ({@code from} is where that ends; a later "in" ends later still, so
     * a poll before {@code from} follows none). Searched forward from there: String.indexOf is a
     * vectorised search, where String.lastIndexOf over the whole sentence ran a Java loop (a
     * fortieth of the annotation's time in profiles).
     */
    private static int lastPoll(String text, int from) {
        return Math.max(lastWord(text, " poll", from), lastWord(text, " survey", from));
    }

    private static int lastWord(String text, String word, int from) {
        int last = -1;
        for (int k = text.indexOf(word, from); k >= 0; k = text.indexOf(word, k + 1)) {
            int end = k + word.length();
            if (end == text.length() || !Character.isLetter(text.charAt(end))) last = k;
        }
        return last;
    }

    /**
     * {@link Character#isLetter} with the tests for ASCII and for the curly quotes and dashes inline:
     * the pre-check asks it of every character.
     */
    static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : !Tokens.isDashOrQuote(c) && Character.isLetter(c);
    }

    private static final WordTable<List<List<String>>> PHRASE_TABLE = new WordTable<>(PHRASES);

    /**
     * False when the word at {@code text[from, to)} is a cue only in a phrase and the phrase's next
     * word does not follow: "made" is common and seldom a cue, so it should not cost the tokenizer.
     */
    private static boolean phraseMayFollow(String text, char[] chars, int from, int to) {
        List<List<String>> phrases = PHRASE_TABLE.get(chars, from, to); // on the copy, as the look-up before it
        if (phrases == null) return true;
        if (to >= text.length() || text.charAt(to) != ' ') return false;
        for (List<String> phrase : phrases) {
            if (text.startsWith(phrase.get(0), to + 1)) return true;
        }
        return false;
    }

    /**
     * Whether the word before a cue belongs to it: an auxiliary, or an adverb in -ly ("Cruz gingerly
     * said", "he erroneously suggested"), which PolNeAR's cues include in 292 of 305 cases on train.
     */
    static boolean auxiliary(Token word) {
        return AUXILIARIES.contains(word) || !word.capitalised() && adverb(word); // not "Schlafly said"
    }

    /**
     * A word in -ly that is an adverb, not "family" or "rally": asked of the token's lower case
     * without its string, and most words are turned away by their last letters.
     */
    static boolean adverb(Token word) {
        return word.lowerEndsWith("ly") && word.lowerLength() > 4 && !NOUNS_IN_LY.contains(word);
    }

    /** Words in -ly that are no adverb: "the family said", "a rally attendee said". */
    private static final WordSet NOUNS_IN_LY = words("family", "rally", "reply", "assembly", "supply", "ally",
            "belly", "bully", "jelly", "anomaly", "monopoly", "homily", "melancholy", "respectively", "italy");

    /** Words that join any cue when they follow it, as PolNeAR's annotators mostly mark them ("talked about", "lashed out"). */
    private static final WordSet ANY_PARTICLE = words("about", "against", "with", "for", "recently", "out");

    /** Adverbial particles that make a phrasal verb of the cue before them: "wrote back", "talked up", "remarked upon". */
    private static final WordSet PHRASAL_PARTICLES = words("back", "up", "upon");

    /** Particles that a preposition of the object may follow: "lashed out at", "pushed back on", "stood up for". */
    private static final WordSet ADVERBIAL_PARTICLES = words("out", "back", "up");

    private static final WordSet PARTICLE_OBJECTS = words("at", "on", "against", "for");

    /**
     * Whether the word at {@code k} is a particle of the cue before it, which PolNeAR's cue takes (on train
     * 9 times in 9); not "up to" ("said up to 20 people"), a number's bound, or "back in" ("said back in
     * March"), a time.
     */
    private static boolean phrasalParticle(List<Token> tokens, int k) {
        if (!PHRASAL_PARTICLES.contains(tokens.get(k)) || !lowerWord(tokens.get(k))) return false;
        if (k + 1 >= tokens.size()) return true;
        Token after = tokens.get(k + 1);
        return !(after.is("to") && tokens.get(k).is("up") || after.is("in") && tokens.get(k).is("back"));
    }

    /**
     * Where the phrase that the cue word at {@code verb} needs ends ("went" + "on to say"); the
     * next token for a word that needs none; -1 when the phrase it needs is not there.
     */
    static int phraseEnd(List<Token> tokens, int verb) {
        List<List<String>> phrases = PHRASE_TABLE.get(tokens.get(verb));
        if (phrases == null) return verb + 1;
        for (List<String> phrase : phrases) {
            int k = 0;
            while (k < phrase.size() && verb + 1 + k < tokens.size() && tokens.get(verb + 1 + k).is(phrase.get(k))) k++;
            if (k < phrase.size()) continue;
            int end = verb + 1 + k;
            if (!phrase.get(k - 1).equals("to")) return end;
            int infinitive = infinitiveCue(tokens, end);
            if (infinitive > 0) return infinitive;
        }
        return -1;
    }

    /**
     * Where the cue verb of "went on to" ends: "went on to say", "went on to endorse", "goes on to
     * openly ridicule" are PolNeAR's cues (8 of 11 such with a cue verb on train); "went on to win" is
     * no claim; -1 when no cue verb follows.
     */
    private static int infinitiveCue(List<Token> tokens, int at) {
        if (at < tokens.size() && lowerWord(tokens.get(at)) && adverb(tokens.get(at))) at++; // "to openly ridicule"
        if (at >= tokens.size() || !lowerWord(tokens.get(at)) || verb(tokens.get(at)) == null) return -1;
        return at + 1;
    }

    static int cueEnd(List<Token> tokens, int verb) {
        // a word that heads a phrase cue ends where its phrase does (phraseEnd gives verb + 1 for any other word)
        int phrase = phraseEnd(tokens, verb);
        if (phrase != verb + 1) {
            if (phrase < 0 || !tokens.get(verb).is("issued")) return phrase;
            // "issued a statement saying": the annotators take the statement and its participle
            int end = phrase;
            if (end < tokens.size() && tokens.get(end).is(',')) end++;
            return end < tokens.size() && lowerWord(tokens.get(end)) && tokens.get(end).lowerEndsWith("ing")
                    ? end + 1 : phrase;
        }
        int next = verb + 1;
        if (next >= tokens.size() || !tokens.get(next).isWord()) return next;
        Token word = tokens.get(next);
        Token cue = tokens.get(verb);
        WordSet own = PARTICLE_TABLE.get(cue);
        if (DAYS.contains(word)) {
            // "said Tuesday (night)": PolNeAR's cue takes the day in 76 of 128 such cues on train
            int end = next + 1;
            return end < tokens.size() && tokens.get(end).isWord() && PARTS_OF_DAY.contains(tokens.get(end))
                    ? end + 1 : end;
        }
        if (word.lowerIs("for") && duration(tokens, next + 1)) return next; // "has said for weeks"
        if (word.lowerIs("with") && REPORTING.contains(cue)) {
            int manner = mannerEnd(tokens, next + 1);
            if (manner > 0) return manner; // "said with a grin."
        }
        // "joked with reporters", "had been talking with officials": whom one talks with is no part of the cue
        if (word.lowerIs("with") && CONVERSING.contains(cue)) return next;
        // "said about the movement": after a plain verb of saying "about" starts what was said of whom (on train
        // PolNeAR's cue ends before it 8 times, takes it 5 times)
        if (word.lowerIs("about") && SAID.contains(cue)) return next;
        if (own != null && own.contains(word) || ANY_PARTICLE.contains(word) || phrasalParticle(tokens, next)) {
            // "lashed out at", "pushed back against", "spoke out for": the preposition of the phrasal verb's object
            // joins it too (on train 7 more exact cues, 2 fewer)
            int after = next + 1;
            return ADVERBIAL_PARTICLES.contains(word) && after < tokens.size() && lowerWord(tokens.get(after))
                    && PARTICLE_OBJECTS.contains(tokens.get(after)) ? after + 1 : next + 1;
        }
        // "boasted of", "commented on", "attacks on": the preposition of the verb's object; after a verb
        // of reporting it more often starts a time, place or medium ("said on Tuesday", "wrote on Twitter")
        if (word.lowerIs("on") && next + 1 < tokens.size() && tokens.get(next + 1).is("Facebook")) {
            return next + 2; // "wrote on Facebook", "posted on Facebook": the medium written in (4 of 5 on train)
        }
        if ((word.lowerIs("of") || word.lowerIs("on")) && !REPORTING.contains(cue)) return next + 1;
        if (word.lowerIs("in")) {
            // "in a statement", "in the joint statement", "in a press release": the statement is the cue's
            // (on train 51 of 77, against 25 of 72 for "in an interview", which stays out)
            int k = next + 1;
            if (k < tokens.size() && STATEMENT_DETERMINERS.contains(tokens.get(k))) {
                for (int m = k + 1; m < tokens.size() && m <= k + 3 && lowerWord(tokens.get(m)); m++) {
                    Token t = tokens.get(m);
                    // a post too: "wrote in a blog post" ("in an email" joins the cue only half the time on train)
                    if (t.lowerIs("statement") || t.lowerIs("statements") || t.lowerIs("release") || t.lowerIs("post")) {
                        return m + 1;
                    }
                }
            }
        }
        if (TO_VERBS.contains(cue) && word.lowerIs("to") && next + 1 < tokens.size() && lowerWord(tokens.get(next + 1))) {
            return next + 2; // "continued to question", "has sought to distinguish"
        }
        if ((cue.lowerIs("expressed") || cue.lowerIs("voiced")) && lowerWord(tokens.get(next)) && !NOT_FEELING.contains(word)) {
            // "expressed concern (about)": the feeling expressed is part of the cue
            int end = next + 1;
            return end < tokens.size() && tokens.get(end).isWord() && FEELING_PARTICLES.contains(tokens.get(end))
                    ? end + 1 : end;
        }
        // a manner adverb after the cue is part of it ("said sarcastically"; 57 of 74 on train),
        // a degree adverb starts the content ("said nearly half")
        if (lowerWord(tokens.get(next)) && adverb(tokens.get(next)) && !DEGREE_ADVERBS.contains(word)) {
            // and so does the preposition of the verb's object after it: "spoke favorably of", "complained
            // bitterly about" (10 times in 10 on train)
            int after = next + 1;
            return after < tokens.size() && tokens.get(after).isWord() && OBJECT_PREPOSITIONS.contains(tokens.get(after))
                    ? after + 1 : next + 1;
        }
        return next;
    }

    /**
     * Where a manner phrase after "with" ends when it closes the clause: "said with a grin.", "said
     * with an eye roll,", "said with disbelief." PolNeAR's cue takes it (6 times in 6 on train); -1
     * when the phrase goes on ("told with reporters after ...") or is no short noun phrase.
     */
    private static int mannerEnd(List<Token> tokens, int from) {
        int k = from;
        if (k < tokens.size() && (tokens.get(k).is('a') || tokens.get(k).is("an"))) k++;
        int words = 0;
        while (k < tokens.size() && lowerWord(tokens.get(k)) && words < 3) {
            k++;
            words++;
        }
        if (words == 0) return -1;
        if (k == tokens.size()) return k;
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') ? k : -1;
    }

    private static final WordSet SAID = words("said", "say", "says", "added", "adds");

    /** Verbs of conversation, whose "with" names the partner, not the topic (on train 6 more exact cues, none lost). */
    private static final WordSet CONVERSING = words("talked", "talking", "talk", "talks", "joked", "joking",
            "argued", "arguing", "shared", "sharing", "chatted", "called", "spoke", "speaking");

    private static final WordSet OBJECT_PREPOSITIONS = words("of", "about", "for", "against");

    /** Verbs of reporting, after which "of" and "on" are not the cue's (on train "said on" joins 18 of 68 cues). */
    private static final WordSet REPORTING = words("said", "says", "say", "saying", "told", "tells", "tell",
            "wrote", "writes", "write", "reported", "reports", "tweeted", "tweets", "announced", "announces", "stated",
            "noted", "notes", "declared", "declares", "warned", "warns", "asked", "asks", "emphasized", "concludes",
            "stating", "explained", "added", "adds");

    private static final WordSet DAYS = words("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final WordSet PARTS_OF_DAY = words("morning", "afternoon", "evening", "night");

    /** Nouns of a stretch of time: "for weeks", "for several months", "for the first time". */
    private static final WordSet TIME_UNITS = words("years", "months", "weeks", "days", "decades", "hours",
            "minutes", "year", "month", "week", "day", "decade", "time", "certain", "sure");

    /** Whether a stretch of time starts at {@code i}: "weeks", "several months", "the first time", "certain". */
    private static boolean duration(List<Token> tokens, int i) {
        for (int k = i; k < tokens.size() && k <= i + 2; k++) {
            if (!tokens.get(k).isWord()) return false;
            if (TIME_UNITS.contains(tokens.get(k))) return true;
        }
        return false;
    }

    private static final WordSet DEGREE_ADVERBS = words("nearly", "exactly", "virtually", "directly", "shortly",
            "basically", "obviously", "only", "early", "likely", "roughly", "approximately", "mostly", "largely",
            "really", "clearly", "certainly", "probably", "simply", "fully", "barely", "hardly", "merely");

    private static boolean lowerWord(Token t) {
        return t.isWord() && Tokens.isLowerCase(t.first());
    }

    /**
     * Verbs whose infinitive belongs to the cue ("continued to question"); not "sought to", whose
     * infinitive PolNeAR leaves out of the cue (21 to 8 on train).
     */
    private static final WordSet TO_VERBS = words("continued", "continues", "continue");

    /** Words after "expressed" that are no feeling: "expressed his", "expressed that". */
    private static final WordSet NOT_FEELING = words("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "that", "this", "those", "these", "some", "no", "what", "how", "in", "to", "it", "them", "him");

    private static final WordSet FEELING_PARTICLES = words("about", "for", "at", "over", "in", "with");

    /** Forms that are as often nouns ("the TV show", "media reports"): a cue only before a clause or object. */
    private static final WordSet NOUN_LIKE = words("show", "shows", "reports", "calls", "states", "claims",
            "promises", "notes", "fears", "hopes", "posts", "tweets", "claim", "call", "fear", "hope", "read");

    /**
     * Whether the word is such a form, or a class noun ({@link #classNoun}): asked of the token's lower
     * case without its string, as every cue the finder weighs is asked.
     */
    static boolean nounLike(Token word) {
        return NOUN_LIKE.contains(word) || CLASS_NOUN_SET.contains(word);
    }

    /**
     * Whether the word is a base or -s form added from the verb classes: a noun more often than a
     * verb ("Trump's comments", "Republican states", "the Orlando attack"), so a cue only right after
     * a personal pronoun or a modal ("she supports", "would support").
     */
    static boolean classNoun(Token word) {
        return CLASS_NOUN_SET.contains(word);
    }

    /** {@link #CLASS_NOUNS} as a {@link WordSet}, asked of tokens where they stand (filled in the static block above). */
    private static final WordSet CLASS_NOUN_SET = new WordSet(CLASS_NOUNS.toArray(String[]::new));

    /** The form of "be" that makes the participle at {@code cue} passive ("was first reported"), or -1. */
    static int passiveStart(List<Token> tokens, int cue) {
        if (cue == 0) return -1;
        Token verb = tokens.get(cue);
        boolean participle = verb.lowerEndsWith("ed") || verb.lowerIs("said") || verb.lowerIs("told")
                || verb.lowerIs("thought") || verb.lowerIs("found") || verb.lowerIs("known");
        if (!participle) return -1;
        // adverbs and a negation may stand between the form of "be" and the participle: "is widely
        // expected", "was not asked", "were also immediately noticed" (on train 5 of 46 such cues
        // are PolNeAR's, 25 have no attribution at all)
        int k = cue - 1;
        while (k > 0 && cue - k <= 3 && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && BETWEEN_BE_AND_PARTICIPLE.contains(tokens.get(k)) || k > 0 && adverb(tokens.get(k))
                && !tokens.get(k).capitalised() && cue - k <= 3) {
            k--;
        }
        return BE.contains(tokens.get(k)) ? k : -1;
    }

    private static final WordSet BE = words("is", "was", "are", "were", "be", "been", "being", "get", "got",
            "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t");

    private static final WordSet BETWEEN_BE_AND_PARTICIPLE = words("not", "also", "never", "first", "then", "now",
            "once", "both", "all", "still", "often", "even", "later", "again");
}
