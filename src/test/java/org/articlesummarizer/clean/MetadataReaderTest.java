package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.junit.jupiter.api.Test;

/** What pages say about themselves, from the most explicit source to the visible page. */
class MetadataReaderTest {

    private static final String BODY = "<article><p>The council voted on Tuesday to rebuild the old bridge, a decision "
            + "that residents had urged for years, and work is to begin in the spring.</p></article>";

    private static Article extract(String head, String bodyStart) {
        return new HtmlArticleExtractor().extract("<html lang=en-GB><head>" + head + "</head><body>" + bodyStart + BODY
                + "</body></html>", null);
    }

    /** A JSON-LD block for the head, with the JSON as given. */
    private static String jsonLd(String json) {
        return "<script type='application/ld+json'>" + json + "</script>";
    }

    /** The title read from a page whose og:title is {@code ogTitle}, with {@code bodyStart} above the article. */
    private static String titleUnder(String ogTitle, String bodyStart) {
        return extract("<meta property='og:title' content='" + ogTitle + "'>", bodyStart).title();
    }

    @Test
    void readsJsonLdInAGraphWithSeveralAuthors() {
        Article a = extract("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Town Paper\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge to be rebuilt\",\"datePublished\":\"2025-03-04T09:30:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chan\"}],"
                + "\"articleSection\":\"Local\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Town Paper\"}}]}</script>", "");
        ArticleMetadata m = a.metadata();
        assertEquals("Bridge to be rebuilt", a.title());
        assertEquals("Ann Lee, Bo Chan", m.byline());
        assertEquals("2025-03-04T09:30:00+01:00", m.publishedTime());
        assertEquals("Local", m.section());
        assertEquals("Town Paper", m.siteName());
        assertEquals("en-GB", m.language());
    }

