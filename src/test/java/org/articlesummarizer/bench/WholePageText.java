package org.articlesummarizer.bench;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The whole-page text baseline (what html-text gives): every text node of the body, with each
 * block element on its own line. Scripts, styles and templates are not text.
 */
public final class WholePageText {

    private WholePageText() {
    }

    public static String of(Document doc) {
        StringBuilder sb = new StringBuilder();
        Element root = doc.body() != null ? doc.body() : doc;
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (!isCode(t.parent())) sb.append(t.text());
                } else if (node instanceof Element e && e.isBlock()) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) newline(sb);
            }
        });
        return sb.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean isCode(Node parent) {
        return parent instanceof Element e && (e.nameIs("script") || e.nameIs("style") || e.nameIs("noscript")
                || e.nameIs("template"));
    }

    private static void newline(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
    }
}
