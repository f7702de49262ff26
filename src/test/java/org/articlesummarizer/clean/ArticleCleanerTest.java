package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.InputDocument;
import org.articlesummarizer.article.RejectedInputException;
import org.junit.jupiter.api.Test;

/** Bytes in, article out: charsets, caps and pages with nothing to read. */
class ArticleCleanerTest {

    private static final String PROSE = "Caf\u00e9 owners say the new rules, which start in June, will cost them "
            + "\u20ac2,000 a year \u2014 \u201cmore than we can bear,\u201d one said.";
    private final ArticleCleaner cleaner = new ArticleCleaner(1 << 20);

    private Article clean(byte[] bytes, String contentType) {
        return cleaner.clean(new InputDocument(bytes, "page.html", contentType));
    }

    private static String page(String metaCharset) {
        return "<html><head>" + metaCharset + "<title>Rules</title></head><body><article><p>" + PROSE
                + "</p><p>" + PROSE + "</p></article></body></html>";
    }

    @Test
    void readsTheCharsetDeclaredInAMetaTag() {
        byte[] bytes = page("<meta charset=windows-1252>").getBytes(Charset.forName("windows-1252"));
        assertEquals(PROSE, clean(bytes, null).paragraphs().get(0).text());
    }

    @Test
    void readsIso88591LabelsAsWindows1252AsBrowsersDo() {
        byte[] bytes = page("<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>")
                .getBytes(Charset.forName("windows-1252"));
        assertEquals(PROSE, clean(bytes, null).paragraphs().get(0).text());
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] page = page("<meta charset=iso-8859-1>").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[page.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(page, 0, bytes, 3, page.length);
        assertEquals(PROSE, clean(bytes, null).paragraphs().get(0).text());
    }

    @Test
    void undeclaredWindows1252IsNotReadAsBrokenUtf8() {
        byte[] bytes = page("").getBytes(Charset.forName("windows-1252"));
        String text = clean(bytes, null).paragraphs().get(0).text();
        assertEquals(PROSE, text);
        assertTrue(text.indexOf('\ufffd') < 0);
    }

    @Test
    void mislabelledUtf8IsDecodedAsWhatItIs() {
        // declared UTF-8 by the server, but the bytes are Windows-1252
        byte[] bytes = page("").getBytes(Charset.forName("windows-1252"));
        assertEquals(PROSE, clean(bytes, "text/html; charset=utf-8").paragraphs().get(0).text());
    }

    @Test
    void utf8BytesWinOverALegacyCharsetTheSavedPageStillDeclares() {
        // a page saved as UTF-8 that kept its original meta tag, as saved and scraped pages do
        String chinese = "\u4eba\u5de5\u667a\u80fd\u8fc8\u4e0a\u65b0\u53f0\u9636\u3002";
        byte[] bytes = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'>"
                + "<title>" + chinese + "</title></head><body><article><p>" + PROSE + "</p><p>" + PROSE
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        Article article = clean(bytes, null);
        assertEquals(chinese, article.title());
        assertEquals(PROSE, article.paragraphs().get(0).text());
    }

    @Test
    void aDeclaredLegacyCharsetIsStillReadWhenTheBytesAreNotUtf8() {
        String chinese = "\u4eba\u5de5\u667a\u80fd\u8fc8\u4e0a\u65b0\u53f0\u9636\u3002";
        String prose = chinese.repeat(12);
        byte[] bytes = ("<html><head><meta charset=gb2312><title>" + chinese + "</title></head><body><article><p>"
                + prose + "</p><p>" + prose + "</p></article></body></html>").getBytes(Charset.forName("GBK"));
        assertEquals(prose, clean(bytes, null).paragraphs().get(0).text());
    }

    @Test
    void aPageWithNoArticleIsRejectedNotReturnedEmpty() {
        byte[] bytes = ("<html><body><nav><a href=/>Home</a><a href=/about>About</a></nav>"
                + "<div id=app></div><script>render()</script></body></html>").getBytes(StandardCharsets.UTF_8);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> clean(bytes, "text/html"));
        assertEquals(RejectedInputException.Reason.NO_ARTICLE, e.reason());
    }

    @Test
    void aPageOverTheCapIsRejectedBeforeParsing() {
        byte[] bytes = new byte[(1 << 20) + 1];
        java.util.Arrays.fill(bytes, (byte) 'a');
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> clean(bytes, "text/html"));
        assertEquals(RejectedInputException.Reason.TOO_LARGE, e.reason());
    }
}
