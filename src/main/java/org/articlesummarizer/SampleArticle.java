package org.articlesummarizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The article bundled with the product: the scraped news page it was first asked to summarise,
 * site furniture and all. The CLI summarises it when given no file; the handlers warm up on it.
 */
public final class SampleArticle {

    public static final String NAME = "seed-article.txt";
    private static final String RESOURCE = "/org/articlesummarizer/samples/" + NAME;

    private SampleArticle() {
    }

    public static byte[] bytes() {
        try (InputStream in = SampleArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the sample article is missing from the jar: " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
