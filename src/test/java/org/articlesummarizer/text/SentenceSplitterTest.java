package org.articlesummarizer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Cases quoted from the development data (CNN and BBC stories). */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private void splits(String text, String... sentences) {
        assertEquals(List.of(sentences), splitter.split(text));
    }

    @Test
    void titlesAndInitialsDoNotEndSentences() {
        splits("\"Mr. Crosby was cooperative with authorities and he was not impaired or intoxicated in any way. "
                        + "Mr. Crosby did not see the jogger because of the sun,\" said Clotworthy.",
                "\"Mr. Crosby was cooperative with authorities and he was not impaired or intoxicated in any way.",
                "Mr. Crosby did not see the jogger because of the sun,\" said Clotworthy.");
        splits("The first U.S. ambassador assassinated while in office was John Gordon Mein. "
                        + "Ambassador J. Christopher Stevens was killed in Benghazi.",
                "The first U.S. ambassador assassinated while in office was John Gordon Mein.",
                "Ambassador J. Christopher Stevens was killed in Benghazi.");
        splits("A novel by J.K. Rowling was read by Sen. Ted Cruz on Jan. 5 in Washington.",
                "A novel by J.K. Rowling was read by Sen. Ted Cruz on Jan. 5 in Washington.");
    }

    @Test
    void sentencesGluedWhereScrapingLostTheSpace() {
        splits("Clinton narrowly won the Iowa caucus.The outcome was the closest in the caucus's history.",
                "Clinton narrowly won the Iowa caucus.", "The outcome was the closest in the caucus's history.");
        splits("It was over, he said.”Nobody expected it.", "It was over, he said.”", "Nobody expected it.");
        splits("The fans ran onto the pitch in celebration!Police said nobody was hurt.",
                "The fans ran onto the pitch in celebration!", "Police said nobody was hurt.");
        // abbreviations, capitals and a domain name keep their periods
        splits("He moved to St.Louis in the U.S.The e.g.The list is at shop.Example.com today.",
                "He moved to St.Louis in the U.S.The e.g.The list is at shop.Example.com today.");
    }

    @Test
    void abbreviationsEndASentenceOnlyBeforeAFunctionWord() {
        splits("After all, treason is one of three crimes mentioned in the U.S. Constitution, so there's an argument.",
                "After all, treason is one of three crimes mentioned in the U.S. Constitution, so there's an argument.");
        splits("Two former U.S. Navy SEALs died in the U.S. The State Department called it an assassination.",
                "Two former U.S. Navy SEALs died in the U.S.",
                "The State Department called it an assassination.");
    }

    @Test
    void clockTimes() {
        splits("Kelly Renee Gissendaner was scheduled to die at 7 p.m. ET Monday, but it was postponed.",
                "Kelly Renee Gissendaner was scheduled to die at 7 p.m. ET Monday, but it was postponed.");
        splits("The season five finale of the flagship series airs Sunday at 9 p.m. Read more: How it stumbled",
                "The season five finale of the flagship series airs Sunday at 9 p.m.",
                "Read more: How it stumbled");
    }

    @Test
    void numbersDecimalsAndNoTen() {
        splits("There will be 13.5 million of us with Alzheimer's by 2050. That is 3.2 million women.",
                "There will be 13.5 million of us with Alzheimer's by 2050.", "That is 3.2 million women.");
        splits("He returned to No. 10 Downing Street. No. 3 seed Nadal lost.",
                "He returned to No. 10 Downing Street.", "No. 3 seed Nadal lost.");
    }

    @Test
    void quotesClosingAroundSentenceEnds() {
        splits("\"It's inexcusable, unthinkable, ... shocking,\" Johnson said. \"You think of your children.\"",
                "\"It's inexcusable, unthinkable, ... shocking,\" Johnson said.", "\"You think of your children.\"");
        splits("“You understand what I am saying?” he said from the pulpit to thunderous applause. He left.",
                "“You understand what I am saying?” he said from the pulpit to thunderous applause.", "He left.");
        splits("“Why now?” asked Boren. The chapter was closed.",
                "“Why now?” asked Boren.", "The chapter was closed.");
        splits("He said: \"We will win.\" Then he left.", "He said: \"We will win.\"", "Then he left.");
    }

    @Test
    void ellipses() {
        splits("Officers saw \"muzzle flashes ... about 125 yards away,\" Belmar said.",
                "Officers saw \"muzzle flashes ... about 125 yards away,\" Belmar said.");
        splits("Can you recommend a counsellor - this is not a wind up... But something worries me.",
                "Can you recommend a counsellor - this is not a wind up...", "But something worries me.");
    }

    @Test
    void lowerCaseTokenisedText() {
        splits("bates said he meant to use his stun gun . `` oh ! i shot him . i 'm sorry , '' bates said "
                        + "in a video . the u.s. attorney said no .",
                "bates said he meant to use his stun gun .", "`` oh !", "i shot him .",
                "i 'm sorry , '' bates said in a video .", "the u.s. attorney said no .");
    }

    @Test
    void aSpacedQuoteAfterThePeriodClosesTheOpenQuote() {
        // from a cnndm-realsumm100 story: the quote opened in the first sentence closes after its period
        splits("former raf fireman glen said : ' medical staff have told us they are triplets . ' glen , 35 , "
                        + "had always wanted children . ' it is crazy really , ' he said . ' we were so happy .",
                "former raf fireman glen said : ' medical staff have told us they are triplets . '",
                "glen , 35 , had always wanted children .", "' it is crazy really , ' he said .", "' we were so happy .");
        splits("the red wings ' drew miller is eager to play . ' i feel very blessed , ' miller said .",
                "the red wings ' drew miller is eager to play .", "' i feel very blessed , ' miller said .");
    }

    @Test
    void aSpacedCurlyClosingQuoteEndsTheSentenceInLowerCaseText() {
        // a closing quote can open nothing: the sentence ends after it, though no opener follows
        splits("‘ i did the cake tasting which i loved . ’ there will not be any honeymoon .",
                "‘ i did the cake tasting which i loved . ’", "there will not be any honeymoon .");
        splits("he called it “ a disgrace . ” the club said nothing .",
                "he called it “ a disgrace . ”", "the club said nothing .");
    }

    @Test
    void headlineWithoutFinalPunctuationIsOneSentence() {
        splits("Ad sales boost Time Warner profit", "Ad sales boost Time Warner profit");
    }

    @Test
    void datelinesAreNotPartOfTheSentence() {
        assertEquals("Singer-songwriter David Crosby hit a jogger.",
                Dateline.strip("(CNN)Singer-songwriter David Crosby hit a jogger."));
        assertEquals("Former President Bill Clinton on Saturday defended his family foundation.",
                Dateline.strip("Coral Gables, Florida (CNN)Former President Bill Clinton on Saturday defended his family foundation."));
        assertEquals("The Senate voted on Tuesday.", Dateline.strip("WASHINGTON (CNN) -- The Senate voted on Tuesday."));
        assertEquals("The Senate voted on Tuesday.", Dateline.strip("NEW YORK -- The Senate voted on Tuesday."));
        assertEquals("on the surface , the mix-up seems incomprehensible",
                Dateline.strip("( cnn ) on the surface , the mix-up seems incomprehensible"));
        assertEquals("Manchester United (The Red Devils) won the cup.",
                Dateline.strip("Manchester United (The Red Devils) won the cup."));
        assertEquals("March 3, 2015 . You may not be familiar with Tikrit.",
                Dateline.strip("March 3, 2015 . You may not be familiar with Tikrit."));
    }
}
