package org.articlesummarizer.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.Sentence;
import org.junit.jupiter.api.Test;

/** Attribution patterns of news prose, one case each. */
class ClaimDetectorTest {

    private final ClaimDetector detector = new ClaimDetector();

    /** Paragraphs separated by blank lines, sentences by " | ". */
    private List<Claim> annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        String[] paragraphs = text.split("\n\n");
        for (int p = 0; p < paragraphs.length; p++) {
            for (String s : paragraphs[p].split(" \\| ")) sentences.add(new Sentence(sentences.size(), p, s));
        }
        return detector.annotate(sentences);
    }

    private Claim one(String sentence) {
        return annotate(sentence).get(0);
    }

    @Test
    void aClaimThatNoOneMadeIsNoAttribution() {
        Claim group = one("Although no group claimed responsibility, the bloodshed raised fears that militants were expanding.");
        assertEquals(Claim.Kind.ASSERTION, group.kind());
        assertNull(group.speaker());
        assertEquals(Claim.Kind.ASSERTION, one("Nobody opposed the nomination in committee.").kind());
        // a name after "No wonder" keeps the sentence attributed
        Claim named = one("No wonder Trump said the deal was a disaster.");
        assertEquals(Claim.Kind.REPORTED_SPEECH, named.kind());
        assertTrue(named.speaker().endsWith("Trump"), named.speaker());
    }

    @Test
    void loneSingleQuotesOfPreTokenisedBritishCopyQuote() {
        // from a cnndm-realsumm100 story; "the players ' wages" is a possessive, not a quote
        List<Claim> c = annotate("the club will pay the players ' wages . | former raf fireman glen said : ' medical staff "
                + "have told us our three children are triplets . ' | ' it is crazy really .");
        assertEquals(Claim.Kind.ASSERTION, c.get(0).kind());
        assertEquals(Claim.Kind.DIRECT_QUOTE, c.get(1).kind());
        assertEquals(Claim.Kind.DIRECT_QUOTE, c.get(2).kind());
    }

    @Test
    void subjectBeforeTheCue() {
        Claim c = one("Secret Service protocol called for a trauma center, sources said.");
        assertEquals("sources", c.speaker());
        assertEquals("said", c.cue());
        assertEquals(Claim.Kind.REPORTED_SPEECH, c.kind());
    }

    @Test
    void refutingAChargeIsTheCueBeforeAParticipleThatFollows() {
        assertSource("Chinese officials have refuted the charges, accusing the United States of spreading misinformation.",
                "Chinese officials", "have refuted");
    }

    @Test
    void aSourcePhraseStopsAtAnOpeningAdverbialAndKeepsItsPlace() {
        assertEquals("Russia and China", one("In February, Russia and China said their friendship has no bounds.").speaker());
        assertEquals("Officials in Moscow", one("Officials in Moscow said the talks would go on.").speaker());
        assertEquals("Donald Trump, Mike Huckabee and Chris Christie",
                one("Donald Trump, Mike Huckabee and Chris Christie said the deal was bad.").speaker());
    }

    @Test
    void aNameUsedAsAnAdjectiveKeepsItsHeadNoun() {
        Claim c = one("Chinese officials have refuted the charges, accusing the United States of spreading misinformation.");
        assertEquals("Chinese officials", c.speaker());
        assertEquals("Kremlin sources", one("Kremlin sources said the talks would go on.").speaker());
    }

    @Test
    void auxiliariesBelongToTheCue() {
        Claim c = one("Mr. Lewandowski has repeatedly denied the report.");
        assertEquals("Mr. Lewandowski", c.speaker());
        assertEquals("has repeatedly denied", c.cue());
    }

    @Test
    void inversionTakesTheSourceAfterTheCue() {
        Claim c = one("\"It is a mistake,\" said Andy Grewal, a law professor at the University of Iowa.");
        assertEquals("Andy Grewal, a law professor at the University of Iowa", c.speaker());
        assertEquals("said", c.cue());
        assertEquals(Claim.Kind.DIRECT_QUOTE, c.kind());
    }

    @Test
    void anInvertedSourceMayOpenWithAParticipleBeforeItsTitle() {
        assertClaim("\"I fundamentally disagree,\" said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.",
                Claim.Kind.DIRECT_QUOTE, "retired Army Lt. Gen. Mick Bednarek, who served in Iraq", "said");
    }

    @Test
    void asShePutsItInThePresentTense() {
        assertSource("As The Post's Dana Milbank puts it, \"Senate Republicans are unmoved.\"", "The Post's Dana Milbank", "puts it");
    }

    @Test
    void aPresentTenseFramesTheQuotationAfterItsComma() {
        assertClaim("He jokes, \u201cIt\u2019s a never ending line!\u201d", Claim.Kind.DIRECT_QUOTE, "He", "jokes");
        // the title after a show is no quotation it frames
        Claim show = one("Sam Solovey, a contestant on Trump's reality TV show, \"The Apprentice,\" who went on to work alongside"
                + " Trump, said his boss was \"always kind and generous and charming.\"");
        assertEquals("said", show.cue());
    }

    @Test
    void aPastTenseBeforeAColonOpensTheQuotation() {
        assertSource("Kasich resisted: \"Ohio governors do not have the power to suspend state laws.\"", "Kasich", "resisted");
        assertSource("And Mr. Christie gloated: ''I told you he wouldn't be ready.''", "Mr. Christie", "gloated");
    }

    @Test
    void appositionsBelongToTheSourceButSentenceAdverbsDoNot() {
        assertEquals("Nina Turner, a prominent surrogate for Mr. Sanders",
                one("Nina Turner, a prominent surrogate for Mr. Sanders, said the race was close.").speaker());
        assertEquals("Christopher Harvey, an African-American delegate from Houston, Texas",
                one("Christopher Harvey, an African-American delegate from Houston, Texas, said it was a circus.").speaker());
        assertEquals("Clinton", one("Clinton, however, said she would wait.").speaker());
    }

    @Test
    void accordingToTakesThePhraseAfterIt() {
        Claim c = one("The regulator covered up the intrusions, according to a congressional report.");
        assertEquals("a congressional report", c.speaker());
        assertEquals("according to", c.cue());
    }

    @Test
    void cueWordsInsideAQuoteAreNotTheSentencesCue() {
        Claim c = one("“They said it would never work,” Clinton told the crowd.");
        assertEquals("Clinton", c.speaker());
        assertEquals("told", c.cue());
    }

    @Test
    void passiveIsNoAttribution() {
        assertEquals(Claim.ASSERTION, one("Peskov is said to have dismissed the assertions."));
    }

    @Test
    void nounsThatLookLikeCuesAreNot() {
        assertEquals(Claim.ASSERTION, one("The interview aired on ABC's TV show Scandal last week."));
        assertEquals(Claim.ASSERTION, one("The United States began airstrikes in 2014."));
    }

    @Test
    void shortNamesAndPronounsResolveToTheFullName() {
        List<Claim> claims = annotate("White House adviser Jake Sullivan said talks would resume. | "
                + "Sullivan added that no date was set.\n\nHe said more would follow.");
        assertEquals("Jake Sullivan", claims.get(1).speakerResolved());
        assertEquals("he", claims.get(2).speaker().toLowerCase());
        assertEquals("Jake Sullivan", claims.get(2).speakerResolved());
        assertNull(claims.get(0).speakerResolved(), "a full name needs no resolving");
    }

    @Test
    void aQuoteOverSentencesAndParagraphsIsAttributedAsOne() {
        List<Claim> claims = annotate("“We will not stand by. | We are watching closely.\n\n"
                + "“We have told them so,” the minister said.");
        for (Claim c : claims) assertEquals(Claim.Kind.DIRECT_QUOTE, c.kind());
        assertEquals("the minister", claims.get(2).speaker());
        assertEquals("the minister", claims.get(0).displaySpeaker());
        assertEquals("the minister", claims.get(1).displaySpeaker());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        List<Claim> claims = annotate("He called it “a disgrace.\n\nThe vote was 52 to 48, officials said.");
        assertEquals("officials", claims.get(1).speaker());
        assertEquals(Claim.Kind.REPORTED_SPEECH, claims.get(1).kind());
    }

    @Test
    void aHeadlineInTitleCaseWritesItsCueCapitalised() {
        Claim c = one("Clinton Urges Britain to Remain in European Union");
        assertEquals("Clinton", c.speaker());
        assertEquals("Urges", c.cue());
    }

    @Test
    void cuesOfSeveralWordsAreTakenWhole() {
        assertEquals("went on to say", one("Mr. Kasich went on to say the party would unite.").cue());
        assertEquals("made it clear", one("The senator made it clear she would not run.").cue());
        assertEquals("issued a statement saying", one("Mr. Kasich issued a statement saying he would stay.").cue());
        assertEquals("continued to question", one("Mr. Kasich continued to question the results.").cue());
        assertEquals("expressed concern about", one("Mr. Kasich expressed concern about the results.").cue());
        assertEquals(Claim.ASSERTION, one("He went on to win the race."));
    }

    private void assertSource(String sentence, String speaker, String cue) {
        assertSource(one(sentence), sentence, speaker, cue);
    }

    private static void assertSource(Claim c, String sentence, String speaker, String cue) {
        assertEquals(speaker, c.speaker(), sentence);
        assertEquals(cue, c.cue(), sentence);
    }

    /** Each row a sentence, its speaker and its cue. */
    private void assertSources(String[][] cases) {
        for (String[] c : cases) assertSource(c[0], c[1], c[2]);
    }

    @Test
    void aFormThatIsOftenANounIsTheVerbAfterANegatedAuxiliary() {
        String[][] cases = {
            {"But Cruz would not comment on an executive order signed by the governor.", "Cruz", "would not comment on"},
            {"He didn't comment on the report.", "He", "didn't comment on"},
            // the listener of a participle of speaking right after the source is none
            {"Another source speaking to Fox News said the agents were investigating.", "Another source", "said"}};
        assertSources(cases);
        assertEquals(Claim.ASSERTION, one("McAuliffe's comment drew fire from both parties."));
    }

    @Test
    void anAdverbOfMannerBelongsToTheCueButANounInLyDoesNot() {
        assertSource("Cruz gingerly said that was up to the voters.", "Cruz", "gingerly said");
        assertSource("The family said it was grateful.", "The family", "said");
        assertSource("Mr. Cruz said sarcastically that he was thrilled.", "Mr. Cruz", "said sarcastically");
        assertSource("Mr. Cruz said nearly half were undecided.", "Mr. Cruz", "said");
    }

    @Test
    void theVerbAnInfinitiveCueHangsOnBelongsToIt() {
        assertSource("Mr. Cruz seemed to blame the party.", "Mr. Cruz", "seemed to blame");
        assertSource("Senator Warren is trying to show she can win.", "Senator Warren", "is trying to show");
    }

    @Test
    void aFormThatIsOftenANounIsACueAfterItsSubject() {
        assertSource("New polls show Clinton ahead in Ohio.", "New polls", "show");
        assertEquals("a CNN/ORC poll", one("Mr. Kasich trails in a race that a CNN/ORC poll showed was close.").speaker());
    }

    @Test
    void aSubjectWithWhatFollowsItsHeadFillsItsClause() {
        assertSource("Still, Cruz will change his approach, a source close to him said.", "a source close to him", "said");
        assertSource("Two in three said they are less likely to vote.", "Two in three", "said");
        assertSource("On economic issues, 42% say they are liberal.", "42", "say");
        assertEquals(Claim.ASSERTION, one("The added security in San Francisco brought controversy."));
    }

    @Test
    void aReportClosedByAccordingToIsItsSources() {
        assertSource("Sanders said he would stay in the race, according to CNN.", "CNN", "according to");
        // an opening "according to" is the sentence's first cue: the report is the agency's ...
        assertSource("According to the agency, the spokesman said the charges were false.", "the agency", "According to");
        // ... but a quotation stays with the person it quotes
        assertSource("According to the agency, the spokesman said that “the charges are false.”", "the spokesman", "said");
    }

    @Test
    void verbsOfTheAttributionClassesAreCuesInEveryForm() {
        assertSource("Mr. Rubio applauded the decision.", "Mr. Rubio", "applauded");
        assertSource("She prefers a smaller bill.", "She", "prefers");
        // as often a noun: a cue only after a pronoun or a modal
        assertEquals(Claim.ASSERTION, one("Mr. Trump's comments came two days later."));
        assertEquals(Claim.ASSERTION, one("The Orlando attack stirred debate."));
        assertSource("He would support the nominee.", "He", "would support");
    }

    @Test
    void aCoordinatedCueSharesTheSubjectOfItsSentence() {
        assertSource("But on Tuesday, he stood with other leaders and urged Democrats to vote.", "he", "urged");
        assertSource("The senator paused and recalled the day of the shooting.", "The senator", "recalled");
    }

    @Test
    void aCueThatOpensTheSentence() {
        Claim inverted = one("Said Comey, \"The thought is very painful to us.\"");
        assertEquals("Comey", inverted.speaker());
        assertEquals("Said", inverted.cue());
        assertSource("Noting that only one senator voted with them, Tester added that the bill failed.", "Tester", "Noting");
        assertSource("Asked about it, Trump said no.", "Trump", "said");
        assertSource("In a CNN poll released Monday, 50 percent chose Clinton.", "a CNN poll released Monday", "In");
        assertSource("In a memo released as polls closed, Mook said the race was tied.", "Mook", "said");
    }

    @Test
    void aPassiveWithAnAdverbIsNoCueOfItsSubject() {
        assertEquals(Claim.ASSERTION, one("Mrs. Clinton is not expected to pressure Mr. Sanders."));
        assertEquals(Claim.ASSERTION, one("Yellen is widely expected to lay the ground work."));
    }

    @Test
    void aVerbOfTheClassesBetweenANameAndItsObjectIsTheCue() {
        assertSource("Israel regards all of Jerusalem as its capital.", "Israel", "regards");
        assertSource("Hassan touts her record on Medicaid.", "Hassan", "touts");
        assertEquals(Claim.ASSERTION, one("The Obama plan drew fire."));
    }

    @Test
    void aWeakCueTakesTheWholeClauseBeforeItAsItsSource() {
        assertSource("A poll conducted by voters in Saturday's primary showed that change mattered.",
                "A poll conducted by voters in Saturday's primary", "showed");
    }

    @Test
    void aPronounKeepsItsContractedAuxiliaryInTheCue() {
        assertSource("He’s predicted big wins in the races ahead.", "He", "’s predicted");
        assertSource("I've been saying this for years.", "I", "'ve been saying");
    }

    @Test
    void theCueKeepsThePrepositionOfItsObjectButNotATimeAfterAVerbOfReporting() {
        assertSource("Kaine boasted of his record.", "Kaine", "boasted of");
        assertSource("Clinton said on Tuesday that she would win.", "Clinton", "said");
        assertSource("Mr. Rhodes sought to clarify the comment.", "Mr. Rhodes", "sought");
        assertSource("Trump issued a statement saying he was right.", "Trump", "issued a statement saying");
    }

    @Test
    void theWritersOwnSentenceIsAnAssertion() {
        assertEquals(Claim.ASSERTION, one("The vote is scheduled for Tuesday."));
        assertEquals(Claim.ASSERTION, one("Others did not return calls and emails seeking comment."));
    }

    private void assertClaim(String sentence, Claim.Kind kind, String speaker, String cue) {
        Claim c = one(sentence);
        assertEquals(kind, c.kind(), sentence);
        assertSource(c, sentence, speaker, cue);
    }

    @Test
    void wentOnToTakesTheCueVerbAfterIt() {
        assertClaim("The piece goes on to slam the senator's plan for the economy.", Claim.Kind.REPORTED_SPEECH,
                "The piece", "goes on to slam");
        assertSource("He went on to endorse Ayotte, calling her a rising star.", "He", "went on to endorse");
        assertSource("She went on to openly ridicule the plan.", "She", "went on to openly ridicule");
        assertEquals(Claim.ASSERTION, one("Boston went on to win Game 7 and then the World Series."));
    }

    @Test
    void aLowerCaseHeadThatNamesPeopleIsASourceOfAWeakCue() {
        assertClaim("At the town hall meeting, the Christie supporter retorted: “There is a special place for them.”",
                Claim.Kind.DIRECT_QUOTE, "the Christie supporter", "retorted");
        assertSource("A younger generation of activists is challenging candidates in both parties.",
                "A younger generation of activists", "is challenging");
        assertSource("Neither side wants conflict over specks in the sea.", "Neither side", "wants");
    }

    @Test
    void aPastTenseRightAfterAQuotationFramesItWhateverItsManner() {
        assertClaim("“If they were serious about this, they would have gone to the only bill with support,” Toomey fumed on"
                + " Tuesday.", Claim.Kind.DIRECT_QUOTE, "Toomey", "fumed");
        assertSource("“Imagine them going up against Trump on the same stage,” mused Blaze co-host Stu Burguiere.",
                "Blaze co-host Stu Burguiere", "mused");
        assertSource("\"People are afraid of wasting their votes,\" he surmised.", "he", "surmised");
        assertSource("“This is a lot of nonsense that we ended,” he went on.", "he", "went on");
        assertSource("She went on: “It's like calling anybody to fix the leak except the plumber.”", "She", "went on");
        assertSource("“Besides that, not a single accomplishment,” Bozell answers.", "Bozell", "answers");
        assertSource("“They took it upon themselves to prove us wrong,” remembered Roy Verley, a former spokesman.",
                "Roy Verley, a former spokesman", "remembered");
        // a verb with an object after the quotation is no frame
        assertNull(one("At an event billed as “Hard Hats for Hillary,” Clinton unveiled a new plan.").cue());
    }
    @Test
    void aFrameOfSayingThatClosesTheSentenceIsItsAttribution() {
        assertClaim("It also wants to stop state policies that have a disparate impact on minorities, the lawsuit says.",
                Claim.Kind.REPORTED_SPEECH, "the lawsuit", "says");
        assertSource("He promised to defeat Randolph thanks to the Grayson name, which is well known in the district,"
                + " Frankel said.", "Frankel", "said");
        assertSource("He hoped, he said, that the paper would shy away from similar reporting now.", "he", "said");
        assertSource("And in Fayetteville, Mr. Trump lamented the good old days when, he said, protesters were treated harshly.",
                "Mr. Trump", "lamented");
        // a frame that closes a quotation of its own sentence leaves the cue before it
        assertSource("Mosman saw the words differently: “When he says he will die a free man, I don't take that as a joke,”"
                + " he said.", "Mosman", "saw");
    }
    @Test
    void aVerbThatOpensATurnBelongsToTheCueOfItsBySaying() {
        assertClaim("A Chinese official responded by saying Japan should be careful in the waterway.", Claim.Kind.REPORTED_SPEECH,
                "A Chinese official", "responded by saying");
        assertSource("Hannity followed up by asking if the governor believes that is his only path.", "Hannity",
                "followed up by asking");
        assertSource("Mr. Trump landed in hot water last week by saying that the plan was a disaster.", "Mr. Trump", "saying");
    }
    @Test
    void theQuestionPutToTheSourceIsNoClaimOfTheirs() {
        assertClaim("Asked if she believed Putin wanted Trump to win, Clinton said she would not jump to that conclusion.",
                Claim.Kind.REPORTED_SPEECH, "Clinton", "said");
        assertSource("When asked why Cruz decided to go after Trump, Tyler said the caucuses were three weeks away.", "Tyler",
                "said");
    }
    @Test
    void aThingThatSaidAQuotationIsItsSource() {
        assertClaim("They passed out water bottles that said, “The party welcomes you to the games.”", Claim.Kind.DIRECT_QUOTE,
                "that", "said");
        assertNull(one("The sign that said it was closed has been taken down.").speaker()); // no quotation: no claim
    }
    @Test
    void continuesIsACueOnlyWhenSpeechGoesOn() {
        // a state or an activity that goes on is no speech
        assertUnattributed("The delegate lead for Hillary Clinton continues to grow after a big win.",
                "The back and forth of the conflict continues, with insurgents making gains.",
                "The lobbying firms continued the work until the president fled the country.");
        assertSource("Trump continued his push on Twitter, referencing a report about the refugees.", "Trump", "referencing");
        // speech that goes on after a colon, a comma and a quotation, "that", or at the end of its clause
        assertClaim("The letter continues: “Please explain your understanding of the law.”", Claim.Kind.DIRECT_QUOTE,
                "The letter", "continues");
        assertSource("Prager continues, “In fact, the argument is weak.”", "Prager", "continues");
        assertSource("The narrator continues that working families get tax relief.", "The narrator", "continues");
        assertSource("“The first loser would be the United States,” he continued.", "he", "continued");
    }

    @Test
    void addingToSomethingIsNoRemark() {
        assertUnattributed("The latest hiccup adds to the drama around her private email server.",
                "Sanders lost Ohio to Hillary Clinton, who added to her delegate lead.",
                "By morning, the campaign's efforts added up to a series of conflicting explanations.");
        assertSource("“It was fifty percent more than her show,” Trump added to People.", "Trump", "added");
        assertSource("He added that the members are from every state.", "He", "added");
    }

    @Test
    void findingOneselfSomewhereIsNoFinding() {
        assertUnattributed("Obama found himself in the awkward position of addressing the attack.",
                "The bank has found itself at the center of the financial jam.");
        assertSource("The report found that turnout fell in every county.", "The report", "found");
    }

    @Test
    void aFigureReportedFromANamedPollHasThePollAsItsSource() {
        assertClaim("Trump leads by 57 percent to 33 percent in the 50-state poll.", Claim.Kind.REPORTED_SPEECH,
                "the 50-state poll", "in");
        assertSource("Cruz had 38 percent support in a Fox poll.", "a Fox poll", "in");
        assertSource("The governor took just 6 percent of the vote in a Washington Post-ABC News poll released Sunday.",
                "a Washington Post-ABC News poll released Sunday", "in");
        assertSource("Clinton stays well ahead of Sanders in latest poll.", "latest poll", "in");
        // the polls in general, a bare "the poll", or a poll that is no noun phrase of its own
        assertUnattributed("Mrs. Clinton enjoys a strong lead in the polls but suffers from high unpopularity ratings.",
                "Christie and Bush tied for fifth at 5% in the poll, behind the others.",
                "It marks the third week in a row that the Rasmussen poll has put Trump ahead.");
    }

    @Test
    void aPostOrFacebookWrittenInBelongsToTheCue() {
        String[][] cases = {
            {"“Go Donald Trump, go!” the party leader wrote on Facebook.", "the party leader", "wrote on Facebook"},
            {"The church posted on Facebook that she was traveling home.", "The church", "posted on Facebook"},
            {"“The stakes are higher than that,” he wrote in a blog post.", "he", "wrote in a blog post"},
            // an interview stays out of the cue, as PolNeAR mostly leaves it
            {"“We will win,” she said in an interview.", "she", "said"}};
        assertSources(cases);
    }

    @Test
    void aShareOfPeopleSupportingSomethingIsWhatAPollHeard() {
        assertClaim("Two-thirds support reducing the prison sentences for people convicted of non-violent crimes.",
                Claim.Kind.REPORTED_SPEECH, "Two-thirds", "support");
        assertSource("On this issue, a 69% majority of Republicans support deploying ground forces.",
                "a 69% majority of Republicans", "support");
        // the share's noun, or a share that is someone's result
        assertUnattributed("Kasich has 38 percent support in the state.", "His 32% support gives him a double-digit advantage.",
                "The 10-year plan includes free tuition.");
    }

    @Test
    void whomOneTalksWithAndWhereOneSpeaksStayOutOfTheCue() {
        String[][] cases = {
            {"“I’d vote against them,” he joked with reporters after a town hall.", "he", "joked"},
            {"Trusted aides have talked with the campaign about the best steps.", "Trusted aides", "have talked"},
            {"Her campaign workers here said they have been working the state since the spring.", "Her campaign workers", "said"},
            {"A slew of party leaders agree with his assessment.", "A slew of party leaders", "agree with"},
            {"“I would regret it,” he said about finally speaking out.", "he", "said"},
            {"Clinton talked about her plans for the economy.", "Clinton", "talked about"}};
        assertSources(cases);
    }

    @Test
    void aModalThatEndsANameIsNoPartOfTheCue() {
        String[][] cases = {
            {"British Prime Minister Theresa May said the talks would go on.", "British Prime Minister Theresa May", "said"},
            {"“It is over,” George Will wrote.", "George Will", "wrote"},
            {"Yin Myint May, 60, a doctor, said she was elated.", "Yin Myint May, 60, a doctor", "said"},
            // a headline in title case capitalises its verb too: there the modal is the cue's
            {"Donald Trump Will Endorse Ryan.", "Donald Trump", "Will Endorse"},
            {"Clinton may say more on Tuesday.", "Clinton", "may say"}};
        assertSources(cases);
    }

    @Test
    void aParticleOfAPhrasalVerbBelongsToTheCue() {
        String[][] cases = {
            {"The governor talked up his plan to cut taxes.", "talked up"},
            {"The governor wrote back: “Not a chance.”", "wrote back"},
            {"The governor remarked upon the cost of the war.", "remarked upon"},
            {"The governor believes in a smaller state.", "believes in"},
            {"The governor warned of a long fight ahead.", "warned of"},
            // and the preposition of its object after it
            {"The governor lashed out at the plan on Tuesday.", "lashed out at"},
            {"The governor pushed back against the charges.", "pushed back against"},
            // a number's bound and a time are no particles
            {"The governor said up to 200 people were evacuated.", "said"},
            {"The governor said back in March that the plant would close.", "said"}};
        for (String[] c : cases) assertSource(c[0], "The governor", c[1]);
    }

    @Test
    void recordsAndInquiriesSpeakForThemselves() {
        String[][] cases = {
            {"The FEC filings show that the rent rose in May.", "The FEC filings", "show"},
            {"The inquiry found that the office never searched its email.", "The inquiry", "found"},
            {"“Trump should be deported,” the headline reads.", "the headline", "reads"},
            {"The board saw her as the perfect chief executive.", "The board", "saw"},
            {"News footage from the scene showed the truck's windshield riddled with bullet holes.", "News footage from the scene",
                "showed"}};
        assertSources(cases);
    }

    @Test
    void comparingSomeoneAndHavingShownAreCuesButAComparisonOrAnAppearanceIsNot() {
        assertEquals("compared", one("Betty Friedan compared her to a religious heretic.").cue());
        assertSource("Recent state polls have shown him trailing in Ohio.", "Recent state polls", "have shown");
        assertUnattributed("The governor had 1,944 delegates, compared with 1,192 for his rival.",
                "The governor was shown the door in May.", "Nearly 120,000 voters who showed up in 2008 backed her.");
    }

    @Test
    void aClaimWavedAwayIsACueWithItsParticle() {
        assertSource("Clinton laughed off the attack ad.", "Clinton", "laughed off");
        assertSource("He brushed off these concerns.", "He", "brushed off");
        assertSource("Cruz has played down the idea of a deal with Kasich.", "Cruz", "has played down");
        assertUnattributed("The band played down the street all night.");
    }

    @Test
    void anOpeningToNamesWhoseViewTheClauseIs() {
        assertSource("To many, Santilli is a provocateur and a mouthpiece of the movement.", "many", "To");
        assertEquals("Ms. Gil", one("To Ms. Gil, skateboarding represents a cry of dissent.").speaker());
        assertUnattributed("To be clear, the plan would raise taxes on the rich.", "To date, the campaign has raised $40 million.");
    }

    @Test
    void anAttackOrEmbraceIsTheStanceOfItsPossessor() {
        assertSource("Trump's attacks on the judge stand out for their personal nature.", "Trump's", "attacks on");
        assertEquals("full embrace of", one("Kaine's full embrace of the position matters this week.").cue());
        // the object of a verb is someone else's view of the attack
        assertUnattributed("The crowd cheered Clinton's attacks on Trump.");
    }

    /** Sentences that are nobody's claim. */
    private void assertUnattributed(String... sentences) {
        for (String sentence : sentences) assertNull(one(sentence).speaker(), sentence);
    }
}
