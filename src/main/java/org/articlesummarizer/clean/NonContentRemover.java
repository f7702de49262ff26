package org.articlesummarizer.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * First pass: removes what is never article text, whatever the page: code, embeds (social posts too), navigation,
 * form controls, captions, and (in the strict attempt) anything hidden from the reader.
 */
final class NonContentRemover {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "video", "audio", "map", "button", "select", "input", "textarea",
            "label", "link", "meta");
    /** Furniture by its tag; kept in the lenient attempt, for pages whose unclosed aside swallows the article. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "dialog", "figcaption");
    /** aria-hidden on a whole article happens (menus opened over it); keep what says it is the article. */
    private static final Pattern KEEP_HIDDEN = Pattern.compile("(?i)article|content|body|entry");

    /**
     * A social post embedded in the article (a tweet, an Instagram or TikTok post) is a
     * blockquote its platform's script replaces with the post: the quote holds the post's text
     * with its handle and date, an embed like an iframe, not the article's own words.
     */
    private static final Pattern EMBEDDED_POST = Pattern.compile("twitter-tweet|instagram-media|tiktok-embed|bluesky-embed");

    private static final int MIN_FOLDED_PARAGRAPHS = 2;
    private static final double MAX_FOLDED_LINK_DENSITY = 0.2;

    private NonContentRemover() {
    }

    /**
     * Removes them from the root {@code stats} measured.
     *
     * @param strict whether to remove hidden elements and furniture tags as well; a page that
     *               streams its article into a hidden element for scripts to reveal (Next.js does)
     *               needs them kept
     */
    static void removeFrom(TextStats stats, boolean strict) {
        stats.removeWhere(c -> {
            Element e = c.element;
            return NEVER_CONTENT.contains(e.normalName())
                    || e.nameIs("blockquote") && EMBEDDED_POST.matcher(e.className()).find()
                    || strict && (FURNITURE.contains(e.normalName()) || isHidden(e) && !isFoldedProse(e, stats));
        });
    }

    /**
     * An accordion or "read more" panel is hidden until the reader opens it, yet holds the
     * article's own paragraphs; hidden menus, pop-ups and duplicates for other screens hold links
     * or little prose.
     */
    private static boolean isFoldedProse(Element e, TextStats stats) {
        if (e.hasAttr("hidden") || e.hasAttr("aria-hidden") || !e.hasAttr("style")) return false;
        TextStats.Counts c = stats.of(e);
        return c.paragraphs >= MIN_FOLDED_PARAGRAPHS && stats.linkDensity(e) < MAX_FOLDED_LINK_DENSITY;
    }

    static boolean isHidden(Element e) {
        // a streamed segment left without a placeholder to go to is still the page's text
        if (e.hasAttr("hidden") && !StreamedSegments.isSegment(e)) return true;
        if (e.hasAttr("aria-modal") && e.attr("aria-modal").equals("true")) return true;
        if (e.hasAttr("aria-hidden") && e.attr("aria-hidden").equals("true")
                && !KEEP_HIDDEN.matcher(ClassHints.names(e)).find()) {
            return true;
        }
        if (!e.hasAttr("style")) return false;
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
