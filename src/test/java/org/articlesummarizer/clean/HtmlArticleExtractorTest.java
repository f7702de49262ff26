package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.junit.jupiter.api.Test;

/** Small pages, each showing one thing the extractor must keep or drop. */
class HtmlArticleExtractorTest {

    private static final String PROSE_1 = "The council voted on Tuesday to rebuild the old bridge, a decision that "
            + "residents had urged for years, and work is to begin in the spring.";
    private static final String PROSE_2 = "Engineers said the crossing, built in 1921, could no longer carry buses, "
            + "and that repairs would cost more than a new span.";
    private static final String PROSE_3 = "The mayor, who campaigned on the issue, called the vote a turning point "
            + "for the town, its traders and its commuters.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private List<String> texts(String html) {
        return extractor.extract(html, null).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void keepsTheArticleAndDropsNavigationFooterAndSidebar() {
        List<String> texts = texts("<html><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<div class=sidebar><p>Most read: a story about something else entirely, with links.</p></div>"
                + "<article><h1>Bridge to be rebuilt</h1><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></article>"
                + "<footer><p>Copyright 2025 The Town Paper. All rights reserved.</p></footer>"
                + "</body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void aPageFooterIsNotTheArticleHoweverMuchItHolds() {
        String footerProse = "Our offices are open from nine to five on weekdays, and our advisers answer calls, letters "
                + "and emails from members, partners and the public about every service the firm offers.";
        List<String> texts = texts("<html><body><div class=wrap><h1>Bridge to be rebuilt</h1><p>" + PROSE_1 + "</p><p>"
                + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div>"
                + "<footer id=page-footer><p>" + footerProse + "</p><p>" + footerProse + " Again.</p><p>" + footerProse
                + " Once more.</p></footer></body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void anAccordionPanelFoldedAwayHoldsArticleText() {
        String answer = "The new span will carry two lanes of traffic and a cycle path, and it is to open in 2027.";
        List<String> texts = texts("<html><body><article><h1>Bridge to be rebuilt</h1><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><div style='display:none'><p>" + PROSE_3 + "</p><p>" + answer + "</p></div>"
                + "<div style='display:none'><a href=/a>Home</a> <a href=/b>News</a></div></article></body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3, answer), texts);
    }

    @Test
    void aStreamedSegmentHiddenUntilItsScriptRunsIsRead() {
        String teaser = "Sign in to see the stories picked for you, the stories you saved and the stories your friends "
                + "shared, and to get the morning briefing in your inbox every day of the week, all year round.";
        List<String> texts = texts("<html><body><div class=teaser><p>" + teaser + "</p><p>" + teaser + " Today.</p></div>"
                + "<div hidden id='S:0'><div><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div></div>"
                + "</body></html>");
        assertTrue(texts.containsAll(List.of(PROSE_1, PROSE_2, PROSE_3)), texts.toString());
    }

    @Test
    void aStreamedSegmentIsReadWhereItsPlaceholderStands() {
        // React streams a late section at the end of the body; its script moves it to the template
        List<String> texts = texts("<html><body><main><article><h1>Bridge to be rebuilt</h1><p>" + PROSE_1
                + "</p><template id='B:a'></template><p>" + PROSE_3 + "</p></article></main>"
                + "<footer><p>About us. Contact. Jobs.</p></footer>"
                + "<div hidden id='S:a'><section><p>" + PROSE_2 + "</p></section></div></body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void aHeadingWhoseSectionWasSkippedDoesNotEndTheArticle() {
        // the links under the last heading are skipped as a link list: the heading is left heading nothing
        List<String> texts = texts("<html><body><article><h1>Bridge to be rebuilt</h1><p>" + PROSE_1
                + "</p><h2>What happens next</h2><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p>"
                + "<h3>Elsewhere in the county</h3><ul><li><a href='/a'>Council meets on Friday</a></li>"
                + "<li><a href='/b'>New buses for the town</a></li></ul></article></body></html>");
        assertEquals(List.of(PROSE_1, "What happens next", PROSE_2, PROSE_3), texts);
    }

    @Test
    void theSitesNoticesAboutItselfAreNotTheArticle() {
        // "content" in a name would keep other furniture; a disclaimer goes even as a paragraph
        List<String> texts = texts("<html><body><article><h1>Bridge to be rebuilt</h1>"
                + "<div class='contentAdvertiserDisclosure'>We may be paid when you click on a link to one of our partners, "
                + "which may affect where their products appear.</div><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>"
                + PROSE_3 + "</p><p class='views-disclaimer'>The views expressed by the authors of this blog are their own "
                + "and do not reflect the views of the publisher.</p></article></body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void theDateLineUnderTheStandfirstIsNotTheArticleButADatedLineFurtherDownIs() {
        String standfirst = "The town will get a new crossing after years of delays, closures and repairs that cost more each winter.";
        String later = "The next vote is on March 3, 2026.";
        List<String> texts = texts("<html><body><article><h1>Bridge to be rebuilt</h1><p>" + standfirst + "</p>"
                + "<div class=info><span>Published August 7, 2023</span> by <span>Nicole Burke</span></div><p>" + PROSE_1
                + "</p><p>" + PROSE_2 + "</p><p>" + later + "</p><p>" + PROSE_3 + "</p></article></body></html>");
        assertEquals(List.of(standfirst, PROSE_1, PROSE_2, later, PROSE_3), texts);
    }

    @Test
    void aTemplatesPlaceholderTextIsNotTheArticle() {
        List<String> texts = texts("<html><body><main><h1>Bridge to be rebuilt</h1><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p><section><h5>Lorem Ipsum</h5><p>Lorem ipsum dolor sit amet, consectetur "
                + "adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p></section>"
                + "</main></body></html>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void dropsTheBylineLineAboveTheFirstParagraphButKeepsItAsMetadata() {
        Article article = extractor.extract("<html><head><meta name=author content='Maria Jones'></head><body>"
                + "<article><h1>Bridge to be rebuilt</h1><p class=credit>By Maria Jones, Local Affairs Reporter</p>"
                + "<p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>By the end of the year, " + PROSE_3 + "</p></article>"
                + "</body></html>", null);
        assertEquals(List.of(PROSE_1, PROSE_2, "By the end of the year, " + PROSE_3),
                article.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("Maria Jones", article.metadata().byline());
    }

    @Test
    void dropsShareRelatedNewsletterAndCommentBlocksInsideTheArticle() {
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p>"
                + "<div class='share-buttons'><a href=#>Facebook</a> <a href=#>Twitter</a></div>"
                + "<p>" + PROSE_2 + "</p>"
                + "<div class='newsletter-signup'><p>Get the best of the Town Paper in your inbox, every morning.</p></div>"
                + "<p>" + PROSE_3 + "</p>"
                + "<aside class='related-posts'><ul><li><a href=/a>Another story</a></li></ul></aside>"
                + "<section id='comments'><p>Great article, I drove over that bridge every day, finally!</p></section>"
                + "</article>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void aListNamingLinkedThingsAndSayingSomethingOfEachIsKeptAPureLinkListIsNot() {
        String described = "<a href=/h1>Harbour Hotel and Spa</a>: by the quay";
        String described2 = "<a href=/h2>Mill House Inn on the River</a>: quiet";
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>"
                + "<ul><li>" + described + "</li><li>" + described2 + "</li></ul>"
                + "<p>" + PROSE_3 + "</p>"
                + "<ul><li><a href=/a>Another story about the town</a></li><li><a href=/b>Yet another story</a></li></ul>"
                // a word or two beside a long link: still the article's
                + "<ul><li><a href=/h3>Harbour View Guest House and Gardens by the Sea</a> - top pick</li></ul>"
                + "</article>");
        assertTrue(texts.contains("Harbour View Guest House and Gardens by the Sea - top pick"), texts.toString());
        assertTrue(texts.contains("Harbour Hotel and Spa: by the quay"), texts.toString());
        assertTrue(texts.contains("Mill House Inn on the River: quiet"), texts.toString());
        assertFalse(texts.contains("Another story about the town"), texts.toString());
    }

    /** The article's own container: most of the page's prose. */
    private static String story() {
        StringBuilder s = new StringBuilder("<div class=story>");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday"}) {
            s.append("<p>").append(PROSE_1.replace("Tuesday", day)).append("</p><p>").append(PROSE_2).append("</p><p>")
                    .append(PROSE_3).append("</p>");
        }
        return s.append("</div>").toString();
    }

    /** Four paragraphs nested deep in a sibling container, where Readability's scores barely reach. */
    private static String deepSibling(String itemStart) {
        StringBuilder s = new StringBuilder("<div class=more><div><div><div>");
        String[] topics = {"the ferry", "the buses", "the traders", "the schools"};
        for (String topic : topics) {
            s.append(itemStart.replace("TOPIC", topic)).append("<p>While the work goes on, ").append(topic)
                    .append(" will follow a temporary plan, which the council, after months of talks with residents and traders, published this week on its site.</p>");
        }
        return s.append("</div></div></div></div>").toString();
    }

    @Test
    void aSiblingHoldingMuchProseWithFewLinksIsMoreOfTheArticle() {
        String page = "<html><body><div class=wrap>" + story() + deepSibling("") + "</div></body></html>";
        assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("While the work goes on, the schools")), texts(page).toString());
    }

    @Test
    void aSiblingOfTeasersForOtherArticlesIsNot() {
        String page = "<html><body><div class=wrap>" + story() + deepSibling("<h3><a href=/x>Plans for TOPIC</a></h3>") + "</div></body></html>";
        assertTrue(texts(page).stream().noneMatch(t -> t.startsWith("While the work goes on")), texts(page).toString());
    }

    /**
     * A page builder's article: the lead in a block of its own, the body in another, each nested
     * in builder containers, and a summary box after the body.
     */
    private static String builderArticle(String wrapper) {
        String lead = "Nobody in the town can remember a winter without the old bridge, and nobody, it seems, "
                + "will have to remember one with it, after a vote on Tuesday evening that surprised even its "
                + "backers, who had expected another year of delay.";
        String after = "Sign up to the weekly briefing, in which our reporters, editors and guests pick the stories "
                + "from the town, the county and the region that matter most to you.";
        return "<html><body><h1>Bridge to be rebuilt</h1><" + wrapper + "><div class=block><div class=inner><p>" + lead
                + "</p></div></div><div class=block><div class=inner>" + story() + "<div class=note><p>Photo: the old bridge.</p></div></div></div>"
                + "<div class=block><div class=inner><p>" + after + "</p></div></div></" + wrapper.split(" ")[0] + "></body></html>";
    }

    @Test
    void theLeadInABuilderBlockAboveTheBodyIsPartOfTheMarkedArticle() {
        List<String> texts = texts(builderArticle("article"));
        assertTrue(texts.get(0).startsWith("Nobody in the town"), texts.toString());
        assertEquals(PROSE_1.replace("Tuesday", "Monday"), texts.get(1));
        // below the body, the marked article's other blocks are not taken on trust
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Sign up")), texts.toString());
    }

    @Test
    void theLeadInABuilderBlockAboveTheBodyIsPartOfTheMainContent() {
        List<String> texts = texts(builderArticle("main"));
        assertTrue(texts.get(0).startsWith("Nobody in the town"), texts.toString());
    }

    @Test
    void withoutAMarkedArticleTheLeadBlockIsNotTakenOnTrust() {
        List<String> texts = texts(builderArticle("div class=page"));
        assertEquals(PROSE_1.replace("Tuesday", "Monday"), texts.get(0), texts.toString());
    }

    @Test
    void keepsHeadingsListItemsAndQuotesWithTheirKinds() {
        Article article = extractor.extract("<article><p>" + PROSE_1 + "</p><h2>What happens next</h2>"
                + "<ul><li>Closure of the old bridge in March</li><li>A ferry while the work goes on</li></ul>"
                + "<blockquote><p>We have waited long enough for this, said one resident.</p></blockquote>"
                + "<p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></article>", null);
        List<Paragraph.Kind> kinds = article.paragraphs().stream().map(Paragraph::kind).toList();
        assertEquals(List.of(Paragraph.Kind.TEXT, Paragraph.Kind.HEADING, Paragraph.Kind.LIST_ITEM,
                Paragraph.Kind.LIST_ITEM, Paragraph.Kind.QUOTE, Paragraph.Kind.TEXT, Paragraph.Kind.TEXT), kinds);
        assertEquals("What happens next", article.paragraphs().get(1).text());
    }

    @Test
    void dropsCaptionsAndScripts() {
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p>"
                + "<figure><img src=bridge.jpg><figcaption>The old bridge at dusk. Photo: J. Smith</figcaption></figure>"
                + "<script>var tracking = 'do not read me';</script><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></article>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void aCaptionOutsideAFigcaptionIsKnownByTheCreditItEndsWith() {
        String sourced = "Traffic fell by a third, the county said. Source: the county's annual survey";
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p>"
                + "<div class=wp-caption><img src=bridge.jpg><p>The old bridge at dusk, seen from the north bank. Photo: J. Smith</p></div>"
                + "<p>" + PROSE_2 + "</p><p>Volunteers painted the railings in May. Credit: Town Archive.</p>"
                // a credit with initials on a line with letters past ASCII
                + "<p>The \u201cnew\u201d caf\u00e9 by the quay, seen at noon. Photo: A. B. Jones</p><p>" + PROSE_3
                + "</p><p>" + sourced + "</p></article>");
        // a source named after a sentence is the article's own
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3, sourced), texts);
    }

