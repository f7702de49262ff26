package org.articlesummarizer.clean;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * First pass: removes what is never article text, whatever the page: code, embeds, navigation,
 * forms' controls, captions, and anything hidden from the reader.
 */
final class NonContentRemover {

    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "video, audio, map, button, select, input, textarea, label, nav, aside, dialog, figcaption";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [aria-modal=true], [style*=display:none], "
            + "[style*=display: none], [style*=visibility:hidden], [style*=visibility: hidden]";
    private static final Pattern KEEP_HIDDEN = Pattern.compile("(?i)article|content|body|entry");

    private NonContentRemover() {
    }

    /**
     * @param hiddenToo whether to remove hidden elements as well; a page that streams its article
     *                  into a hidden element for scripts to reveal (Next.js does) needs them kept
     */
    static void removeFrom(Document doc, boolean hiddenToo) {
        Element body = doc.body();
        if (body == null) return;
        for (Element e : body.select(hiddenToo ? NEVER_CONTENT + ", " + HIDDEN : NEVER_CONTENT)) {
            // aria-hidden on a whole article happens (menus opened over it); keep what says it is the article
            if (e.hasAttr("aria-hidden") && KEEP_HIDDEN.matcher(ClassHints.names(e)).find()) continue;
            e.remove();
        }
    }
}
