/**
 * The text analysis every later stage reads: sentence splitting ({@link org.articlesummarizer.text.SentenceSplitter},
 * with datelines removed by {@link org.articlesummarizer.text.Dateline}), tokenizing, Porter stemming and stop words.
 */
package org.articlesummarizer.text;
