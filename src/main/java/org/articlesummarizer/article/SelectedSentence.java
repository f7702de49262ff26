package org.articlesummarizer.article;

/** A sentence chosen for the summary, with the score that chose it and its claim annotation. */
public record SelectedSentence(Sentence sentence, double score, Claim claim) {
}
