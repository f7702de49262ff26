package org.articlesummarizer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
        try (InputStream in = Samples.class.getResourceAsStream("/org/articlesummarizer/samples/seed-article.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
