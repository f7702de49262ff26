package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Paragraph;

/**
 * Reads Markdown as an article: the first level-one heading is the title, other headings stay
 * headings, list items and quotes keep their kind, and inline markup is reduced to its text.
 */
public final class MarkdownReader {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^>+\\s?");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("[-*_=]{3,}");

    public Article read(String markdown, String fallbackTitle) {
        String title = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Paragraph.Kind currentKind = Paragraph.Kind.TEXT;
        boolean inFence = false;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) continue;
            var heading = HEADING.matcher(line.strip());
            var item = LIST_ITEM.matcher(line);
            if (line.isBlank()) {
                add(paragraphs, current, currentKind);
                currentKind = Paragraph.Kind.TEXT;
            } else if (heading.matches()) {
                add(paragraphs, current, currentKind);
                String text = inline(heading.group(2));
                if (title == null && heading.group(1).length() == 1 && paragraphs.isEmpty()) {
                    title = text;
                } else if (!text.isBlank()) {
                    paragraphs.add(new Paragraph(paragraphs.size(), Paragraph.Kind.HEADING, text));
                }
                currentKind = Paragraph.Kind.TEXT;
            } else if (item.matches()) {
                add(paragraphs, current, currentKind);
                current.append(inline(item.group(2)));
                currentKind = Paragraph.Kind.LIST_ITEM;
            } else if (line.strip().startsWith(">")) {
                if (currentKind != Paragraph.Kind.QUOTE) add(paragraphs, current, currentKind);
                appendLine(current, inline(QUOTE_MARKER.matcher(line.strip()).replaceFirst("")));
                currentKind = Paragraph.Kind.QUOTE;
            } else if (THEMATIC_BREAK.matcher(line.strip()).matches()) {
                add(paragraphs, current, currentKind);
            } else {
                appendLine(current, inline(line.strip()));
            }
        }
        add(paragraphs, current, currentKind);
        if (title == null) title = fallbackTitle;
        return new Article(title, paragraphs,
                new ArticleMetadata(null, null, null, null, null, InputFormat.MARKDOWN.wireName()));
    }

    static String inline(String s) {
        String out = IMAGE.matcher(s).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = EMPHASIS.matcher(out).replaceAll("$2");
        return out.strip();
    }

    private static void appendLine(StringBuilder current, String text) {
        if (current.length() > 0) current.append(' ');
        current.append(text);
    }

    private static void add(List<Paragraph> paragraphs, StringBuilder current, Paragraph.Kind kind) {
        String text = current.toString().strip();
        current.setLength(0);
        if (!text.isEmpty()) paragraphs.add(new Paragraph(paragraphs.size(), kind, text));
    }
}
