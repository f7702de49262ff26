package org.articlesummarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PorterStemmerTest {

    private static void stems(PorterStemmer stemmer, String pairs) {
        String[] words = pairs.split("\\s+");
        for (int i = 0; i < words.length; i += 2) {
            assertEquals(words[i + 1], stemmer.stem(words[i]), "stem of " + words[i]);
        }
    }

    @Test
    void followsTheExamplesOfPortersPaper() {
        PorterStemmer p = PorterStemmer.original();
        // step 1a, 1b, 1c
        stems(p, "caresses caress ponies poni ties ti caress caress cats cat feed feed agreed agre "
                + "plastered plaster bled bled motoring motor sing sing conflated conflat troubled troubl "
                + "sized size hopping hop tanned tan falling fall hissing hiss fizzed fizz failing fail "
                + "filing file happy happi sky sky");
        // step 2 and 3
        stems(p, "relational relat conditional condit rational ration valenci valenc hesitanci hesit "
                + "digitizer digit conformabli conform radicalli radic differentli differ vileli vile "
                + "analogousli analog vietnamization vietnam predication predic operator oper feudalism feudal "
                + "decisiveness decis hopefulness hope callousness callous formaliti formal sensitiviti sensit "
                + "sensibiliti sensibl triplicate triplic formative form formalize formal electriciti electr "
                + "electrical electr hopeful hope goodness good");
        // step 4 and 5
        stems(p, "revival reviv allowance allow inference infer airliner airlin gyroscopic gyroscop "
                + "adjustable adjust defensible defens irritant irrit replacement replac adjustment adjust "
                + "dependent depend adoption adopt homologou homolog communism commun activate activ "
                + "angulariti angular homologous homolog effective effect bowdlerize bowdler probate probat "
                + "rate rate cease ceas controll control roll roll generalizations gener oscillators oscil");
    }

    @Test
    void keepsTheReferenceImplementationsDepartures() {
        stems(PorterStemmer.original(), "archaeology archaeolog possibly possibl");
    }

    @Test
    void initialYIsAConsonant() {
        stems(PorterStemmer.original(), "youth youth yelling yell");
    }

    @Test
    void rougeVariantTriesEmentMentAndEntInTurn() {
        // Porter: "-ement" is tried once; ROUGE-1.5.5 tries "-ement", then "-ment", then "-ent"
        assertEquals("agreement", PorterStemmer.original().stem("agreement"));
        assertEquals("agreem", PorterStemmer.rouge().stem("agreement"));
        assertEquals("govern", PorterStemmer.rouge().stem("government"));
        assertEquals("replac", PorterStemmer.rouge().stem("replacement"));
    }
}
