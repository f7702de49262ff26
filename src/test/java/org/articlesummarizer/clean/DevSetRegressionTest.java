package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.articlesummarizer.bench.TextOverlap;
import org.articlesummarizer.bench.WcxbPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards extraction quality on a fixed slice of the development data (the first 100 WCXB dev
 * article pages): a change that costs more than 0.01 of F1 fails the build. The pinned figures are
 * what the extractor scored when they were last raised; raise them when quality improves.
 * Skipped when the shared data folder is absent.
 */
class DevSetRegressionTest {

    private static final int SLICE = 100;
    private static final double PINNED_SHINGLE_F1 = 0.9643;
    private static final double PINNED_BAG_OF_WORDS_F1 = 0.9723;
    private static final double PINNED_PLAIN_TEXT_SHINGLE_F1 = 0.8596;
    private static final double TOLERANCE = 0.01;
    /** Title, author and date: the share of the slice's pages whose truth has each, matched exactly. */
    private static final double PINNED_TITLE = 0.9200;
    private static final double PINNED_AUTHOR = 0.9359;
    private static final double PINNED_DATE = 0.8095;
    /** Under two pages in a hundred: the slice has 100 titles, 78 authors and 84 dates, so one page lost passes, two fail. */
    private static final double METADATA_TOLERANCE = 0.015;

    private static List<WcxbPages.Page> pages;

    @BeforeAll
    static void load() {
        Path folder = Path.of(System.getProperty("shared.data", "../shared/data"), "extraction", "wcxb-dev-articles");
        assumeTrue(Files.isDirectory(folder.resolve("html")),
                "skipped: no WCXB dev data at " + folder + " (set -Dshared.data=DIR to the shared data folder)");
        pages = WcxbPages.load(folder, SLICE);
    }

    @Test
    void htmlExtractionKeepsItsF1OnTheFirstHundredPages() {
        ArticleCleaner cleaner = new ArticleCleaner(16L << 20);
        TextOverlap overlap = new TextOverlap();
        for (WcxbPages.Page p : pages) overlap.add(p.cleanedBy(cleaner).bodyText(), p.truth());
        assertAtLeast("shingle F1", overlap.shingleF1(), PINNED_SHINGLE_F1);
        assertAtLeast("bag-of-words F1", overlap.bagOfWordsF1(), PINNED_BAG_OF_WORDS_F1);
    }

    @Test
    void titleAuthorAndDateKeepTheirAccuracyOnTheFirstHundredPages() {
        ArticleCleaner cleaner = new ArticleCleaner(16L << 20);
        org.articlesummarizer.bench.MetadataAccuracy metadata = new org.articlesummarizer.bench.MetadataAccuracy();
        for (WcxbPages.Page p : pages) metadata.add(p, p.cleanedBy(cleaner));
        assertAtLeast("title accuracy", metadata.titleAccuracy(), PINNED_TITLE, METADATA_TOLERANCE);
        assertAtLeast("author accuracy", metadata.authorAccuracy(), PINNED_AUTHOR, METADATA_TOLERANCE);
        assertAtLeast("date accuracy", metadata.dateAccuracy(), PINNED_DATE, METADATA_TOLERANCE);
    }

    @Test
    void plainTextCleaningKeepsItsF1OnTheFirstHundredPages() {
        PlainTextCleaner cleaner = new PlainTextCleaner();
        TextOverlap overlap = new TextOverlap();
        for (WcxbPages.Page p : pages) {
            String wholePage = org.articlesummarizer.bench.WholePageText.of(org.jsoup.Jsoup.parse(p.htmlText()));
            overlap.add(cleaner.clean(wholePage, null).bodyText(), p.truth());
        }
        assertAtLeast("plain-text shingle F1", overlap.shingleF1(), PINNED_PLAIN_TEXT_SHINGLE_F1);
    }

    private static void assertAtLeast(String what, double measured, double pinned) {
        assertAtLeast(what, measured, pinned, TOLERANCE);
    }

    private static void assertAtLeast(String what, double measured, double pinned, double tolerance) {
        System.out.printf("%s on the first %d dev pages: %.4f (pinned %.4f)%n", what, SLICE, measured, pinned);
        assertTrue(measured >= pinned - tolerance,
                String.format("%s fell to %.4f, more than %.3f below the pinned %.4f", what, measured, tolerance, pinned));
    }
}
