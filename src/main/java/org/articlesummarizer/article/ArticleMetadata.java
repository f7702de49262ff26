package org.articlesummarizer.article;

/**
 * What the page says about itself. Every field may be null when the input does not tell.
 *
 * @param publishedTime ISO-8601 date or date-time as found (normalised to ISO where it could be parsed)
 * @param format        the detected input format: html, text, markdown or json
 */
public record ArticleMetadata(String byline, String publishedTime, String siteName,
                              String section, String language, String format) {

    public static ArticleMetadata empty(String format) {
        return new ArticleMetadata(null, null, null, null, null, format);
    }
}
