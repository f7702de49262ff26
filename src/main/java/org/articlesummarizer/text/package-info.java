/** Sentence splitting, tokenizing and stop words: the text analysis every later stage reads. */
package org.articlesummarizer.text;
