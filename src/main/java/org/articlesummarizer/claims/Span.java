package org.articlesummarizer.claims;

/** Where an attribution sits in its sentence: speaker and cue as character offsets (end exclusive). */
record Span(int speakerStart, int speakerEnd, int cueStart, int cueEnd) {

    String speaker(String sentence) {
        return Text.trim(sentence.substring(speakerStart, speakerEnd));
    }

    String cue(String sentence) {
        return Text.trim(sentence.substring(cueStart, cueEnd));
    }
}
