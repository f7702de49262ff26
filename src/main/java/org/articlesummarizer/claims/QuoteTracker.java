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
 *
 * <p>It reads the sentences in order, each through the scan of the cue pre-check ({@link
 * CueLexicon#mayHaveCue}): {@link #begin} a sentence, hand it every {@link #mayBeMark} character
 * met ({@link #mark}), and {@link #end} it. That scan reads every character of every sentence
 * anyway, and a pass of its own over them here cost as much as the pre-check itself; read so, the
 * tracker also says whether the word at hand stands inside a quotation ({@link #open}) without
 * knowing where the sentence's quotations end.
 */
final class QuoteTracker {

    /** One quotation: the sentences it runs over, first and last inclusive. */
    record Quote(int firstSentence, int lastSentence) {
    }

    private static final int[] NONE = new int[0];

    private final List<Sentence> sentences;
    /** Per sentence: quoted character ranges as from, to pairs (marks included). */
    private final int[][] ranges;
    /** Per sentence: how many words stand inside quotation marks. */
    final int[] quotedWords;
    final List<Quote> quotes = new ArrayList<>();

    /** Whether a quotation is open at the point the scan has reached. */
    private boolean open;
    /** The sentence the open quotation started in. */
    private int openSentence = -1;
    /** The sentence being read, and where its open quotation's range starts (0 for one carried over). */
    private int sentence = -1;
    private int rangeStart;
    /** The ranges of the sentence being read, as from, to pairs, {@code count} of them. */
    private int[] range = new int[8];
    private int count;

    QuoteTracker(List<Sentence> sentences) {
        this.sentences = sentences;
        int n = sentences.size();
        ranges = new int[n][];
        quotedWords = new int[n];
    }

    /**
     * Starts sentence {@code s} (the one after the last), whose characters are {@code text[0,
     * length)}; returns where its scan starts: after the mark that reopens, at the start of a
     * paragraph, a quotation carried over from the one before, else 0.
     */
    int begin(int s, char[] text, int length) {
        sentence = s;
        count = 0;
        rangeStart = 0;
        if (open && s > 0 && sentences.get(s).paragraph() != sentences.get(s - 1).paragraph()) {
            int first = firstNonSpace(text, length);
            int reopening = first < length ? markLength(text, length, first) : 0;
            if (reopening > 0) return first + reopening;
            if (marksInParagraph(sentences, s) % 2 == 0) {
                quotes.add(new Quote(openSentence, s - 1));
                open = false;
            }
        }
        return 0;
    }

    /** Whether the scan of the current sentence stands inside a quotation. */
    boolean open() {
        return open;
    }

    /**
     * Reads the character at {@code i} of the current sentence, one that {@link #mayBeMark}: opens or
     * closes a quotation if it is a mark; returns how many characters it took (1 for no mark).
     */
    int mark(char[] text, int length, int i) {
        int len = markLength(text, length, i);
        if (len == 0) return 1;
        char c = text[i];
        if (!open && (c == '”' || c == '»') && i > 0 && !Character.isWhitespace(text[i - 1])) {
            return len; // a stray closing mark
        }
        if (!open && c == '\'' && len == 1 && i > 1 && text[i - 2] == 's') {
            return len; // "the players ' wages": a plural possessive, not a quote
        }
        if (open) {
            add(rangeStart, i + len);
            quotes.add(new Quote(openSentence, sentence));
            open = false;
        } else {
            open = true;
            openSentence = sentence;
            rangeStart = i;
        }
        return len;
    }

    /**
     * Ends the current sentence: reads its marks from {@code from} on (a scan that stopped early leaves
     * the rest to this), then notes its quoted ranges and words; after the last sentence, closes a
     * quotation still open.
     */
    void end(char[] text, int length, int from) {
        for (int i = from; i < length; ) i += mayBeMark(text[i]) ? mark(text, length, i) : 1;
        if (open) add(rangeStart, length);
        int[] r = count == 0 ? NONE : Arrays.copyOf(range, 2 * count);
        ranges[sentence] = r;
        quotedWords[sentence] = count == 0 ? 0 : countWords(text, r);
        if (open && sentence == ranges.length - 1) quotes.add(new Quote(openSentence, sentence));
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
     * Whether {@code c} is a character that {@link #markLength} may read as a mark: one test per
     * character for the scan of a sentence with quotation marks, most of whose characters are none.
     */
    static boolean mayBeMark(char c) {
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

    private void add(int from, int to) {
        if (2 * count + 2 > range.length) range = Arrays.copyOf(range, 2 * range.length);
        range[2 * count] = from;
        range[2 * count + 1] = to;
        count++;
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
