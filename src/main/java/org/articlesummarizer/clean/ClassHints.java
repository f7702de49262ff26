package org.articlesummarizer.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Sites name their furniture plainly
 * ("share-buttons", "related-posts", "newsletter-signup"); these patterns are the ones that
 * mean "not the article" on the web at large, not on any one site.
 */
final class ClassHints {

    // A page repeats the same few class names on thousands of elements; each verdict is worked
    // out once per page, which keeps the passes that ask for every element cheap.
    private final Map<String, Boolean> boilerplateByNames = new HashMap<>();
    private final Map<String, Integer> weightByNames = new HashMap<>();
    private final Map<String, Boolean> commentsByNames = new HashMap<>();
    private final Map<String, Boolean> noticeByNames = new HashMap<>();

    /** Names of containers that are site furniture, not the article. */
    private static final AlternativesPattern BOILERPLATE = AlternativesPattern.compile(
            "(?i)-ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|caption|cover-wrap|\\bcta\\b|disclaimer|disclosure"
                    + "|disqus|footer|gdpr|masthead|menu|modal|newsletter|outbrain|pagination|pager|paywall"
                    + "|optin|popup|promo|recommend|related|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper"
                    + "|social|sponsor|subscri|supplemental|taboola|toolbar|tooltip|yom-remote|signup"
                    + "|byline|post-meta|entry-meta|article-meta|tags|read-?more|more-stories"
                    + "|jump-link|toc\\b|table-of-contents");
    /**
     * The box about the writer ("author-bio", "post__author-profile", "about_author"): furniture
     * whatever else its names say, since themes name it inside their content or entry block
     * ("single-content-author__about", "entry-author-description").
     */
    private static final AlternativesPattern AUTHOR_BOX = AlternativesPattern.compile(
            "(?i)author[-_]*(?:bio|box|info|desc|about|profile|detail|card|popover)|about[-_]*(?:the[-_]*)?author|authorname"
                    + "|authors?[-_]*section|contributor[-_]*(?:box|wrapper|bio|info)");
    /**
     * The site's notice about itself (an affiliate or advertiser disclosure, a disclaimer): furniture
     * whatever else its names say ("contentAdvertiserDisclosure", "entry-disclaimer"), and even on a
     * paragraph. A bare "disclosure" is left alone: it also names a show-and-hide panel.
     */
    private static final AlternativesPattern NOTICE = AlternativesPattern.compile(
            "(?i)disclaimer|(?:advertis|affiliate|editorial|partner)\\w*?[-_]*disclosure");
    /** Names that may look like furniture but hold the article ("article-header-and-body"). */
    private static final AlternativesPattern MAYBE_CONTENT = AlternativesPattern.compile(
            "(?i)\\band\\b|article|body|column|content|main|mathjax|shadow|entry|post-text|story");
    /** Names that make a container more likely to be the article. */
    private static final AlternativesPattern POSITIVE = AlternativesPattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text");
    /** Names that make a container less likely to be the article. */
    private static final AlternativesPattern NEGATIVE = AlternativesPattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
                    + "|widget|newsletter|subscribe|social|nav|menu");
    /** Reader comments and pingbacks: furniture however long they run. */
    private static final AlternativesPattern COMMENTS = AlternativesPattern.compile("(?i)comment|disqus|respond|replies|pingback|trackback");
    private static final Pattern BOILERPLATE_ROLE = Pattern.compile(
            "(?i)navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search");


    static String names(Element e) {
        String id = e.id();
        String cls = e.className();
        if (id.isEmpty()) return cls;
        if (cls.isEmpty()) return id;
        return id + " " + cls;
    }

    /** Whether the element's names say it is furniture (and nothing says it may be the article). */
    boolean isBoilerplate(Element e) {
        // most elements carry no attributes, so no role, id or class: answered without asking for each
        if (e.attributesSize() == 0) return false;
        if (e.hasAttr("role") && BOILERPLATE_ROLE.matcher(e.attr("role")).matches()) return true;
        String names = names(e);
        if (names.isEmpty()) return false;
        return boilerplateByNames.computeIfAbsent(names,
                n -> AUTHOR_BOX.find(n) || NOTICE.find(n) || BOILERPLATE.find(n) && !MAYBE_CONTENT.find(n));
    }

    /** Whether the element's names say it is the site's notice about itself, a disclaimer or disclosure. */
    boolean isNotice(Element e) {
        if (e.attributesSize() == 0) return false;
        String names = names(e);
        return !names.isEmpty() && noticeByNames.computeIfAbsent(names, NOTICE::find);
    }

    /** Whether the element's names say it holds reader comments. */
    boolean isComments(Element e) {
        String names = names(e);
        return !names.isEmpty() && commentsByNames.computeIfAbsent(names, n -> COMMENTS.find(n));
    }

    /** Readability's class weight: +25 for article-like names, -25 for furniture-like names. */
    int weight(Element e) {
        return weightOf(e.className()) + weightOf(e.id());
    }

    private int weightOf(String names) {
        if (names.isEmpty()) return 0;
        return weightByNames.computeIfAbsent(names, n -> {
            int weight = 0;
            if (NEGATIVE.find(n)) weight -= 25;
            if (POSITIVE.find(n)) weight += 25;
            return weight;
        });
    }
}
