package org.articlesummarizer.claims;

import java.util.ArrayList;
import java.util.List;

import org.articlesummarizer.article.Sentence;

/**
 * Follows double quotation marks through the article, across sentences and paragraphs, and says
 * which tokens are quoted and which quotes span which sentences. A mark opens a quote when none is
 * open and closes it otherwise, whatever its shape (scraped text often has “ for ”). A quote open
 * at the end of a paragraph goes on into the next one when that paragraph opens with a quotation
 * mark (the newspaper convention) or holds an odd number of marks (a closing mark left for it);
 * otherwise it ends with its paragraph.
 */
final class QuoteTracker {

    /** One quotation: the sentences it runs over, first and last inclusive. */
    record Quote(int firstSentence, int lastSentence) {
        boolean spans(int sentence) {
            return sentence >= firstSentence && sentence <= lastSentence;
        }
    }

    /** Per sentence, per token: inside quotation marks (the marks themselves included). */
    final boolean[][] quoted;
    /** Per sentence: how many words stand inside quotation marks. */
    final int[] quotedWords;
    final List<Quote> quotes = new ArrayList<>();

    QuoteTracker(List<Sentence> sentences, List<List<Token>> tokens) {
        int n = sentences.size();
        quoted = new boolean[n][];
        quotedWords = new int[n];
        boolean open = false;
        int openSentence = -1;
        for (int s = 0; s < n; s++) {
            List<Token> ts = tokens.get(s);
            quoted[s] = new boolean[ts.size()];
            boolean newParagraph = s > 0 && sentences.get(s).paragraph() != sentences.get(s - 1).paragraph();
            int from = 0;
            if (open && newParagraph) {
                if (!ts.isEmpty() && isDoubleMark(ts.get(0))) {
                    quoted[s][0] = true;
                    from = 1; // the mark that reopens a continued quote
                } else if (marksInParagraph(sentences, tokens, s) % 2 == 0) {
                    quotes.add(new Quote(openSentence, s - 1));
                    open = false;
                }
            }
            for (int i = from; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (isDoubleMark(t)) {
                    if (!open && t.type() == Token.Type.CLOSE_QUOTE && i > 0 && !isAfterSpace(ts, i)) {
                        continue; // a stray closing mark
                    }
                    quoted[s][i] = true;
                    if (open) {
                        quotes.add(new Quote(openSentence, s));
                        open = false;
                    } else {
                        open = true;
                        openSentence = s;
                    }
                    continue;
                }
                quoted[s][i] = open;
                if (open && t.isWord()) quotedWords[s]++;
            }
        }
        if (open) quotes.add(new Quote(openSentence, n - 1));
    }

    private static boolean isAfterSpace(List<Token> ts, int i) {
        return ts.get(i - 1).end() < ts.get(i).start();
    }

    private static int marksInParagraph(List<Sentence> sentences, List<List<Token>> tokens, int s) {
        int paragraph = sentences.get(s).paragraph();
        int marks = 0;
        for (int k = s; k < sentences.size() && sentences.get(k).paragraph() == paragraph; k++) {
            for (Token t : tokens.get(k)) if (isDoubleMark(t)) marks++;
        }
        return marks;
    }

    static boolean isDoubleMark(Token t) {
        if (!t.isQuote()) return false;
        String x = t.text();
        return !(x.equals("'") || x.equals("’") || x.equals("‘"));
    }

    /** The last quotation that covers the sentence, or null. */
    Quote quoteOf(int sentence) {
        Quote found = null;
        for (Quote q : quotes) if (q.spans(sentence)) found = q;
        return found;
    }
}
