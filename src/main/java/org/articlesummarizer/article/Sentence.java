package org.articlesummarizer.article;

/**
 * One sentence of the article body.
 *
 * @param index     position among all sentences of the article, from 0
 * @param paragraph index of the paragraph it belongs to
 */
public record Sentence(int index, int paragraph, String text) {
}
