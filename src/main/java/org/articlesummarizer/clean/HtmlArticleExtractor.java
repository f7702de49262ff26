package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main content of an HTML page, in the manner of Readability: drop the elements that
 * are never content, score each block container by the prose paragraphs it holds, take the
 * best, and read its headings, paragraphs, list items and quotes in order.
 */
public final class HtmlArticleExtractor {

    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|footer|header|menu|nav|share|social|related|newsletter|cookie|promo|sidebar"
                    + "|advert|banner|popup|modal|subscribe|breadcrumb|widget|sponsor|outbrain|taboola");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text");

    public Article extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        ArticleMetadata meta = MetadataReader.read(doc);
        String title = MetadataReader.title(doc);

        doc.select("script, style, noscript, iframe, form, nav, header, footer, aside, svg, button, "
                + "figure figcaption, [hidden], [aria-hidden=true]").remove();
        for (Element e : doc.body() == null ? new Elements() : doc.body().select("[class], [id]")) {
            String hints = e.className() + " " + e.id();
            if (UNLIKELY.matcher(hints).find() && !LIKELY.matcher(hints).find() && e.parent() != null
                    && !e.tagName().equals("body") && !e.tagName().equals("article") && !e.tagName().equals("main")) {
                e.remove();
            }
        }
        Element root = bestContainer(doc);
        List<Paragraph> paragraphs = new ArrayList<>();
        if (root != null) {
            for (Element block : root.select("p, h2, h3, h4, li, blockquote, pre")) {
                if (insideReadBlock(block, root)) continue;
                String text = block.text().strip();
                if (text.isEmpty() || title != null && text.equals(title)) continue;
                Paragraph.Kind kind = block.is("h2, h3, h4") ? Paragraph.Kind.HEADING
                        : block.is("li") ? Paragraph.Kind.LIST_ITEM
                        : block.is("blockquote") ? Paragraph.Kind.QUOTE : Paragraph.Kind.TEXT;
                if (kind == Paragraph.Kind.TEXT && PlainTextCleaner.isFurniture(text)) continue;
                paragraphs.add(new Paragraph(paragraphs.size(), kind, text));
            }
        }
        return new Article(title, paragraphs, meta);
    }

    /** The element whose prose paragraphs carry the most text, favouring article/main. */
    private static Element bestContainer(Document doc) {
        if (doc.body() == null) return null;
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.body().select("p, pre")) {
            String text = p.text();
            if (text.length() < 25) continue;
            double score = 1 + Math.min(3, text.length() / 100.0) + count(text, ',');
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double linkDensity = linkDensity(el);
            double score = e.getValue() * (1 - linkDensity);
            if (el.is("article, main, [itemprop=articleBody]")) score *= 1.5;
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        return best != null ? best : doc.body();
    }

    /** Blocks nested in a block we already read (a paragraph inside a list item) are read once. */
    private static boolean insideReadBlock(Element e, Element root) {
        for (Element a = e.parent(); a != null && a != root; a = a.parent()) {
            if (a.is("p, li, blockquote, pre")) return true;
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return (double) links / total;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
