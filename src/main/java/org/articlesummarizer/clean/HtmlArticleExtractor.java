package org.articlesummarizer.clean;

import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.Paragraph;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the main content of an HTML page in a few named passes, read top to bottom:
 * <ol>
 * <li>{@link MetadataReader}: title ({@link HeadlineReader}), byline, date and the rest, before anything is removed;</li>
 * <li>{@link NonContentRemover}: code, embeds, navigation, captions, hidden elements;</li>
 * <li>{@link BoilerplatePruner}: containers named as furniture (comments, share, related, ...);</li>
 * <li>{@link ContentRootFinder}: the container whose paragraphs carry the prose;</li>
 * <li>{@link BlockReader}: its headings, paragraphs, list items and quotes, in order;</li>
 * <li>{@link AuthorBio}: the writer's biography at the article's end, told by the byline's name.</li>
 * </ol>
 * Every pass is linear in the size of the page: text is measured once by {@link TextStats}.
 * As in Readability, when the strict attempt finds next to nothing (a page that hides its
 * article until a script runs, a page builder that names every block "widget-..."), a lenient
 * attempt keeps hidden and furniture-named elements.
 */
public final class HtmlArticleExtractor {

    /** Below this many characters the strict attempt has probably thrown the article away. */
    private static final int MIN_ARTICLE_CHARS = 250;

    public Article extract(String html, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        Document doc = parse(html, base);
        // measured once, before anything is removed: the metadata passes and the strict attempt share it
        TextStats stats = TextStats.measure(doc.body());
        MetadataReader metadata = new MetadataReader(doc, stats);
        ArticleMetadata meta = metadata.read();
        String title = metadata.title();
        List<String> headlines = metadata.headlineTexts();
        SiteLinks siteLinks = metadata.siteLinks();
        List<Paragraph> strict = paragraphs(doc.body(), stats, headlines, siteLinks, true);
        if (chars(strict) >= MIN_ARTICLE_CHARS) return new Article(title, finished(strict, meta), meta);
        // the strict attempt removed elements from the tree: the lenient one reads the page afresh
        // (the metadata was read before anything was removed, so it holds for both)
        Element lenientBody = parse(html, base).body();
        List<Paragraph> lenient = paragraphs(lenientBody, TextStats.measure(lenientBody), headlines, siteLinks, false);
        return new Article(title, finished(chars(lenient) > chars(strict) ? lenient : strict, meta), meta);
    }

    /** The body read, without the writer's biography below it and without headings left heading nothing. */
    private static List<Paragraph> finished(List<Paragraph> body, ArticleMetadata meta) {
        return BlockReader.withoutTrailingHeadings(AuthorBio.withoutTrailingBio(body, meta.byline()));
    }

    /**
     * The page's tree, parsed without the script and style bodies no pass reads ({@link ScriptSkipper}),
     * with the sections a page streams in late put where its scripts would put them ({@link StreamedSegments}).
     */
    static Document parse(String html, String base) {
        Document doc = Parser.htmlParser().parseInput(ScriptSkipper.reader(html), base);
        StreamedSegments.putInPlace(doc.body());
        return doc;
    }

    private static List<Paragraph> paragraphs(Element body, TextStats stats, List<String> headlines, SiteLinks siteLinks,
            boolean strict) {
        if (body == null) return List.of();
        ClassHints hints = new ClassHints();
        NonContentRemover.removeFrom(stats, strict);
        if (strict) BoilerplatePruner.prune(body, stats, hints);
        List<Element> content = new ContentRootFinder(stats, hints).find(body);
        return new BlockReader(stats, hints, headlines, siteLinks).read(content);
    }

    private static int chars(List<Paragraph> paragraphs) {
        int n = 0;
        for (Paragraph p : paragraphs) n += p.text().length();
        return n;
    }
}
