package org.articlesummarizer.testing;

import org.articlesummarizer.SampleArticle;

/** The bundled sample article (the seed article), as bytes. */
public final class Samples {

    public static final String SEED_TITLE = "Russia Is Reportedly Seeking Military Aid from China";

    /** Lines of site furniture at the end of the seed article; none may reach an article or a summary. */
    public static final String[] SEED_FURNITURE = {
        "Facebook Comments", "Related Articles", "Back to top button", "Adblock Detected",
        "Please consider supporting us by disabling your ad blocker",
    };

    private Samples() {
    }

    public static byte[] seedArticle() {
        return SampleArticle.bytes();
    }
}
