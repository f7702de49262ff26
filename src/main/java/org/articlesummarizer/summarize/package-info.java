/** Sentence scoring and selection: which sentences carry the key claims, within the budget. */
package org.articlesummarizer.summarize;
