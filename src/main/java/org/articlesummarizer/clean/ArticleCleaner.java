package org.articlesummarizer.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.RejectedInputException;
import org.articlesummarizer.article.RejectedInputException.Reason;

/**
 * The cleaning stage: bytes in, {@link Article} out. Decompresses, detects the format, decodes
 * the charset, and hands the text to the reader for its format.
 */
public final class ArticleCleaner {

    private final long maxInputBytes;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final PlainTextCleaner text = new PlainTextCleaner();
    private final MarkdownReader markdown = new MarkdownReader();

    public ArticleCleaner(long maxInputBytes) {
        this.maxInputBytes = maxInputBytes;
    }

    public Article clean(InputDocument input) {
        byte[] bytes = input.bytes();
        if (bytes.length > maxInputBytes) {
            throw new RejectedInputException(Reason.TOO_LARGE,
                    "the input is " + bytes.length + " bytes; the cap is " + maxInputBytes);
        }
        String name = input.name();
        if (isGzip(bytes)) {
            bytes = gunzip(bytes, maxInputBytes);
            if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new RejectedInputException(Reason.EMPTY, "the input has no content");
        }
        InputFormat format = FormatDetector.detect(bytes, name, input.contentType());
        String decoded = TextDecoder.decode(bytes, input.contentType(), format);
        Article article = read(format, decoded, baseName(name));
        if (article.paragraphs().isEmpty()) {
            throw new RejectedInputException(Reason.NO_ARTICLE,
                    "no article text was found in the " + format.wireName() + " input");
        }
        return article;
    }

    private Article read(InputFormat format, String decoded, String fallbackTitle) {
        switch (format) {
            case HTML:
                return html.extract(decoded, null);
            case MARKDOWN:
                return markdown.read(decoded, fallbackTitle);
            case JSON:
                return readJson(decoded, fallbackTitle);
            case TEXT:
            default:
                return text.clean(decoded, fallbackTitle);
        }
    }

    /** JSON input: {"title"?: "...", "text": "..."} or {"title"?: "...", "html": "..."}. */
    private Article readJson(String decoded, String fallbackTitle) {
        JsonObject object;
        try {
            JsonValue value = Json.parse(decoded);
            if (!value.isObject()) throw new RejectedInputException(Reason.MALFORMED, "the JSON input is not an object");
            object = value.asObject();
        } catch (ParseException e) {
            throw new RejectedInputException(Reason.MALFORMED, "the JSON input is malformed: " + e.getMessage());
        }
        String title = stringField(object, "title");
        String htmlBody = stringField(object, "html");
        String textBody = stringField(object, "text");
        Article article;
        if (htmlBody != null) {
            article = html.extract(htmlBody, null);
        } else if (textBody != null) {
            article = text.clean(title != null ? title + "\n\n" + textBody : textBody, fallbackTitle);
        } else {
            throw new RejectedInputException(Reason.MALFORMED, "the JSON input has neither \"text\" nor \"html\"");
        }
        if (title != null && !title.equals(article.title())) {
            article = new Article(title, article.paragraphs(), article.metadata());
        }
        return article;
    }

    private static String stringField(JsonObject object, String name) {
        JsonValue v = object.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new RejectedInputException(Reason.MALFORMED, "\"" + name + "\" must be a string");
        return v.asString();
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Decompresses, stopping at the cap so a small bomb cannot fill the memory. */
    static byte[] gunzip(byte[] bytes, long cap) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > cap) {
                    throw new RejectedInputException(Reason.TOO_LARGE,
                            "the input decompresses to more than the cap of " + cap + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RejectedInputException(Reason.MALFORMED, "the gzip input is corrupt: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    private static String baseName(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base.isEmpty() ? null : base;
    }

    /** Convenience for callers that hold plain paragraphs already (the benchmark readers). */
    public static Article fromParagraphs(String title, java.util.List<String> texts) {
        java.util.List<Paragraph> ps = new java.util.ArrayList<>();
        for (String t : texts) if (!t.isBlank()) ps.add(new Paragraph(ps.size(), Paragraph.Kind.TEXT, t.strip()));
        return new Article(title, ps, null);
    }
}
