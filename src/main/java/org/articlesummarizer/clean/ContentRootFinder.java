package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Third pass, after Readability: every text block scores its ancestors by the prose it holds
 * (length and commas); the best-scoring container, discounted by its link density, is the
 * article. Siblings that look like more of the same article join it.
 */
final class ContentRootFinder {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final double MOST_OF_THE_PROSE = 0.5;
    private static final double MAX_CLIMB_LINK_DENSITY = 0.3;
    private static final int MIN_SIBLING_PROSE_CHARS = 500;
    private static final double MIN_SIBLING_PROSE_SHARE = 0.25;
    private static final int MIN_SIBLING_BLOCKS = 3;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.1;
    private static final int MIN_LEAD_PROSE_CHARS = 150;
    private static final double MIN_LEAD_PROSE_SHARE = 0.7;
    private static final double MAX_LEAD_LINK_DENSITY = 0.2;

    private final TextStats stats;
    // Candidates in the order they were first scored, so that ties are broken the same way on every
    // run: iterating an identity map followed object hash codes, and the same page could come out
    // differently from one call to the next (jsoup nodes hash and compare by identity).
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    private final Map<Element, Double> finalScores = new IdentityHashMap<>();

    private final ClassHints hints;

    ContentRootFinder(TextStats stats, ClassHints hints) {
        this.stats = stats;
        this.hints = hints;
    }

    /** The elements that make up the article, in document order (usually one). */
    List<Element> find(Element body) {
        scoreParagraphs();
        Element top = topCandidate(body);
        if (top == null) return List.of(body);
        top = climbToSharedAncestor(top, body);
        top = climbToMostOfTheProse(top, body);
        List<Element> roots = withSiblings(top);
        List<Element> lead = leadBefore(top, body);
        lead.removeAll(roots);
        if (lead.isEmpty()) return roots;
        // the lead comes first: it is before the root, and before any of the root's siblings it holds
        lead.addAll(roots);
        return lead;
    }

    private void scoreParagraphs() {
        // in document order (the order candidates are first scored in breaks ties), the body first
        stats.forEachInTree(this::scoreParagraph);
    }

