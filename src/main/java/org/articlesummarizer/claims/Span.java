package org.articlesummarizer.claims;

/** Where an attribution sits in its sentence: speaker and cue as character offsets (end exclusive). */
record Span(int speakerStart, int speakerEnd, int cueStart, int cueEnd) {

    String speaker(String sentence) {
        return Text.trim(sentence, speakerStart, speakerEnd);
    }

    String cue(String sentence) {
        String cue = Text.trim(sentence, cueStart, cueEnd);
        char first = sentence.charAt(cueStart);
        // a contracted auxiliary keeps its apostrophe: "’s said" (he’s said), not "s said"
        return (first == '\'' || first == '’') && cueStart + 1 < cueEnd && Character.isLetter(sentence.charAt(cueStart + 1))
                ? first + cue : cue;
    }
}
