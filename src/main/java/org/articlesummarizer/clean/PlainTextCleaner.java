package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Paragraph;

/**
 * Cleans scraped plain text: finds the title (and a section label above it) and keeps the
 * blocks that read as article prose, dropping the site furniture that scrapers carry along
 * (share and comment widgets, "Related Articles", "Back to top", ad-blocker pleas, menus).
 * The readers' comments below an article are prose too: the line that opens them ends the article.
 */
public final class PlainTextCleaner {

    /**
     * Article words that must come before a line that opens the comments, for it to end the article:
     * a "Comments" link in the menu above the article is no such line.
     */
    private static final int MIN_WORDS_BEFORE_COMMENTS = 100;

    public Article clean(String text, String fallbackTitle) {
        List<String> blocks = blocks(text);
        Map<String, Integer> repeats = new HashMap<>();
        for (String b : blocks) repeats.merge(b, 1, Integer::sum);

        String title = null;
        String section = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        int articleWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            boolean prose = isProse(block);
            if (title == null && paragraphs.isEmpty() && looksLikeHeadline(block)) {
                // A short label right above the headline is the section ("Business & Defence").
                if (i + 1 < blocks.size() && looksLikeHeadline(blocks.get(i + 1))
                        && Furniture.wordCount(block) <= 4 && Furniture.wordCount(blocks.get(i + 1)) > Furniture.wordCount(block)) {
                    section = block;
                    continue;
                }
                title = block;
                continue;
            }
            if (articleWords >= MIN_WORDS_BEFORE_COMMENTS && Furniture.opensComments(block)) break;
            if (!prose || repeats.get(block) > 1 && block.length() < 200) continue;
            if (Furniture.isFurnitureLine(block)) continue;
            paragraphs.add(new Paragraph(paragraphs.size(), Paragraph.Kind.TEXT, block));
            articleWords += Furniture.wordCount(block);
        }
        if (title == null) title = fallbackTitle;
        ArticleMetadata meta = new ArticleMetadata(null, null, null, section, null, InputFormat.TEXT.wireName());
        return new Article(title, paragraphs, meta);
    }

    /**
     * Blocks are separated by blank lines. In hard-wrapped text ({@link #wrapWidth}) a line break
     * inside a block is the wrapping's; otherwise each line is a paragraph, a heading or furniture
     * (see {@link #lineBlocks}).
     */
    static List<String> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = lines[i].strip().replace('\u00a0', ' ');
        int wrapWidth = wrapWidth(lines);
        return wrapWidth > 0 ? wrappedBlocks(lines, wrapWidth) : lineBlocks(lines);
    }

    /**
     * Lines that are paragraphs: single line breaks inside a block are joined, but a run of short
     * lines (a menu, a list of links) stays one line each. A line that opens the comments is a block
     * of its own, wherever it stands, for {@link #clean} to see it.
     */
    private static List<String> lineBlocks(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, out);
            } else if (Furniture.opensComments(line)) {
                flush(current, out);
                out.add(line);
            } else if (current.length() > 0 && !endsSentence(current) && !isProse(line)
                    || current.length() > 0 && !isProse(current.toString()) && !isProse(line)) {
                flush(current, out);
                current.append(line);
            } else {
                if (current.length() > 0) current.append(' ');
                current.append(line);
            }
        }
        flush(current, out);
        return out;
    }

    /**
     * Hard-wrapped lines: a line continues the block when the line before ran to the margin. A line
     * past the margin (a link, a table row) was never wrapped: it is a block of its own.
     */
    private static List<String> wrappedBlocks(String[] lines, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean previousRanToMargin = false;
        for (String line : lines) {
            boolean pastMargin = line.length() > width;
            if (!previousRanToMargin || pastMargin) flush(current, out);
            if (!line.isEmpty()) {
                if (current.length() > 0) current.append(' ');
                current.append(line);
            }
            if (pastMargin) flush(current, out);
            previousRanToMargin = ranToMargin(line, width);
        }
        flush(current, out);
        return out;
    }

    /** A line at least this share of the wrap width ran to the margin: the text goes on in the next line. */
    private static final double FULL_LINE = 0.6;
    /** Text wrapped wider than this is not hard-wrapped: e-mail and plain-text files wrap at 60 to 80. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** Fewer lines than this say too little about how a text is wrapped. */
    private static final int MIN_WRAPPED_LINES = 4;
    /** Lines past the wrap width a wrapped text may have (links, table rows), as a share of its lines. */
    private static final double MAX_OVERLONG_SHARE = 0.1;

    /**
     * The width hard-wrapped text (an e-mail, a saved plain-text page, {@code fold}) is wrapped at,
     * or 0 when it is not: then each line is a paragraph, a heading or a line of furniture, as in
     * scraped text and in one-paragraph-per-line corpora. Wrapped text has few lines longer than
     * {@link #MAX_WRAP_WIDTH} (a link or a table row the wrapping left alone), and its width is its
     * longest line below that; at least half its lines run to the margin; and most of those end
     * in the middle of a sentence, where a paragraph per line ends at the sentence's end.
     *
     * @param lines the text's lines, stripped
     */
    static int wrapWidth(String[] lines) {
        int width = 0;
        int nonEmpty = 0;
        int overlong = 0;
        for (String line : lines) {
            if (line.isEmpty()) continue;
            nonEmpty++;
            if (line.length() > MAX_WRAP_WIDTH) overlong++;
            else width = Math.max(width, line.length());
        }
        if (nonEmpty < MIN_WRAPPED_LINES || overlong > MAX_OVERLONG_SHARE * nonEmpty) return 0;
        int full = 0;
        int midSentence = 0;
        for (String line : lines) {
            if (!ranToMargin(line, width)) continue;
            full++;
            if (!endsSentence(line)) midSentence++;
        }
        return 2 * full >= nonEmpty && 2 * midSentence > full ? width : 0;
    }

    /** Whether a line of text wrapped at {@code width} ran to the margin: near it, and not past it. */
    private static boolean ranToMargin(String line, int width) {
        return line.length() >= FULL_LINE * width && line.length() <= width && !line.isEmpty();
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString().replaceAll("\\s+", " ").strip());
            current.setLength(0);
        }
    }

    private static boolean endsSentence(CharSequence s) {
        String t = s.toString().strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '"' || last == '”' || last == '’' || last == '\'' || last == ')') {
            t = t.substring(0, t.length() - 1).strip();
            if (t.isEmpty()) return false;
            last = t.charAt(t.length() - 1);
        }
        return last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
    }

    /** Prose ends like a sentence or is long enough that no menu would be. */
    static boolean isProse(String block) {
        return endsSentence(block) && Furniture.wordCount(block) >= 4 || Furniture.wordCount(block) >= 16;
    }

    static boolean looksLikeHeadline(String block) {
        int words = Furniture.wordCount(block);
        if (words == 0 || words > 25 || Furniture.isFurnitureLine(block)) return false;
        String t = block.strip();
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ':' && last != ',';
    }
}