    private static final String AUTHOR_BIO = "<p>Jane Doe has covered the town council for ten years, and before that "
            + "reported on schools and transport for the county paper.</p>";

    /** The three prose paragraphs in an article, then {@code below}, which must not be read. */
    private void assertOnlyTheProseAbove(String below) {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<article class=single-content><p>" + PROSE_1 + "</p><p>"
                + PROSE_2 + "</p><p>" + PROSE_3 + "</p>" + below + "</article>"));
    }

    /** {@code block} after the first prose paragraph of an article reads as {@code text}. */
    private void assertReadAfterTheFirstParagraph(String block, String text) {
        assertEquals(List.of(PROSE_1, text), texts("<article><p>" + PROSE_1 + "</p>" + block + "</article>"));
    }

    @Test
    void dropsTheAuthorInfoBoxBelowTheArticle() {
        assertOnlyTheProseAbove("<div class=about-the-author>" + AUTHOR_BIO + "</div>");
    }

    @Test
    void aCaptionNamedSoIsDroppedWithoutACredit() {
        assertOnlyTheProseAbove("<div class='photo-caption mt-2'><p>The old bridge at dusk, seen from the north bank "
                + "of the river on the last day before it closed.</p></div>");
    }

    @Test
    void theReadingTimeUpdateStampAndBylineLinesAreNotTheArticle() {
        assertOnlyTheProseAbove("<p>8 min read</p><p>Last updated: March 3, 2025</p><p>Written by Jane Doe</p>"
                + "<h3>About the Author</h3>");
        // a sentence that starts with the same words is prose
        String written = "Written by the county engineer in 1998, the first survey already warned that the deck was failing.";
        assertReadAfterTheFirstParagraph("<p>" + written + "</p>", written);
    }

    @Test
    void aCallToActionBoxIsDropped() {
        assertOnlyTheProseAbove("<div class='post-cta'><p>Ready to get started? Book a free demo of our scheduling "
                + "software today and see how much time your team can save.</p></div>");
    }

    @Test
    void anEmbeddedSocialPostIsDroppedAQuoteIsNot() {
        assertOnlyTheProseAbove("<blockquote class=twitter-tweet><p>The bridge vote is a turning point for the whole "
                + "county, and I am proud of it.</p>&mdash; Town Mayor (@mayor) <a href=https://x.example/1>May 1</a></blockquote>");
        String quote = "We have waited long enough for a safe crossing, and the spring cannot come soon enough.";
        assertReadAfterTheFirstParagraph("<blockquote><p>" + quote + "</p></blockquote>", quote);
    }

    @Test
    void anAuthorBoxNamedInsideTheThemesContentBlockIsStillDropped() {
        assertOnlyTheProseAbove("<div class=single-content-author__about>" + AUTHOR_BIO + "</div>");
        assertOnlyTheProseAbove("<div class=entry-author-description>" + AUTHOR_BIO + "</div>");
    }

    @Test
    void aFormInsideTheArticleIsDroppedAPageWrappedInOneFormIsNot() {
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p>"
                + "<form action=/quote><p>Get your free quote from a local expert today, it takes two minutes.</p>"
                + "<p>This field is for validation purposes and should be left unchanged.</p><input name=email></form>"
                + "<p>" + PROSE_3 + "</p></article>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
        List<String> wrapped = texts("<body><form id=aspnetForm><div class=page><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p></div></form></body>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), wrapped);
    }

    @Test
    void aDisclaimerBlockBelowTheArticleIsDropped() {
        assertOnlyTheProseAbove("<div class='richtext richtext--disclaimer'><p>All investing is subject to risk, including "
                + "the possible loss of the money you invest, and past performance is no guarantee of future results.</p></div>");
    }

    @Test
    void anOrderedListsItemsReadWithTheirNumbers() {
        List<String> texts = texts("<article><p>" + PROSE_1 + "</p><ol><li>Close the road to traffic</li>"
                + "<li><p>Lift the old deck</p><ul><li>one span at a time</li></ul></li><li>3) Pour the new piers</li></ol>"
                + "<ol start=7><li>Reopen the road</li></ol><p>" + PROSE_2 + "</p></article>");
        // an unordered list inside an item is not numbered; an item that writes its own number keeps it
        assertEquals(List.of(PROSE_1, "1. Close the road to traffic", "2. Lift the old deck", "one span at a time",
                "3) Pour the new piers", "7. Reopen the road", PROSE_2), texts);
    }

    @Test
    void aListOfLinksToOtherSitesIsTheArticlesOwnAListOfTheSitesOwnPagesIsNot() {
        String head = "<html><head><link rel=canonical href='https://www.townpaper.example/news/bridge'></head><body>";
        String article = "<article><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><ul>"
                + "<li><a href='https://county.example/plans/bridge-survey'>The county's bridge survey, 2024</a></li>"
                + "<li><a href='https://rail.example/reports/crossings'>The rail board's report on old crossings</a></li></ul>"
                + "<p>" + PROSE_3 + "</p><ul><li><a href='/news/ferry-timetable'>New ferry timetable for the summer</a></li>"
                + "<li><a href='https://townpaper.example/news/buses'>Bus routes to change in June</a></li></ul></article>";
        assertEquals(List.of(PROSE_1, PROSE_2, "The county's bridge survey, 2024", "The rail board's report on old crossings",
                PROSE_3), texts(head + article + "</body></html>"));
        // a page that does not say where it lives: a list of links is dropped, as before
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts(article));
    }

    @Test
    void theWritersBiographyAtTheEndIsToldByTheBylinesName() {
        String head = "<html><head><meta name=author content='Jane Doe'></head><body>";
        String bio = "Jane Doe is a freelance writer living in the county, where she has covered the council since 2015.";
        String quote = "Jane Doe is right, said the mayor, who backed the plan.";
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts(head + "<article><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p><p>Jane Doe, Contributing Writer</p><p>" + bio + "</p></article></body></html>"));
        // the same words in the body, before the article's end, are the article's
        assertEquals(List.of(PROSE_1, quote, PROSE_2, PROSE_3, PROSE_1.replace("Tuesday", "Monday")), texts(head + "<article><p>"
                + PROSE_1 + "</p><p>" + quote + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p><p>"
                + PROSE_1.replace("Tuesday", "Monday") + "</p></article></body></html>"));
    }

    @Test
    void aBiographyMayNameTheWriterByTheFirstNameAlone() {
        String bio = "Karina holds a degree in finance from the state university and has run the firm since 2012.";
        String html = "<html><head><meta name=author content='%s'></head><body><article><p>" + PROSE_1 + "</p><p>"
                + PROSE_2 + "</p><p>" + PROSE_3 + "</p><p>" + bio + "</p></article></body></html>";
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts(html.formatted("Karina Cohen")));
        // a brand's name in capitals is no given name: its sentence stays
        String brand = bio.replace("Karina", "ACME");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3, brand), texts(html.replace(bio, brand).formatted("ACME Official")));
    }

    @Test
    void theContributorsBoxAndTheOptInBoxAreNotTheArticle() {
        String about = "Maria Jones has reported on the county council for the paper since 2015 and lives in the town.";
        String optin = "Get the best of the week's local news in your inbox every Friday, free of charge and free of ads.";
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p><div class='post-contributor-box'><p>" + about + "</p></div>"
                + "<div class='after-post-optin'><p>" + optin + "</p></div><section class='blog-authors-section'><p>"
                + about.replace("Maria Jones", "Ann Lee") + "</p></section></article></body></html>"));
    }

    @Test
    void aPicturesCreditOnALineOfItsOwnIsNotTheArticle() {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><p>" + PROSE_1
                + "</p><div class=pic><img src=a.jpg><span>Image provided by the county council.</span></div><p>" + PROSE_2
                + "</p><div><img src=b.jpg><p>Courtesy of the brand</p></div><p>" + PROSE_3 + "</p></article></body></html>"));
    }

    @Test
    void theTitleOverLinksToMoreOnATopicIsNotTheArticle() {
        String sentence = "More on that in a follow-up post next week.";
        assertEquals(List.of(PROSE_1, PROSE_2, sentence, PROSE_3), texts("<html><body><article><p>" + PROSE_1 + "</p><p>"
                + PROSE_2 + "</p><p>" + sentence + "</p><h4>More on Bridges and Roads:</h4><ul><li><a href=/a>The ring road</a>"
                + "</li><li><a href=/b>The ford</a></li></ul><p>" + PROSE_3 + "</p></article></body></html>"));
    }

    @Test
    void theCategoryLineIsNotTheArticle() {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p><p>Category: Local Government and Transport</p><p>Topics: bridges, roads, "
                + "council</p></article></body></html>"));
    }

    @Test
    void theCreditsForTheEditorAndTheReviewerAreNotTheArticle() {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><p>" + PROSE_1 + "</p><p>"
                + "Edited by: Kristina Lee</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p><p>Reviewed by Ann Lee, "
                + "Transport Editor, on December 9, 2024.</p></article></body></html>"));
    }

    @Test
    void aButtonsLabelIsNotTheArticle() {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><p>" + PROSE_1 + "</p><div class=box>"
                + "<span>Download now</span></div><p>" + PROSE_2 + "</p><div><span>Read Reviews</span></div><p>" + PROSE_3
                + "</p><div><span>See All</span></div></article></body></html>"));
    }

    @Test
    void theReadAloudPlayerTheSignInPromptAndTheRatingWidgetAreNotTheArticle() {
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts("<html><body><article><div class=player>Listen to this "
                + "article in summarized format</div><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><div>Already have an account? "
                + "<a href=/login>Log in</a></div><p>" + PROSE_3 + "</p><div class=rmp><p>How useful was this post?</p>"
                + "<p>Click on a star to rate it!</p><p>No votes so far! Be the first to rate this post.</p></div>"
                + "<div>Share this:</div></article></body></html>"));
    }

    private static String teaser(String topic) {
        return "<article><h3><a href=/x>Plans for " + topic + "</a></h3><p>While the work goes on, " + topic
                + " will follow a temporary plan.</p></article>";
    }

    @Test
    void teasersOfOtherPagesInsideTheRootAreSkippedAGuideMadeOfThemIsNot() {
        String paragraphs = story().replace("<div class=story>", "").replace("</div>", "");
        List<String> texts = texts("<div class=post>" + paragraphs + "<div class=latest><h2>Latest</h2>" + teaser("the ferry")
                + teaser("the buses") + "</div></div>");
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("While the work goes on")), texts.toString());
        List<String> guide = texts("<div class=guide><p>" + PROSE_1 + "</p>" + teaser("the ferry") + teaser("the buses")
                + teaser("the traders") + "</div>");
        assertTrue(guide.contains("While the work goes on, the traders will follow a temporary plan."), guide.toString());
    }

    @Test
    void lineBreaksAndBlocksKeepParagraphBoundaries() {
        List<String> texts = texts("<div class=post-body>" + PROSE_1 + "<br><br>" + PROSE_2
                + "<div>" + PROSE_3 + "</div></div>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void picksTheProseOverALongerListOfLinks() {
        StringBuilder links = new StringBuilder("<div class=more>");
        for (int i = 0; i < 40; i++) links.append("<p><a href=/s").append(i).append(">Another headline number ").append(i).append(" about town life</a></p>");
        links.append("</div>");
        List<String> texts = texts("<body>" + links + "<div class=story><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p></div></body>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void readsAnArticleThePageHidesUntilAScriptRuns() {
        // Next.js streams server-rendered content into a hidden element and reveals it with a script
        List<String> texts = texts("<body><div hidden id='S:0'><main><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p><p>" + PROSE_3 + "</p></main></div></body>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void survivesMalformedHtml() {
        List<String> texts = texts("<html><body><div class=content><p>" + PROSE_1 + "<p>" + PROSE_2
                + "</span></b><p>" + PROSE_3 + "<div><table><tr><td>");
        assertEquals(List.of(PROSE_1, PROSE_2, PROSE_3), texts);
    }

    @Test
    void doesNotRepeatTheTitleInTheBody() {
        Article article = extractor.extract("<html><head><title>Bridge to be rebuilt | Town Paper</title></head><body>"
                + "<article><h1>Bridge to be rebuilt</h1><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></article></body></html>", null);
        assertEquals("Bridge to be rebuilt", article.title());
        assertFalse(article.bodyText().contains("Bridge to be rebuilt"));
    }

    @Test
    void aVeryLargePageIsReadWhole() {
        StringBuilder html = new StringBuilder("<article>");
        for (int i = 0; i < 20_000; i++) html.append("<div><p>Paragraph ").append(i).append(": ").append(PROSE_1).append("</p></div>");
        html.append("</article>");
        Article article = extractor.extract(html.toString(), null);
        assertEquals(20_000, article.paragraphs().size());
        assertTrue(article.paragraphs().get(19_999).text().startsWith("Paragraph 19999:"));
    }

    /** The article's paragraphs, then a grid of cards of one template, each a linked title over an excerpt ending so. */
    private static String articleWithCards(String excerptEnd, boolean linkedPicture) {
        StringBuilder s = new StringBuilder("<html><body><div class=post>");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday"}) {
            s.append("<p>").append(PROSE_1.replace("Tuesday", day)).append("</p><p>").append(PROSE_2).append("</p><p>")
                    .append(PROSE_3).append("</p>");
        }
        s.append("<div class=latest><h2>Latest</h2><div class=grid>");
        for (int i = 1; i <= 4; i++) {
            s.append("<div class=\"card card-").append(i).append("\">");
            if (linkedPicture) s.append("<a href=/n").append(i).append("><img src=/p.jpg></a>");
            s.append("<h3><a href=/n").append(i).append(">Story number ").append(i)
                    .append("</a></h3><span>March ").append(i).append(", 2025</span><p>Card ").append(i)
                    .append(" tells of the harbour works, the new ferry timetable, the fishing fleet and the traders on the quay who wait for all of them")
                    .append(excerptEnd).append("</p></div>");
        }
        return s.append("</div></div></div></body></html>").toString();
    }

    @Test
    void aGridOfCardsWithCutExcerptsBesideTheArticleIsNotTheArticle() {
        List<String> texts = texts(articleWithCards(", and", false));
        assertTrue(texts.contains(PROSE_2), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Card ")), texts.toString());
    }

    @Test
    void cardsWhoseTextEndsItsSentencesAreKept() {
        // a guide's entries (a linked name, then what to know about it) end their sentences
        List<String> texts = texts(articleWithCards(" in the morning.", false));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Card 1")), texts.toString());
    }

    @Test
    void cardsWhosePictureAndTitleLinkToOnePageBesideALongerArticleAreTeasers() {
        List<String> texts = texts(articleWithCards(" in the morning.", true));
        assertTrue(texts.contains(PROSE_2), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.startsWith("Card ")), texts.toString());
    }
}
