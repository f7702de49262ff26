package org.articlesummarizer.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.articlesummarizer.article.Sentence;

/**
 * Follows double quotation marks (“ ” " « » '' ``), and the lone single marks with spaces around
 * them that pre-tokenised British copy quotes with (" ' we won , ' he said"), through the article, across sentences and
 * paragraphs: which stretches of each sentence are quoted and which quotations span which
 * sentences. A mark opens a quote when none is open and closes it otherwise, whatever its shape
 * (scraped text often has “ for ”). A quote still open at the end of a paragraph goes on into the
 * next one when that paragraph opens with a quotation mark (the newspaper convention) or holds an
 * odd number of marks (a closing mark left for it); otherwise it ends with its paragraph. Works
 * on characters: no tokens needed.
 */
final class QuoteTracker {

    /** One quotation: the sentences it runs over, first and last inclusive. */
    record Quote(int firstSentence, int lastSentence) {
    }

    private static final int[] NONE = new int[0];

    /** Per sentence: quoted character ranges as from, to pairs (marks included). */
    private final int[][] ranges;
    /** Per sentence: how many words stand inside quotation marks. */
    final int[] quotedWords;
    final List<Quote> quotes = new ArrayList<>();

    QuoteTracker(List<Sentence> sentences) {
        int n = sentences.size();
        ranges = new int[n][];
        quotedWords = new int[n];
        boolean open = false;
        int openSentence = -1;
        // a sentence is read from a copy of its characters: String.charAt checks its index on every
        // call, which cost more than the copy for sentences with curly quotes (stored as UTF-16); and
        // one pass over the copy finds whether it holds a mark at all, where six String.indexOf did,
        // which profiles showed running their Java loops (no vectorised search)
        char[] text = new char[256];
        for (int s = 0; s < n; s++) {
            String sentence = sentences.get(s).text();
            int length = sentence.length();
            boolean newParagraph = s > 0 && sentences.get(s).paragraph() != sentences.get(s - 1).paragraph();
            if (text.length < length) text = new char[Math.max(length, 2 * text.length)];
            sentence.getChars(0, length, text, 0);
            int firstMark = open ? 0 : firstMark(text, length);
            if (firstMark < 0) {
                ranges[s] = NONE; // most sentences: no quotation mark at all
                continue;
            }
            int[] r = NONE;
            int count = 0;
            int from = firstMark; // outside a quotation, the characters before the first mark change nothing
            int rangeStart = 0;
            if (open && newParagraph) {
                int first = firstNonSpace(text, length);
                if (first < length && markLength(text, length, first) > 0) {
                    from = first + markLength(text, length, first); // the mark that reopens a continued quote
                } else if (marksInParagraph(sentences, s) % 2 == 0) {
                    quotes.add(new Quote(openSentence, s - 1));
                    open = false;
                }
            }
            for (int i = from; i < length; ) {
                int len = mayBeMark(text[i]) ? markLength(text, length, i) : 0;
                if (len == 0) {
                    i++;
                    continue;
                }
                char c = text[i];
                if (!open && (c == '”' || c == '»') && i > 0 && !Character.isWhitespace(text[i - 1])) {
                    i += len; // a stray closing mark
                    continue;
                }
                if (!open && c == '\'' && len == 1 && i > 1 && text[i - 2] == 's') {
                    i += len; // "the players ' wages": a plural possessive, not a quote
                    continue;
                }
                if (open) {
                    r = add(r, count++, rangeStart, i + len);
                    quotes.add(new Quote(openSentence, s));
                    open = false;
                } else {
                    open = true;
                    openSentence = s;
                    rangeStart = i;
                }
                i += len;
            }
            if (open) r = add(r, count++, rangeStart, length);
            ranges[s] = count == 0 ? NONE : Arrays.copyOf(r, 2 * count);
            quotedWords[s] = countWords(text, ranges[s]);
        }
        if (open) quotes.add(new Quote(openSentence, n - 1));
    }

    /** Per token of sentence {@code s}: whether it stands inside quotation marks (marks included). */
    boolean[] quoted(int s, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        if (ranges[s].length == 0) return out;
        for (int t = 0; t < out.length; t++) out[t] = isQuoted(s, tokens.get(t).start());
        return out;
    }

    /** Whether character {@code at} of sentence {@code s} stands inside quotation marks. */
    boolean isQuoted(int s, int at) {
        int[] r = ranges[s];
        for (int k = 0; k < r.length; k += 2) if (at >= r[k] && at < r[k + 1]) return true;
        return false;
    }

    /**
     * Where {@code text[0, length)} holds its first quotation mark, or -1: a double mark, or a single one
     * that {@link #markLength} reads as a mark ('' and the lone ' with spaces around it of pre-tokenised copy).
     */
    private static int firstMark(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            if (mayBeMark(text[i]) && markLength(text, length, i) > 0) return i;
        }
        return -1;
    }

    /**
     * Whether {@code c} is a character that {@link #markLength} may read as a mark: one test per
     * character for the scan of a sentence with quotation marks, most of whose characters are none.
     */
    private static boolean mayBeMark(char c) {
        return c < 128 ? c == '"' || c == '\'' || c == '`' : c == '“' || c == '”' || c == '«' || c == '»';
    }

    /** Length of the double quotation mark at {@code i} of {@code text[0, length)}, or 0. */
    static int markLength(char[] text, int length, int i) {
        char c = text[i];
        if (c < 128 && c != '"' && c != '\'' && c != '`') return 0;
        if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»') return 1;
        if ((c == '\'' || c == '`') && i + 1 < length && text[i + 1] == c) return 2;
        // pre-tokenised British copy quotes with a lone single mark: "said : ' we won . '"
        if (c == '\'' && (i == 0 || isWhitespace(text[i - 1])) && (i + 1 == length || isWhitespace(text[i + 1]))) return 1;
        return 0;
    }

    /** {@link Character#isWhitespace}, with ASCII inline: asked of the letters around every apostrophe. */
    private static boolean isWhitespace(char c) {
        return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : Character.isWhitespace(c);
    }

    private static int[] add(int[] r, int count, int from, int to) {
        int[] out = 2 * count + 2 > r.length ? Arrays.copyOf(r, Math.max(4, r.length * 2)) : r;
        out[2 * count] = from;
        out[2 * count + 1] = to;
        return out;
    }

    private static int firstNonSpace(char[] text, int length) {
        int i = 0;
        while (i < length && Character.isWhitespace(text[i])) i++;
        return i;
    }

    private static int marksInParagraph(List<Sentence> sentences, int s) {
        int paragraph = sentences.get(s).paragraph();
        int marks = 0;
        for (int k = s; k < sentences.size() && sentences.get(k).paragraph() == paragraph; k++) {
            char[] text = sentences.get(k).text().toCharArray();
            for (int i = 0; i < text.length; i++) {
                int len = markLength(text, text.length, i);
                if (len > 0) {
                    marks++;
                    i += len - 1;
                }
            }
        }
        return marks;
    }

    private static int countWords(char[] text, int[] r) {
        int words = 0;
        for (int k = 0; k < r.length; k += 2) {
            boolean inWord = false;
            for (int i = r[k]; i < r[k + 1]; i++) {
                boolean letter = Tokens.isWordChar(text[i]); // Character.isLetterOrDigit, quicker for ASCII
                if (letter && !inWord) words++;
                inWord = letter;
            }
        }
        return words;
    }
}