    @Test
    void aTimeDeclaredInUtcADayOffTheDateInTheAddressIsTheAddresssDay() {
        String address = "<link rel='canonical' href='https://example.com/2025/12/18/bridge-vote/'>";
        // 21:41 on the 18th in New York, declared in UTC: the site dates the post the 18th
        assertEquals("2025-12-18", extract(address + "<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'>", "")
                .metadata().publishedTime());
        assertEquals("2025-12-18", extract("<meta property='og:url' content='https://example.com/2025/12/18/bridge-vote'>"
                + jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-12-17T23:30:00Z\"}"), "").metadata().publishedTime());
    }

    @Test
    void aDeclaredTimeWithItsOwnOffsetOrFarFromTheAddressDateIsKept() {
        String address = "<link rel='canonical' href='https://example.com/2025/12/18/bridge-vote/'>";
        // a local offset states the site's own day; a week off is a date of its own (republished, updated)
        assertEquals("2025-12-19T02:41:41-05:00", extract(address
                + "<meta property='article:published_time' content='2025-12-19T02:41:41-05:00'>", "").metadata().publishedTime());
        assertEquals("2025-12-25T09:00:00Z", extract(address
                + "<meta property='article:published_time' content='2025-12-25T09:00:00Z'>", "").metadata().publishedTime());
        // no date in the address, or none that is a day of the calendar
        assertEquals("2025-12-19T02:41:41+00:00", extract("<link rel='canonical' href='https://example.com/news/2025/bridge-vote'>"
                + "<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'>", "").metadata().publishedTime());
        assertEquals("2025-12-19T02:41:41+00:00", extract("<link rel='canonical' href='https://example.com/2025/13/18/bridge-vote'>"
                + "<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'>", "").metadata().publishedTime());
    }

    @Test
    void aMetaTagMayCarrySeveralPropertiesSeparatedBySpaces() {
        Article a = extract("<meta property='dc:creator twitter:creator' content='Ann Lee'>"
                + "<meta property='og:title twitter:title' content='Bridge to be rebuilt'>", "");
        assertEquals("Ann Lee", a.metadata().byline());
    }

    @Test
    void bylinePrefixesAreDroppedInTheLanguagesNewsSitesUse() {
        assertEquals("C\u00e9sar Salza", MetadataReader.cleanByline("por C\u00e9sar Salza"));
        assertEquals("Alexandre Hervaud et J\u00e9r\u00e9my Piette",
                MetadataReader.cleanByline("Par Alexandre Hervaud et J\u00e9r\u00e9my Piette"));
        assertEquals("Ann Lee", MetadataReader.cleanByline("Written by Ann Lee"));
        // a name that starts like a prefix is left alone
        assertEquals("Diana Park", MetadataReader.cleanByline("Diana Park"));
        assertEquals("Parker Lewis", MetadataReader.cleanByline("Parker Lewis"));
        // the foreign "by" comes before a name, which starts with a capital: lower case is no name
        assertEquals("di maio staff", MetadataReader.cleanByline("di maio staff"));
        // a sentence that says who wrote the post, and the rarer verbs of the label
        assertEquals("Danielle Padula", MetadataReader.cleanByline("This post was written by Danielle Padula,"));
        assertEquals("Ehsan Jazini", MetadataReader.cleanByline("Authored by: Ehsan Jazini"));
        // "by" inside a name is no label
        assertEquals("Mary Bybee", MetadataReader.cleanByline("Mary Bybee"));
    }

    @Test
    void anAuthorBoxGivesTheNameFromItsNamePartNotItsRole() {
        // the parts' texts run together ("Mateusz HabernyFounder at Oakywood") and no role word ends the name
        assertEquals("Mateusz Haberny", extract("", "<div class=article__author><span class=article__author__name>Mateusz Haberny</span>"
                + "<span class=article__author__position>Founder at Oakywood</span></div>").metadata().byline());
        assertEquals("Celeste Longacre", extract("", "<div class=author-line><span class=author-label>Written By:</span> "
                + "<span class=author-name><a href='/author/cl'>Celeste Longacre</a></span> "
                + "<span class=author-title>Gardener &amp; Astrologer</span></div>").metadata().byline());
        // a box with no part classed or marked: the first line that is a name alone
        assertEquals("Ann Lee", extract("", "<div class=byline><span>By</span> <span>Ann Lee</span></div>").metadata().byline());
        // else the part marked as the author, without the publisher beside it; a "Sponsored" tag after the name is no part of it
        assertEquals("Ann Lee", extract("", "<div class=byline-section><span class=author><a href='/staff/1/ann-lee/'>Ann Lee</a></span>"
                + " USA TODAY</div>").metadata().byline());
        assertEquals("Help Net Security", extract("", "<div class=author-block><div class=author-byline><a href='/author/hns/'>"
                + "Help Net Security</a> <span class=mark>Sponsored</span></div> <time>November 24, 2025</time></div>").metadata().byline());
    }

    @Test
    void anAuthorBoxWithABioGivesTheNameOnItsFirstLine() {
        String bio = "<p>Lauren Vetter writes about practice management for clinics, from billing and scheduling to the"
                + " software that ties them together, and has spent ten years helping small practices grow their patient"
                + " lists without losing the personal touch that brought patients to them in the first place.</p>";
        assertEquals("Lauren Vetter", extract("", "<div class=blog_author-box><img alt='Lauren Vetter' src=a.jpg>"
                + "<div class=blog_author-text><div class=small>Lauren Vetter</div>" + bio + "</div></div>").metadata().byline());
        // a heading over the box is no name: not every word is capitalised
        assertEquals("Lauren Vetter", extract("", "<div class=author-section><h4>About the author</h4>"
                + "<div class=small>Lauren Vetter</div>" + bio + "</div>").metadata().byline());
    }

    @Test
    void aLineOfItsOwnThatSaysWhoWroteThePieceIsTheByline() {
        assertEquals("John Crenshaw", extract("", "<div><p>Written by John Crenshaw</p><p></p></div>").metadata().byline());
        assertEquals("Ann Lee", extract("", "<p>Posted by: Ann Lee</p>").metadata().byline());
        // a sentence that starts so is no byline: it goes on past a name's length, or names no one
        assertNull(extract("", "<p>Written by the county engineer in 1998, the first survey already warned of it.</p>")
                .metadata().byline());
        assertNull(extract("", "<p>Written by hand</p>").metadata().byline());
    }

    @Test
    void aDeclaredAuthorWithNoNameBeforeThePublisherNamesNoOne() {
        Article a = extract(jsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall vote\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\", USA TODAY\"}}"),
                "<p class=author><a href='/staff/1/ann-lee/'>Ann Lee</a></p>");
        assertEquals("Ann Lee", a.metadata().byline());
    }

    @Test
    void aBylineLabelWithNoNameIsNoByline() {
        assertNull(MetadataReader.cleanByline("Written By"));
        // the author element's link is empty: the name is taken from the next marked element
        assertEquals("Polly Barks", extract("", "<div class=author>Written By <a href='/blog?author=1'></a></div>"
                + "<p class=author-name>Polly Barks</p>").metadata().byline());
        // a label of its own before the name's element
        assertEquals("Ehsan Jazini", extract("", "<div><p>Authored by:</p><p>Ehsan Jazini</p></div>").metadata().byline());
    }

    @Test
    void brokenJsonLdFallsBackToMetaTags() {
        Article a = extract("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", oops</script>"
                + "<meta property='og:title' content='Bridge to be rebuilt'>"
                + "<meta name=author content='Ann Lee'>"
                + "<meta property='article:published_time' content='2025-03-04'>"
                + "<meta property='og:site_name' content='Town Paper'>", "");
        assertEquals("Bridge to be rebuilt", a.title());
        assertEquals("Ann Lee", a.metadata().byline());
        assertEquals("2025-03-04", a.metadata().publishedTime());
    }

    @Test
    void theVisibleHeadlineWinsOverATitleCarryingTheSiteName() {
        Article a = extract("<title>Bridge to be rebuilt after 100 years | Town Paper</title>",
                "<header><h1 class=site-logo>Town Paper</h1></header><h1>Bridge to be rebuilt after 100 years</h1>");
        assertEquals("Bridge to be rebuilt after 100 years", a.title());
    }

    @Test
    void aDatePrintedInsideTheHeadlineIsNotPartOfTheTitle() {
        Article a = extract("<title>Bridge to be rebuilt | Town Paper</title>",
                "<h1><a href=/bridge><time datetime='2025-03-04'>Mar 4 2025</time> Bridge to be rebuilt</a></h1>");
        assertEquals("Bridge to be rebuilt", a.title());
        assertEquals("2025-03-04", a.metadata().publishedTime());
    }

    @Test
    void withoutAnH1TheSiteNameIsCutFromTheDeclaredTitle() {
        Article a = extract("<meta property='og:site_name' content='Town Paper'>"
                + "<title>Bridge to be rebuilt | Town Paper</title>", "");
        assertEquals("Bridge to be rebuilt", a.title());
    }

    @Test
    void readsAPrintedBylineAndDate() {
        Article a = extract("", "<div class=byline>By Ann Lee \u2022 March 4, 2025</div>"
                + "<time datetime='2025-03-04T08:00:00Z'>4 March</time>");
        assertEquals("Ann Lee", a.metadata().byline());
        assertEquals("2025-03-04T08:00:00Z", a.metadata().publishedTime());
    }

    @Test
    void aPrintedBylineLosesItsRoleAndLabel() {
        assertEquals("Hunter Dukes", extract("", "<p class=credit>Text by <a href='/people/hd'>Hunter Dukes</a></p>").metadata().byline());
        assertEquals("Rachel MacDonald", extract("", "<div class=author-name>Rachel MacDonald Senior Writer</div>").metadata().byline());
        assertEquals("Edzel Tabing", extract("", "<div><p>Written by</p><p>Edzel Tabing</p></div>").metadata().byline());
    }

    @Test
    void aBareDatePrintedNearTheHeadlineIsTheDate() {
        Article a = extract("", "<h1>Bridge to be rebuilt</h1><div><svg></svg> Dec 12, 2025 </div>");
        assertEquals("2025-12-12", a.metadata().publishedTime());
    }

    @Test
    void aDateLineWithTheBylineAndTheTimeOfDayIsTheDate() {
        Article a = extract("", "<h1>Bridge to be rebuilt</h1><div class=details>by <a href='/user/mm'>Matt Miller</a>"
                + " on Dec 16, 2025 at 11:00 AM</div>");
        assertEquals("2025-12-16", a.metadata().publishedTime());
        // a sentence that mentions a date and a time is no date line
        assertNull(extract("", "<p>The council met on Dec 16, 2025 at 11:00 AM and voted to rebuild the bridge before the"
                + " winter storms.</p>").metadata().publishedTime());
    }

    @Test
    void anOrganisationIsTheAuthorOnlyWhenNoPersonIsNamed() {
        String organisation = jsonLd("{\"@type\":\"BlogPosting\",\"author\":{\"@type\":\"Organization\",\"name\":\"Town Council\"}}");
        Article a = extract(organisation, "");
        assertEquals("Town Council", a.metadata().byline());
        Article b = extract(organisation, "<span class=author-name>Ann Lee</span>");
        assertEquals("Ann Lee", b.metadata().byline());
    }

    @Test
    void entitiesLeftInJsonLdAreDecoded() {
        Article a = extract(jsonLd("{\"@type\":\"Article\",\"author\":\"Maria &amp; Katerina\"}"), "");
        assertEquals("Maria & Katerina", a.metadata().byline());
    }

    @Test
    void anH1SharingNoWordWithTheDeclaredTitleLabelsTheRegionNotTheArticle() {
        assertEquals("Bridge to be rebuilt after 100 years",
                extract("<title>Bridge to be rebuilt after 100 years | Town Paper</title>", "<h1>Our Blog</h1>").title());
    }

    @Test
    void thePageClassesDoNotMakeTheHeadlineALogo() {
        Article a = new HtmlArticleExtractor().extract("<html><head><title>Bridge to be rebuilt | Town Paper</title></head>"
                + "<body class='wp-custom-logo'><div class=post><h1>Bridge to be rebuilt after 100 years</h1>" + BODY
                + "</div></body></html>", null);
        assertEquals("Bridge to be rebuilt after 100 years", a.title());
    }

    @Test
    void aSiteNamedByItsDomainOrAfterANonBreakingSpaceIsCut() {
        assertEquals("Learn web development", extract("<meta property='og:site_name' content='web.dev'>"
                + "<meta property='og:title' content='Learn web development &nbsp;|&nbsp; web.dev'>", "").title());
        assertEquals("Game changer", extract("<title>Game changer | Example.com</title>", "").title());
        assertEquals("Bridge to be rebuilt", extract("<meta property='og:site_name' content='Town Paper'>",
                "<h1>Bridge to be rebuilt – Town Paper</h1>").title());
    }

    @Test
    void theNameTheTitleAddsToOgTitleIsTheSiteNotTheHeadline() {
        // a blog template prints the blog's name as the page's h1
        assertEquals("Small boats on big rivers", extract("<title>Field Notes: Small boats on big rivers</title>"
                + "<meta property='og:title' content='Small boats on big rivers'>", "<h1>Field Notes</h1>").title());
        // og:title giving the site's name names no site beside the headline
        assertEquals("Which boat suits which river?", extract("<title>Which boat suits which river? | Riverboats</title>"
                + "<meta property='og:title' content='Riverboats'>", "<h1>Which boat suits which river?</h1>").title());
    }

    @Test
    void onAPageOfSectionH1sOnlyOneCloseToTheDeclaredTitleIsTheHeadline() {
        String sections = "<h1>Getting started</h1><h1>Small results</h1><h1>Next steps</h1>";
        assertEquals("Small boats on big rivers",
                titleUnder("Small boats on big rivers", sections));
        assertEquals("Small boats on big rivers, tested",
                titleUnder("Small boats on big rivers", sections + "<h1>Small boats on big rivers, tested</h1>"));
    }

    @Test
    void anH1WithCharactersTheSiteCouldNotEncodeIsReadFromTheDeclaredTitle() {
        assertEquals("Event planning: a beginner's guide", extract("<meta property='og:title' content="
                + "'Event planning: a beginner&#x27;s guide | Town Paper'>", "<h1>Event planning? a beginner? guide</h1>").title());
        // a question mark of the headline's own stays, whatever the declared title's case
        assertEquals("Why do rivers flood?", titleUnder("Why Do Rivers Flood? | Town Paper", "<h1>Why do rivers flood?</h1>"));
        assertEquals("Why do rivers flood?", HeadlineReader.undamaged("Why do rivers flood?", "Why do rivers flood now"));
    }

    @Test
    void aLabelBeforeTheDeclaredTitleIsNotPartOfTheHeadline() {
        assertEquals("Small boats on big rivers", extract("<meta property='og:title' content='Small boats on big rivers | Town Paper'>"
                + "<meta property='og:site_name' content='Town Paper'>", "<h1>Blog: Small boats on big rivers</h1>").title());
        assertEquals("Small boats on big rivers", titleUnder("Small boats on big rivers",
                "<h1><span>Title:</span>Small boats on big rivers</h1>"));
        // a colon the declared title shares is the headline's own
        assertEquals("Opinion: rivers need room", titleUnder("Opinion: rivers need room", "<h1>Opinion: rivers need room</h1>"));
        // more than a word or two before the colon is a headline's first half, not a label
        assertEquals("What the flood taught us: rivers need room", extract(
                "<meta property='og:title' content='rivers need room'>", "<h1>What the flood taught us: rivers need room</h1>").title());
    }

    @Test
    void theSourceAndCommentCountAnAggregatorPrintsAfterTheHeadlineAreCut() {
        String og = "<meta property='og:title' content='Small boats on big rivers - News for Boaters'>";
        assertEquals("Small boats on big rivers", extract(og, "<h1>Small boats on big rivers (example.com) 87</h1>").title());
        assertEquals("Small boats on big rivers", extract(og, "<h1>Small boats on big rivers [www.example.co.uk]</h1>").title());
        // words after the declared title are the headline's own
        assertEquals("Small boats on big rivers (and lakes)", extract(og, "<h1>Small boats on big rivers (and lakes)</h1>").title());
    }

    @Test
    void aDomainTheLogoShowsIsCutFromTheTitleEvenWithoutASeparator() {
        assertEquals("Small boats on big rivers", extract("<title>example.com Small boats on big rivers</title>",
                "<h1><a href='/'>example.com</a></h1>").title());
        // a domain no h1 shows as the site's name may be the headline's subject
        assertEquals("Example.com reports a record year", extract("<title>Example.com reports a record year</title>", "").title());
    }

    @Test
    void aPipeTheDeclaredTitleKeepsBeforeAnotherSeparatorIsTheHeadlines() {
        String h1 = "<h1>Top 10 cameras of 2025 | The best mirrorless cameras</h1>";
        assertEquals("Top 10 cameras of 2025 | The best mirrorless cameras", extract("<meta property='og:title' "
                + "content='Top 10 cameras of 2025 | The best mirrorless cameras — Lens Shop'>", h1).title());
        assertEquals("Top 10 cameras of 2025", extract("<meta property='og:title' "
                + "content='Top 10 cameras of 2025 | The best mirrorless cameras | Lens Shop'>", h1).title());
    }

    @Test
    void anH1AsLongAsAParagraphIsNotTheHeadline() {
        String pitch = "Learn which boats suit which rivers and why. Our experts explain how to choose, rent and look after "
                + "a small boat so that your next trip on a big river is safe, cheap and fun for the whole family.";
        assertEquals("Small boats on big rivers", titleUnder("Small boats on big rivers", "<h1>" + pitch + "</h1>"));
    }

    @Test
    void anH1InCapitalsThroughoutGivesWayToTheDeclaredTitleItSharesWordsWith() {
        assertEquals("Tips for Online Success", titleUnder("Tips for Online Success", "<h1>TIPS FOR ONLINE SUCCESS</h1>"));
        assertEquals("GAAP Compliance: Applying Best Practices",
                titleUnder("GAAP Compliance: Applying Best Practices", "<h1>SUPPORTING GAAP COMPLIANCE</h1>"));
        // with nothing better declared, or a declared title as loud, the h1 stands
        assertEquals("TIPS FOR ONLINE SUCCESS", extract("", "<h1>TIPS FOR ONLINE SUCCESS</h1>").title());
        assertEquals("TIPS FOR ONLINE SUCCESS", titleUnder("TIPS FOR SUCCESS", "<h1>TIPS FOR ONLINE SUCCESS</h1>"));
        // one word in capitals is a name or an acronym, not a banner
        assertEquals("NASA", titleUnder("NASA missions", "<h1>NASA</h1>"));
        // a capitalised word or acronym inside an ordinary headline is not shouting
        assertEquals("NASA plans a new moon mission", titleUnder("NASA moon mission", "<h1>NASA plans a new moon mission</h1>"));
    }

    @Test
    void aSpaceBeforeTheHeadlinesFinalStopIsDropped() {
        assertEquals("Ten tips for small boats.", extract("", "<h1>Ten tips for small boats .</h1>").title());
    }

    @Test
    void theH1AsPrintedIsLeftOutOfTheTextWhenTheTitleMendsIt() {
        Article a = new HtmlArticleExtractor().extract("<html><head><meta property='og:title' content='Small boats on big rivers'>"
                + "</head><body>" + BODY.replace("<article>", "<article><h1>Blog: Small boats on big rivers</h1>") + "</body></html>", null);
        assertEquals("Small boats on big rivers", a.title());
        assertEquals(1, a.paragraphs().size(), a.paragraphs().toString());
    }

    @Test
    void aDatePrintedWithItsBylineOrReadingTimeIsTheDate() {
        assertEquals("2024-03-27", extract("", "<div><strong>By <a href='/team/ann'>Ann Lee</a></strong> - Mar 27, 2024</div>")
                .metadata().publishedTime());
        assertEquals("2025-12-18", extract("", "<span>December 18, 2025 ・ 3 min read</span>").metadata().publishedTime());
    }

    @Test
    void eachDeclaredTitleReadsAsAHeadlineWithoutTheSiteName() {
        org.jsoup.nodes.Document doc = HtmlArticleExtractor.parse("<html><head><title>Bridge to be rebuilt | Town Paper</title>"
                + "<meta name='twitter:title' content=' '>"
                + "<meta property='og:site_name' content='Town Paper'>"
                + "<meta property='og:title' content='Council backs new bridge - Town Paper'></head>"
                + "<body><header><h1 class='site-logo'>Town Paper</h1></header>"
                + "<article><h1>Old bridge to be rebuilt</h1>" + BODY + "</article></body></html>", "");
        MetadataReader m = new MetadataReader(doc, TextStats.measure(doc.body()));
        // og:title first, the blank twitter:title left out
        assertEquals(java.util.List.of("og:title", "title"), java.util.List.copyOf(m.declaredTitles().keySet()));
        HeadlineReader h = m.headline();
        assertEquals("Council backs new bridge", h.declaredHeadline(m.declaredTitles().get("og:title")));
        assertEquals("Bridge to be rebuilt", h.declaredHeadline(m.declaredTitles().get("title")));
        assertNull(h.declaredHeadline(" "));
        // the article's h1, not the logo's, is the one the headline was read from
        assertEquals("Old bridge to be rebuilt", h.headlineElement().text());
        assertEquals("Old bridge to be rebuilt", h.title());
    }

    @Test
    void noMetadataMeansNulls() {
        Article a = new HtmlArticleExtractor().extract("<body>" + BODY + "</body>", null);
        assertNull(a.metadata().byline());
        assertNull(a.metadata().publishedTime());
    }
}
