package org.articlesummarizer.claims;

import java.util.ArrayList;
import java.util.List;

import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.Sentence;

/**
 * Annotates every sentence with whose claim it is: the cue and its source in the sentence
 * ({@link SpeakerFinder}), quotations followed across sentences and paragraphs ({@link
 * QuoteTracker}) so that a quote is attributed as one, and pronouns and short names resolved to
 * the full name named earlier ({@link NameResolver}). Rules only, no model; one pass over the
 * article. Instances are stateless and safe to share.
 *
 * <p>What a claim holds: {@code speaker} and {@code cue} are spans of the sentence itself, as the
 * output contract says. A sentence inside a quotation whose source is named in another sentence
 * (the middle of a quote that runs over sentences or paragraphs) is a {@code direct_quote} with
 * no speaker or cue span of its own; its {@code speakerResolved} says whose quotation it is (the
 * full name when known, else the source as written where the quote is attributed).
 */
public final class ClaimDetector {

    /** A quote needs this many quoted words to make its sentence a direct quote. */
    private static final int QUOTE_WORDS = 3;

    private final SpeakerFinder finder = new SpeakerFinder();

    /**
     * Per thread, the tokenizer, reused from article to article with its buffers, its token objects
     * and its table of words (emptied for each article, {@link Tokens#startArticle}): memory the last
     * article warmed, where a tokenizer made afresh per article wrote its buffers to memory the other
     * stages of the summariser had just pushed out of cache.
     */
    private static final ThreadLocal<Tokens> TOKENIZER = ThreadLocal.withInitial(Tokens::new);

    /** One claim per sentence, in the order given; the sentences are one article in reading order. */
    public List<Claim> annotate(List<Sentence> sentences) {
        int n = sentences.size();
        QuoteTracker quotes = new QuoteTracker(sentences);
        Span[] own = new Span[n];
        Tokens tokenizer = TOKENIZER.get(); // reused sentence after sentence: its tokens last until the next one
        tokenizer.startArticle();
        for (int i = 0; i < n; i++) {
            String text = sentences.get(i).text();
            char[] chars = tokenizer.load(text); // both tests below read this copy
            // most sentences: no tokens needed; a quotation may be framed by a verb outside the lexicon ("he mused").
            // The pre-check reads every sentence, in order: its scan is also the one that reads the quotation marks
            if (!CueLexicon.mayHaveCue(text, chars, quotes, i)
                    && (quotes.quotedWords[i] == 0 || !mayFrameQuotation(text, chars, quotes, i))) {
                continue;
            }
            Tokens tokens = tokenizer.tokenize(text);
            own[i] = finder.find(text, tokens, quotes.quoted(i, tokens));
        }

        // a quotation takes the attribution found in any of its sentences (or in the line that
        // introduces it with a colon); an unattributed quotation that follows an attributed one
        // in the same paragraph continues it
        int[] from = new int[n];
        for (int i = 0; i < n; i++) from[i] = own[i] != null ? i : -1;
        int previousSource = -1;
        QuoteTracker.Quote previous = null;
        for (QuoteTracker.Quote q : quotes.quotes) {
            int source = -1;
            for (int i = q.firstSentence(); i <= q.lastSentence() && source < 0; i++) if (own[i] != null) source = i;
            int before = q.firstSentence() - 1;
            if (source < 0 && before >= 0 && own[before] != null && sentences.get(before).text().endsWith(":")) {
                source = before;
            }
            if (source < 0 && previous != null && previousSource >= 0
                    && q.firstSentence() - previous.lastSentence() <= 1
                    && sentences.get(q.firstSentence()).paragraph() - sentences.get(previous.lastSentence()).paragraph() <= 1) {
                source = previousSource;
            }
            if (source >= 0) {
                for (int i = q.firstSentence(); i <= q.lastSentence(); i++) {
                    if (from[i] < 0 && quotes.quotedWords[i] > 0) from[i] = source;
                }
            }
            previous = q;
            previousSource = source;
        }

        NameResolver names = new NameResolver(sentences);
        String[] speakers = new String[n];
        String[] resolved = new String[n];
        List<Claim> claims = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (own[i] != null) {
                speakers[i] = own[i].speaker(sentences.get(i).text());
                resolved[i] = names.resolve(speakers[i], i, own[i].speakerStart());
            }
        }
        for (int i = 0; i < n; i++) {
            boolean quote = quotes.quotedWords[i] >= QUOTE_WORDS;
            int src = from[i];
            if (src < 0) {
                claims.add(quote ? new Claim(Claim.Kind.DIRECT_QUOTE, null, null, null) : Claim.ASSERTION);
                continue;
            }
            if (src != i) {
                // a sentence of a quotation attributed in another sentence: speaker and cue are spans
                // of their own sentence, so this one carries only whose quotation it is
                claims.add(new Claim(Claim.Kind.DIRECT_QUOTE, null, null,
                        resolved[src] != null ? resolved[src] : speakers[src]));
                continue;
            }
            Claim.Kind kind = quote ? Claim.Kind.DIRECT_QUOTE : Claim.Kind.REPORTED_SPEECH;
            claims.add(new Claim(kind, speakers[i], own[i].cue(sentences.get(i).text()), resolved[i]));
        }
        return claims;
    }

    /** Words after a quotation's end within which a verb that frames it stands: '...,” said the former senator'. */
    private static final int FRAME_WORDS = 5;

    /**
     * Whether a word in -ed follows the end of a quotation closely, as a verb that frames it does ('...,”
     * Toomey fumed', '...!” beamed Donald Hartley'): the test that spares the tokenizer the other
     * sentences with a quotation but no cue word. {@code chars} holds the sentence's characters.
     */
    private static boolean mayFrameQuotation(String text, char[] chars, QuoteTracker quotes, int sentence) {
        int n = text.length();
        for (int j = 0; j + 1 < n; j++) {
            char c = chars[j]; // the copy of the sentence: String.charAt checks its index on every call
            if (c != '”' && c != '"' && c != '\'' && c != '’' && c != '»') continue; // a quotation ends in its mark
            if (!quotes.isQuoted(sentence, j) || quotes.isQuoted(sentence, j + 1)) continue;
            int words = 0;
            int k = j + 1;
            while (k < n && words < FRAME_WORDS) {
                while (k < n && !CueLexicon.isLetter(chars[k])) k++;
                int start = k;
                while (k < n && CueLexicon.isLetter(chars[k])) k++;
                if (k > start) words++;
                if (k - start >= 5 && chars[k - 2] == 'e' && chars[k - 1] == 'd' && Character.isLowerCase(chars[start])) return true;
            }
        }
        return pastTenseOpensQuotation(text);
    }

    /** Whether a word in -ed and a colon open a quotation, as a verb that frames it does ("Kasich resisted: “..."). */
    private static boolean pastTenseOpensQuotation(String text) {
        for (int j = text.indexOf("ed:"); j > 0; j = text.indexOf("ed:", j + 3)) {
            int k = j + 3;
            while (k < text.length() && text.charAt(k) == ' ') k++;
            char c = k < text.length() ? text.charAt(k) : ' ';
            if (c == '"' || c == '\'' || Tokens.isDashOrQuote(c)) return true;
        }
        return false;
    }
}
