package org.articlesummarizer.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.text.StopWords;
import org.articlesummarizer.text.Tokenizer;

/**
 * Picks the sentences that carry the article's key claims. First version: position, overlap
 * with the title, centrality (content-word overlap with the rest of the article) and a bonus
 * for attributed claims; redundancy is controlled by skipping near-repeats; document order.
 */
public final class KeyClaimSummarizer {

    public List<SelectedSentence> select(Article article, List<Sentence> sentences, List<Claim> claims,
                                         SentenceBudget budget) {
        int k = budget.sentencesFor(sentences.size());
        if (k == 0) return List.of();
        List<Set<String>> content = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Sentence s : sentences) {
            Set<String> words = contentWords(s.text());
            content.add(words);
            for (String w : words) documentFrequency.merge(w, 1, Integer::sum);
        }
        Set<String> titleWords = article.title() == null ? Set.of() : contentWords(article.title());

        double[] score = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> words = content.get(i);
            double centrality = 0;
            for (String w : words) centrality += documentFrequency.get(w) - 1;
            centrality = words.isEmpty() ? 0 : centrality / (sentences.size() * Math.sqrt(words.size()));
            double position = 1.0 / (1 + i * 0.5);
            double title = titleWords.isEmpty() ? 0 : overlap(words, titleWords) / (double) titleWords.size();
            double claim = claims.get(i).attributed() ? 0.15 : 0;
            double shortPenalty = words.size() < 5 ? 0.3 : 0;
            double question = sentences.get(i).text().strip().endsWith("?") ? 0.3 : 0;
            score[i] = position + centrality + 0.5 * title + claim - shortPenalty - question;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -score[i]));

        List<Integer> chosen = new ArrayList<>();
        for (int i : order) {
            if (chosen.size() == k) break;
            boolean redundant = false;
            for (int j : chosen) {
                if (jaccard(content.get(i), content.get(j)) > 0.6) redundant = true;
            }
            if (!redundant) chosen.add(i);
        }
        chosen.sort(Integer::compare);
        List<SelectedSentence> out = new ArrayList<>();
        for (int i : chosen) out.add(new SelectedSentence(sentences.get(i), round(score[i]), claims.get(i)));
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Tokenizer.words(text)) if (!StopWords.contains(w) && w.length() > 1) out.add(w);
        return out;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) if (b.contains(w)) n++;
        return n;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int inter = overlap(a, b);
        return inter / (double) (a.size() + b.size() - inter);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Parameters that reproduce this summariser's choice, for the output's generator block. */
    public Map<String, String> parameters() {
        return Map.of("algorithm", "position+centrality+title+attribution, jaccard-0.6 redundancy");
    }
}