    private void scoreParagraph(TextStats.Counts c) {
        Element e = c.element;
        if (c.ownChars < MIN_PARAGRAPH_CHARS || !isParagraphLike(e)) return;
        double score = 1 + c.ownCommas + Math.min(3, c.ownChars / 100);
        Element ancestor = e.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
            if (ancestor.nameIs("html")) break;
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, score / divider, Double::sum);
        }
    }

    private static boolean isParagraphLike(Element e) {
        return !Tags.isHeading(e) && !e.nameIs("li") && !e.nameIs("ul") && !e.nameIs("ol") && !e.nameIs("a");
    }

    private double finalScore(Element e) {
        return finalScores.computeIfAbsent(e, this::computeFinalScore);
    }

    private double computeFinalScore(Element e) {
        Double content = scores.get(e);
        if (content == null) return 0;
        double score = content + initialScore(e);
        if (e.nameIs("article") || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) score *= 1.25;
        return score * (1 - stats.linkDensity(e));
    }

    private int initialScore(Element e) {
        int base;
        switch (e.normalName()) {
            case "div": base = 5; break;
            case "pre": case "td": case "blockquote": base = 3; break;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": base = -3; break;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": base = -5; break;
            default: base = 0;
        }
        return base + hints.weight(e);
    }

    private Element topCandidate(Element body) {
        Element best = null;
        double bestScore = 0;
        for (Element e : scores.keySet()) {
            double s = finalScore(e);
            // on a tie the later candidate wins, unless it is the parent of the best so far
            if (s > bestScore || s == bestScore && best != null && best.parent() != e) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * When several strong candidates sit under one ancestor (an article split into sections), the
     * ancestor is the article; and a parent that scores higher than its child replaces it.
     */
    private Element climbToSharedAncestor(Element top, Element body) {
        double topScore = finalScore(top);
        List<Element> alternatives = new ArrayList<>();
        for (Element e : scores.keySet()) {
            if (e != top && finalScore(e) >= 0.75 * topScore) alternatives.add(e);
        }
        alternatives.sort(Comparator.comparingDouble(this::finalScore).reversed());
        if (alternatives.size() > 4) alternatives = alternatives.subList(0, 4);
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) if (isAncestor(parent, alt)) containing++;
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double lastScore = finalScore(top);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.containsKey(parent)) continue;
            double parentScore = finalScore(parent);
            if (parentScore < threshold) break;
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /**
     * Readability scores only five levels up, so an article split into many nested sections can
     * leave its best part holding a fraction of the page's prose. Climb, while the links stay few,
     * until the root holds most of it.
     */
    private Element climbToMostOfTheProse(Element top, Element body) {
        int pageProse = stats.of(body).proseChars;
        while (stats.of(top).proseChars < pageProse * MOST_OF_THE_PROSE) {
            Element parent = top.parent();
            if (parent == null || parent == body || stats.linkDensity(parent) > MAX_CLIMB_LINK_DENSITY) break;
            top = parent;
        }
        return top;
    }

    /**
     * A page builder splits one article into many blocks, and the best of them can leave the
     * lead paragraphs in a block of their own above it. Inside the element the page marks as its
     * article or main content ({@code <article>}, {@code <main>}, {@code itemprop="articleBody"}),
     * the prose blocks that come before the root, up to that element, are the article's lead.
     * What comes after the root is not taken: below an article sit its FAQ widgets, author boxes
     * and further reading.
     */
    private List<Element> leadBefore(Element top, Element body) {
        Element article = markedArticleAbove(top, body);
        List<Element> lead = new ArrayList<>();
        if (article == null) return lead;
        for (Element e = top; e != article; e = e.parent()) {
            List<Element> before = new ArrayList<>();
            for (Element sibling = e.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
                if (isLeadProse(sibling)) before.add(0, sibling);
            }
            lead.addAll(0, before);
        }
        return lead;
    }

    private Element markedArticleAbove(Element top, Element body) {
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            if (Tags.isMarkedArticle(a)) {
                return stats.linkDensity(a) <= MAX_LEAD_LINK_DENSITY ? a : null;
            }
        }
        return null;
    }

    private boolean isLeadProse(Element e) {
        TextStats.Counts c = stats.of(e);
        // prose, not a pricing box or a list of labels that happens to run long
        return c.proseChars >= MIN_LEAD_PROSE_CHARS && c.proseChars >= MIN_LEAD_PROSE_SHARE * c.chars
                && stats.linkDensity(e) <= MAX_LEAD_LINK_DENSITY && !Teasers.isTeaserList(e);
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) if (a == ancestor) return true;
        return false;
    }

    /** Readability's sibling rule: siblings that score well, or read as prose, are part of the article. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold || isMoreProse(sibling, top)) {
                out.add(sibling);
            } else if (sibling.nameIs("p")) {
                int chars = stats.chars(sibling);
                double density = stats.linkDensity(sibling);
                if (chars > 80 && density < 0.25 || chars > 0 && chars <= 80 && density == 0 && endsSentence(sibling)) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * A sibling container holding a good share of prose with next to no links (an article's
     * further sections or its FAQ, kept by the CMS in a field of its own) is more of the article,
     * however its paragraphs' nesting kept its Readability score low.
     */
    private boolean isMoreProse(Element sibling, Element top) {
        TextStats.Counts c = stats.of(sibling);
        return c.proseChars >= Math.max(MIN_SIBLING_PROSE_CHARS, stats.of(top).proseChars * MIN_SIBLING_PROSE_SHARE)
                && c.paragraphs + c.listItems >= MIN_SIBLING_BLOCKS
                && stats.linkDensity(sibling) < MAX_SIBLING_LINK_DENSITY
                && !Teasers.isTeaserList(sibling);
    }

    private static boolean endsSentence(Element p) {
        String t = p.text().strip();
        return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
