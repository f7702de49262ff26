package org.articlesummarizer.clean;

import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of an HTML page in a few named passes, read top to bottom:
 * <ol>
 * <li>{@link MetadataReader}: title, byline, date and the rest, before anything is removed;</li>
 * <li>{@link NonContentRemover}: code, embeds, navigation, captions, hidden elements;</li>
 * <li>{@link BoilerplatePruner}: containers named as furniture (comments, share, related, ...);</li>
 * <li>{@link ContentRootFinder}: the container whose paragraphs carry the prose;</li>
 * <li>{@link BlockReader}: its headings, paragraphs, list items and quotes, in order.</li>
 * </ol>
 * Every pass is linear in the size of the page: text is measured once by {@link TextStats}.
 */
public final class HtmlArticleExtractor {

    public Article extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        JsonLd ld = JsonLd.read(doc);
        MetadataReader metadata = new MetadataReader(doc, ld);
        ArticleMetadata meta = metadata.read();
        String title = metadata.title();
        Element body = doc.body();
        if (body == null) return new Article(title, List.of(), meta);

        NonContentRemover.removeFrom(doc);
        BoilerplatePruner.prune(body, TextStats.measure(body));
        TextStats stats = TextStats.measure(body);
        List<Element> content = new ContentRootFinder(stats).find(body);
        List<Paragraph> paragraphs = new BlockReader(stats, title).read(content);
        return new Article(title, paragraphs, meta);
    }
}
