package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.articlesummarizer.bench.WcxbPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class ScriptSkipperTest {

    @Test
    void leavesOutScriptAndStyleBodies() {
        assertSkipped("<p>a</p><script src=x.js></script><style media=print></style><p>b</p>",
                "<p>a</p><script src=x.js>var s = \"<p>no</p>\";</script><style media=print>p{}</style><p>b</p>");
    }

    @Test
    void keepsJsonLdWhichTheMetadataPassReads() {
        assertSkipped("<script type=\"application/LD+JSON\">{\"headline\": \"</p>\"}</script><script></script>",
                "<script type=\"application/LD+JSON\">{\"headline\": \"</p>\"}</script><script>x()</script>");
    }

    @Test
    void endTagsAreMatchedWithoutCaseAndNeedASeparator() {
        assertSkipped("<SCRIPT></script ><p>x</p>", "<SCRIPT>a</scripts>b</script ><p>x</p>");
        assertSkipped("<style></STYLE><p>x</p>", "<style>a</STYLE><p>x</p>");
    }

    @Test
    void scriptTagsThatAreNotTagsAreLeftAlone() {
        assertUnchanged("<!-- <script>x</script> --><p>y</p>");
        assertUnchanged("<a title='<script>x'>y</a><a title=\"</script>\">z</a>");
        assertUnchanged("<title>a <script>x</script></title><p>y</p>");
        assertUnchanged("<textarea><script>x</script></textarea>");
    }

    @Test
    void aScriptThatOpensAnHtmlCommentStopsTheSkipping() {
        // "<!--" escapes script data, where a <script> may nest: jsoup's reading of it depends on what came before
        assertSkipped("<style></style><script><!-- document.write('<script>x()</script>'); --></script><style>p{}</style>",
                "<style>a</style><script><!-- document.write('<script>x()</script>'); --></script><style>p{}</style>");
    }

    @Test
    void whatItCannotFollowIsLeftToTheParserUntouched() {
        assertSkipped("<style></style><script>never closed <p>text</p>", "<style>p{}</style><script>never closed <p>text</p>");
        assertSkipped("<script></script><a href='x", "<script>a</script><a href='x");
        assertUnchanged("<plaintext><script>a</script>");
    }

    @Test
    void scriptsWhoseParsingTheTreeDecidesKeepTheirBodies() {
        assertSkipped("<svg><style>.a{}</style><script>x()</script></svg><style></style>",
                "<svg><style>.a{}</style><script>x()</script></svg><style>p{}</style>");
        // a raw-text element with markup where the tree builder decides how it is read: the rest is left alone
        assertUnchanged("<svg><style>a<b</style></svg><style>p{}</style>");
        assertSkipped("<svg/><style></style>", "<svg/><style>p{}</style>");
        assertUnchanged("<svg a=b/><style>p{}</style>");
        assertUnchanged("<select><style>x</style></select><noscript><script>y</script></noscript>");
    }

    @Test
    void anSvgOfDrawingElementsAloneIsLeftOutToo() {
        assertSkipped("<p>a<svg viewBox='0 0 9 9'></svg></p>", "<p>a<svg viewBox='0 0 9 9'>\n <g><path d='M0'/></g>\n</svg></p>");
        assertUnchanged("<svg><title>Share</title><path d='M0'/></svg>");
        assertUnchanged("<svg><text>1</text></svg>");
        assertUnchanged("<svg><path/><p>text</p></svg>");
    }

    @Test
    void theReaderReadsWhatWithoutReturns() throws IOException {
        String html = "<p>a</p><script>x</script>" + "<p>long</p>".repeat(500) + "<style>y</style><p>end</p>";
        StringBuilder read = new StringBuilder();
        try (Reader r = ScriptSkipper.reader(html)) {
            char[] buffer = new char[37];
            int n;
            while ((n = r.read(buffer, 0, buffer.length)) > 0) read.append(buffer, 0, n);
        }
        assertEquals(ScriptSkipper.without(html), read.toString());
    }

    /**
     * The parser builds the same tree with and without the bodies: pages of random markup made
     * of the pieces that make the tokeniser change its mind.
     */
    @Test
    void theParserBuildsTheSameTreeOnRandomMarkup() {
        String[] pieces = {"<script>", "<script type=application/ld+json>", "</script>", "</script ", "</SCRIPT>",
                "<style>", "</style>", "<!--", "-->", "--!>", "<!-->", "<svg>", "</svg>", "<svg/>", "<math>",
                "</math>", "<title>", "</title>", "<textarea>", "</textarea>", "<select>", "</select>",
                "<noscript>", "</noscript>", "<a href=\"", "<a title='", "\"", "'", ">", "<", "/", "=", " ",
                "<p>", "</p>", "text", "<div class=x>", "</div>", "<![CDATA[", "]]>", "<!DOCTYPE html>",
                "<?php ?>", "</ x>", "<iframe>", "</iframe>", "<table>", "<td>", "-", "<!", "a<b", "</a",
                "<template>", "</template>", "<head>", "<body>", "<xmp>", "</xmp>", "<foreignObject>",
                "</foreignObject>", "<desc>", "<mi>", "<font color=red>", "<input>", "<noframes>", "</noframes>",
                "<noembed>", "<SCRIPT>", "<script/>", "</scr\u0131pt>", "<script\u000b>", "<path d=x/>", "<g>",
                "</g>", "<!--<script>", "<script>-->", "<frameset>", "</a", "</A"};
        Random random = new Random(Long.getLong("skipper.seed", 42));
        for (int page = 0; page < Integer.getInteger("skipper.randomPages", 20_000); page++) {
            StringBuilder html = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) html.append(pieces[random.nextInt(pieces.length)]);
            assertSameTree(html.toString());
        }
    }

    @Test
    void theParserBuildsTheSameTreeOnTheDevelopmentPages() {
        Path folder = Path.of(System.getProperty("shared.data", "../shared/data"), "extraction", "wcxb-dev-articles");
        assumeTrue(Files.isDirectory(folder.resolve("html")), "skipped: no WCXB dev data at " + folder);
        for (WcxbPages.Page p : WcxbPages.load(folder, Integer.getInteger("skipper.pages", 100))) assertSameTree(p.htmlText());
    }

    private static void assertSkipped(String expected, String html) {
        assertEquals(expected, ScriptSkipper.without(html));
    }

    private static void assertUnchanged(String html) {
        assertEquals(html, ScriptSkipper.without(html));
    }

    private static void assertSameTree(String html) {
        // jsoup's reading of some markup depends on what it parsed before: nothing to compare when nothing was left out
        if (ScriptSkipper.without(html).equals(html)) return;
        String expected = withoutScriptData(Jsoup.parse(html));
        String actual = withoutScriptData(Jsoup.parse(ScriptSkipper.without(html)));
        assertEquals(expected, actual, () -> "tree differs for: " + html);
    }

    /** The tree as HTML, the bodies of scripts (but JSON's) and style sheets dropped. */
    private static String withoutScriptData(Document doc) {
        List<Node> data = new ArrayList<>();
        for (Element e : doc.select("script, style")) {
            if (mentionsJson(e)) continue;
            for (Node child : e.childNodes()) if (child instanceof DataNode) data.add(child);
        }
        data.forEach(Node::remove);
        // an outermost SVG of drawing elements and white space alone: its content is left out too
        for (Element svg : doc.select("svg")) {
            if (svg.parents().stream().noneMatch(p -> p.nameIs("svg")) && isDrawingOnly(svg)) svg.empty();
        }
        // written out here, not by outerHtml: whether jsoup prints "<path/>" depends on its parser
        // having seen a path written so, which left-out drawings change
        StringBuilder out = new StringBuilder();
        write(doc, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof Element e && !(node instanceof Document)) {
            out.append('<').append(e.tagName()).append(e.attributes().html()).append('>');
            for (Node child : e.childNodes()) write(child, out);
            out.append("</").append(e.tagName()).append(">\n");
        } else if (node instanceof Document d) {
            for (Node child : d.childNodes()) write(child, out);
        } else {
            out.append('[').append(node.nodeName()).append(':').append(node.outerHtml()).append(']');
        }
    }

    private static boolean isDrawingOnly(Element svg) {
        for (Node node : svg.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode t && !(node instanceof org.jsoup.nodes.CDataNode)) {
                if (!t.isBlank()) return false;
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (!(DRAWING.contains(name) || name.startsWith("fe") && name.length() > 2) || !isDrawingOnly(e)) return false;
            } else if (!(node instanceof org.jsoup.nodes.Comment)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> DRAWING = java.util.Set.of("svg", "path", "g", "circle", "rect",
            "line", "polyline", "polygon", "ellipse", "defs", "use", "symbol", "lineargradient", "radialgradient",
            "stop", "clippath", "mask", "pattern", "filter", "marker", "image");

    /** A script whose tag says "json" keeps its body (see ScriptSkipper). */
    private static boolean mentionsJson(Element e) {
        if (!e.nameIs("script")) return false;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if ((a.getKey() + "=" + a.getValue()).toLowerCase(java.util.Locale.ROOT).contains("json")) return true;
        }
        return false;
    }
}
