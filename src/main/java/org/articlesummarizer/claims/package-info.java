/** Claim attribution: for each sentence, whether it is a quote, reported speech or the writer's own, and who said it. */
package org.articlesummarizer.claims;
