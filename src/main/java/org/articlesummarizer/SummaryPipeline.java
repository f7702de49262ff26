package org.articlesummarizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.SelectedSentence;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.article.Summary;
import org.articlesummarizer.claims.ClaimDetector;
import org.articlesummarizer.clean.ArticleCleaner;
import org.articlesummarizer.render.SummaryInfo;
import org.articlesummarizer.summarize.KeyClaimSummarizer;
import org.articlesummarizer.summarize.SentenceBudget;
import org.articlesummarizer.text.Segmenter;

/**
 * The whole core, in one direction: clean, segment, annotate claims, select. Bytes in,
 * {@link Summary} out; no AWS, no I/O. Instances are immutable and safe to share between threads.
 */
public final class SummaryPipeline {

    /** 10 MiB: well above any article, well below what a 512 MB function can hold several times over. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;

    private final ArticleCleaner cleaner;
    private final Segmenter segmenter = new Segmenter();
    private final ClaimDetector claims = new ClaimDetector();
    private final KeyClaimSummarizer summarizer = new KeyClaimSummarizer();
    private final SentenceBudget defaultBudget;

    public SummaryPipeline(SentenceBudget defaultBudget, long maxInputBytes) {
        this.defaultBudget = defaultBudget;
        this.cleaner = new ArticleCleaner(maxInputBytes);
    }

    public static SummaryPipeline withDefaults() {
        return new SummaryPipeline(SentenceBudget.AUTO, DEFAULT_MAX_INPUT_BYTES);
    }

    public Summary summarize(InputDocument input) {
        return summarize(input, defaultBudget);
    }

    public Summary summarize(InputDocument input, SentenceBudget budget) {
        Article article = cleaner.clean(input);
        return summarize(article, budget);
    }

    /** From an already-cleaned article (the benchmarks and tests start here). */
    public Summary summarize(Article article, SentenceBudget budget) {
        List<Sentence> sentences = segmenter.sentences(article);
        if (sentences.isEmpty()) {
            throw new RejectedInputException(RejectedInputException.Reason.NO_SENTENCES,
                    "the article \"" + article.title() + "\" has no sentences");
        }
        List<Claim> annotated = claims.annotate(sentences);
        List<SelectedSentence> selected = summarizer.select(article, sentences, annotated, budget);
        Map<String, String> parameters = new LinkedHashMap<>(summarizer.parameters());
        parameters.put("sentences", budget.toString());
        return new Summary(article, selected, sentences.size(),
                new Summary.Generator(SummaryInfo.NAME, Version.get(), parameters));
    }

    public ArticleCleaner cleaner() {
        return cleaner;
    }
}
