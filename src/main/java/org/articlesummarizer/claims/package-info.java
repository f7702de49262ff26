/**
 * Claim attribution: for each sentence, whether it is a direct quote, reported speech or the
 * writer's own assertion, who said it (the source as written and, for pronouns and short names,
 * the full name) and the cue. {@link org.articlesummarizer.claims.ClaimDetector} is the entry
 * point; the other classes are its passes: {@code QuoteTracker} (quotation marks across
 * sentences and paragraphs), {@code CueLexicon} (cue words checked against PolNeAR's train
 * split), {@code SpeakerFinder} (the cue of a sentence and where its source lies),
 * {@code SourcePhrases} and {@code SourceWords} (the noun phrase that is the source),
 * {@code NameResolver} (the full name behind "he" or "Sullivan").
 */
package org.articlesummarizer.claims;
