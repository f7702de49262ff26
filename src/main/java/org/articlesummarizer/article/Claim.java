package org.articlesummarizer.article;

/**
 * Whose claim a sentence makes.
 *
 * @param speaker         the source as written in the article ("he", "Kremlin spokesman Dmitry Peskov"), or null
 * @param cue             the words that signal attribution ("said", "according to"), or null
 * @param speakerResolved the full name a pronoun or short name refers to, when the article names it; else null
 */
public record Claim(Kind kind, String speaker, String cue, String speakerResolved) {

    public enum Kind {
        /** the content is inside quotation marks */
        DIRECT_QUOTE("direct_quote"),
        /** attributed to a source without quotation marks */
        REPORTED_SPEECH("reported_speech"),
        /** no attribution: the writer's own statement */
        ASSERTION("assertion");

        private final String wireName;

        Kind(String wireName) { this.wireName = wireName; }

        /** The name used in the JSON output contract. */
        public String wireName() { return wireName; }
    }

    public static final Claim ASSERTION = new Claim(Kind.ASSERTION, null, null, null);

    public boolean attributed() { return kind != Kind.ASSERTION && speaker != null; }

    /** The best name for the speaker: the resolved full name when known, else the span as written. */
    public String displaySpeaker() { return speakerResolved != null ? speakerResolved : speaker; }
}
