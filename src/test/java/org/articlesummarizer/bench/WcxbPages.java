package org.articlesummarizer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.ArticleMetadata;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.clean.ArticleCleaner;

/**
 * Reads a WCXB-style extraction folder: {@code html/ID.html.gz}, {@code truth/ID.txt} and
 * {@code meta/ID.json} ({"title","author","publish_date"}, null where unknown).
 */
public final class WcxbPages {

    /** One page: its raw HTML bytes (decompressed), the main-content truth and the truth metadata. */
    public record Page(String id, byte[] html, String truth, String title, String author, String date) {

        /** The page decoded as UTF-8, as upstream reads every page of this set. */
        public String htmlText() {
            return new String(html, StandardCharsets.UTF_8);
        }

        /** What our cleaner makes of the page, read as UTF-8 HTML; a page it rejects is an empty article. */
        public Article cleanedBy(ArticleCleaner cleaner) {
            try {
                return cleaner.clean(new InputDocument(html, id + ".html", "text/html; charset=utf-8"));
            } catch (RejectedInputException e) {
                return new Article(null, List.of(), ArticleMetadata.empty("html"));
            }
        }
    }

    private WcxbPages() {
    }

    /** The WCXB dev folder: {@code dir} itself when it holds {@code html/}, else the one under a shared data folder. */
    public static Path folder(Path dir) {
        return Files.isDirectory(dir.resolve("html")) ? dir : dir.resolve("extraction/wcxb-dev-articles");
    }

    /** The pages in id order; {@code limit <= 0} means all of them. */
    public static List<Page> load(Path folder, int limit) {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("html"))) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
            for (Path htmlFile : sorted) {
                if (limit > 0 && pages.size() >= limit) break;
                String id = htmlFile.getFileName().toString().replace(".html.gz", "");
                pages.add(read(folder, id, htmlFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static Page read(Path folder, String id, Path htmlFile) throws IOException {
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlFile))) {
            html = in.readAllBytes();
        }
        String truth = Files.readString(folder.resolve("truth").resolve(id + ".txt"), StandardCharsets.UTF_8);
        JsonObject meta = Json.parse(Files.readString(folder.resolve("meta").resolve(id + ".json"))).asObject();
        return new Page(id, html, truth, string(meta, "title"), string(meta, "author"), string(meta, "publish_date"));
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || !v.isString() || v.asString().isBlank() ? null : v.asString();
    }
}
