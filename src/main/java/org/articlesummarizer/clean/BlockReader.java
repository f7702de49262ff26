package org.articlesummarizer.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Paragraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Last pass: reads the article's elements as paragraphs, in order. Each block element (and each
 * line break) ends a paragraph; a heading, list item or quote keeps its kind. Inside the article,
 * containers that are mostly links (related-story lists, tag clouds) are skipped, as are blocks
 * that read as furniture ("Share this article", "Advertisement").
 */
final class BlockReader {

    private static final int FIRST_PARAGRAPH_WORDS = 10;
    private static final int LABEL_WORDS = 4;
    private static final int REPEAT_CHARS = 60;
    private static final int BYLINE_WORDS = 15;
    private static final int MAX_TRAILING_HEADING_WORDS = 12;
    private static final int DATELINE_ZONE_PARAGRAPHS = 2;
    private static final int LONG_PARAGRAPH_WORDS = 20;
    private static final int MAX_DATELINE_WORDS = 12;
    private static final int MAX_DATELINE_CHARS = 120;
    /** Above this share of link text, a block or list is a run of links, not article text. */
    private static final double MOSTLY_LINKS = 0.8;
    /**
     * Above this share of link text, a container inside the article is links and nothing else: a
     * list whose items say a word or two beside their links ("Fluke 117 - our pick") is the article's.
     */
    private static final double LINKS_ONLY = 0.9;
    private static final double MAX_TEASER_SHARE = 0.5;
    private static final int MIN_GRID_CARDS = 3;
    private static final int MAX_CARD_CHARS = 1000;
    private static final double MIN_GRID_SHARE = 0.7;
    private static final int MIN_PROSE_BESIDE_GRID = 800;
    private static final int MIN_EXCERPT_CHARS = 100;
    /** "By Maria Jones, Local Affairs Reporter", "By JOHN SMITH and Ann Lee | Reuters". */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^(?:[Bb]y|BY|[Ww]ritten by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*(?:,|and\\b|&|\\||-|–|—).*)?$");

    private final TextStats stats;
    /** The title and the h1 it was read from: see {@link MetadataReader#headlineTexts()}. */
    private final List<String> headlines;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int chars;
    private int rootChars;
    /** Whether the root holds enough {@code <article>}s below it to hold a list of them. */
    private boolean teaserArticles;
    /** All the roots' text: a sidebar the sibling rule joined to the article is a root of its own. */
    private int articleChars;
    private Paragraph.Kind kind = Paragraph.Kind.TEXT;
    /** Per open {@code <ol>}, innermost first, the number its last item was given. */
    private final Deque<int[]> orderedLists = new ArrayDeque<>();
    /** The number of the ordered list item being read ("3. "), until its first paragraph takes it. */
    private String itemNumber;

    private final ClassHints hints;
    private final SiteLinks siteLinks;

    BlockReader(TextStats stats, ClassHints hints, List<String> headlines, SiteLinks siteLinks) {
        this.stats = stats;
        this.hints = hints;
        this.headlines = headlines;
        this.siteLinks = siteLinks;
    }

    List<Paragraph> read(List<Element> roots) {
        for (Element root : roots) articleChars += stats.of(root).chars;
        for (Element root : roots) {
            rootChars = stats.of(root).chars;
            teaserArticles = Teasers.articlesBelow(root) >= Teasers.MIN_TEASERS;
            NodeTraversor.filter(new ReadingFilter(), root);
            flush();
        }
        return withoutLeadInAndRepeats(paragraphs);
    }

    /**
     * Two last cleanups a reader would make: the short labels and the byline line above the
     * first real paragraph (a category, "5 min read", a date, "By Maria Jones, Reporter") are
     * not the article (the byline is kept as metadata), and a long paragraph printed twice
     * (a standfirst repeated as the lead) is read once.
     */
    private static List<Paragraph> withoutLeadInAndRepeats(List<Paragraph> read) {
        List<Paragraph> out = new ArrayList<>(read.size());
        Set<String> seen = new HashSet<>();
        boolean started = false;
        int longParagraphs = 0;
        for (Paragraph p : read) {
            boolean inDatelineZone = longParagraphs < DATELINE_ZONE_PARAGRAPHS;
            // words are counted only where a rule reads them: below the lead-in and the date line, none does
            int words = inDatelineZone || !started ? Furniture.wordCount(p.text()) : 0;
            if (inDatelineZone) {
                if (isDateline(p)) continue;
                if (words >= LONG_PARAGRAPH_WORDS) longParagraphs++;
            }
            if (!started) {
                // words matter only above the first real paragraph: after it, every paragraph stays
                if (words <= BYLINE_WORDS && BYLINE_LINE.matcher(p.text()).matches()) continue;
                started = words >= FIRST_PARAGRAPH_WORDS || p.kind() != Paragraph.Kind.TEXT;
                if (!started && words < LABEL_WORDS) continue;
            }
            if (p.text().length() >= REPEAT_CHARS && !seen.add(p.text())) continue;
            out.add(new Paragraph(out.size(), p.kind(), p.text()));
        }
        return out;
    }

    /**
     * An article does not end on a heading: a heading after its last paragraph headed what was
     * skipped below it ("Related Articles", "More from the author", a sign-up box's title). A
     * long "heading" is a paragraph styled as one (a page that sets its sources in an h4) and stays.
     */
    static List<Paragraph> withoutTrailingHeadings(List<Paragraph> paragraphs) {
        int end = paragraphs.size();
        while (end > 0 && paragraphs.get(end - 1).kind() == Paragraph.Kind.HEADING
                && Furniture.wordCount(paragraphs.get(end - 1).text()) <= MAX_TRAILING_HEADING_WORDS) {
            end--;
        }
        return end == paragraphs.size() ? paragraphs : List.copyOf(paragraphs.subList(0, end));
    }

    /**
     * The date line printed with the headline ("March 15, 2022 · 3 min read · By ASU Online",
     * "Published August 7, 2023 by Nicole Burke"): a short line of text that reads as a date. It
     * sits above the article's first paragraphs, often under the standfirst, so it is looked for
     * until the second long paragraph; further down a short dated line is the article's own.
     */
    private static boolean isDateline(Paragraph p) {
        if (p.kind() != Paragraph.Kind.TEXT) return false;
        String t = p.text();
        return t.length() <= MAX_DATELINE_CHARS && Furniture.wordCount(t) <= MAX_DATELINE_WORDS && DateNormalizer.toIso(t) != null;
    }

    private final class ReadingFilter implements org.jsoup.select.NodeFilter {
        private int linkDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText(), linkDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
            if (e.nameIs("br")) {
                flush();
                return FilterResult.CONTINUE;
            }
            if (Tags.isBlock(e)) {
                if (depth > 0 && (isLinkList(e) || isTeaserList(e) || isTeaserGrid(e))) return FilterResult.SKIP_ENTIRELY;
                flush();
                kind = kindOf(e, kind);
                if (e.nameIs("ol")) orderedLists.push(new int[] {firstNumber(e) - 1});
                else if (e.nameIs("li") && !orderedLists.isEmpty() && e.parent() != null && e.parent().nameIs("ol")) {
                    itemNumber = ++orderedLists.peek()[0] + ". ";
                }
            } else if (e.nameIs("td") || e.nameIs("th")) {
                append(" ", false);
            }
            if (e.nameIs("a")) linkDepth++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) linkDepth--;
                if (Tags.isBlock(e)) {
                    flush();
                    kind = Paragraph.Kind.TEXT;
                    if (e.nameIs("li")) itemNumber = null;
                    else if (e.nameIs("ol") && !orderedLists.isEmpty()) orderedLists.pop();
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    /** An ordered list counts from its start attribute, or from 1. */
    private static int firstNumber(Element ol) {
        String start = ol.attr("start").strip();
        if (start.isEmpty() || start.length() > 6) return 1;
        try {
            return Integer.parseInt(start);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Paragraph.Kind kindOf(Element e, Paragraph.Kind current) {
        if (Tags.isHeading(e)) return Paragraph.Kind.HEADING;
        if (e.nameIs("li") || e.nameIs("dt") || e.nameIs("dd")) return Paragraph.Kind.LIST_ITEM;
        if (e.nameIs("blockquote")) return Paragraph.Kind.QUOTE;
        return current == Paragraph.Kind.QUOTE ? current : Paragraph.Kind.TEXT;
    }

    /**
     * A container inside the article that is mostly links: related stories, tags, a menu. Such
     * lists are links and little else; a list whose items name a linked thing and then say
     * something about it ("Official site: Hotel Example", "Acme (link): best for teams") is the
     * article's own, though half its text is links.
     */
    private boolean isLinkList(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.chars == 0) return false;
        double density = (double) c.linkChars / c.chars;
        if (density > LINKS_ONLY && c.chars < 1500) return !isListOfOtherSites(e);
        return density > 0.33 && c.paragraphs == 0 && c.listItems == 0 && c.chars < 200 && hints.weight(e) < 0;
    }

    /**
     * A list in the article whose links lead to other sites is the article's own: its sources,
     * the courses, tools or products it names. The site's own pages are its related reading.
     */
    private boolean isListOfOtherSites(Element e) {
        return (e.nameIs("ul") || e.nameIs("ol") || e.nameIs("li")) && siteLinks.mostlyOffSite(e);
    }

    /**
     * Teasers of other pages beside the article ("Latest News": short {@code <article>}s, each
     * headed by a link): a list of them that holds less than half the root's text is furniture.
     * A guide whose every entry is such an article is the root's text, not beside it.
     */
    private boolean isTeaserList(Element e) {
        // most roots hold no <article> of their own: then no container inside them is asked to look
        return teaserArticles && stats.of(e).chars < MAX_TEASER_SHARE * rootChars && Teasers.hasLinkedArticles(e);
    }

    /**
     * "Latest news", "Also in the news": a run of sibling cards cut from one template (one class
     * name), each a link to another page over a short excerpt, and together most of their
     * container, and each excerpt cut off mid-sentence or with an ellipsis (the entries of a
     * guide end their sentences), or each card's picture and title linking to the one page. Beside them the root holds an article of its own: a page that is nothing but
     * such cards (an index, a guide of linked entries) keeps them.
     */
    private boolean isTeaserGrid(Element e) {
        TextStats.Counts c = stats.of(e);
        int beside = articleChars - c.chars;
        if (c.childElements < MIN_GRID_CARDS || beside < MIN_PROSE_BESIDE_GRID) return false;
        Map<String, Cards> byTemplate = new HashMap<>();
        // from child to child, not e.children(): the list it builds is thrown away (most containers are no grid)
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String template = templateName(child);
            if (template.isEmpty() || !isTeaserCard(stats.of(child))) continue;
            boolean cut = endsInCutExcerpt(child);
            if (!cut && !linksTwiceToOnePage(child)) continue;
            Cards cards = byTemplate.computeIfAbsent(template, k -> new Cards());
            cards.count++;
            cards.chars += stats.of(child).chars;
            if (cut) cards.cut++;
        }
        for (Cards cards : byTemplate.values()) {
            if (cards.count < MIN_GRID_CARDS || cards.chars < MIN_GRID_SHARE * c.chars) continue;
            // whole excerpts under a doubly linked picture and title are teasers only beside a
            // longer article: a hub page's cards of the same shape are its content
            if (cards.cut >= MIN_GRID_CARDS || beside >= cards.chars) return true;
        }
        return false;
    }

    /** The teaser cards of one template in a container: how many, their text, how many with a cut excerpt. */
    private static final class Cards {
        int count;
        int chars;
        int cut;
    }

    /** The first of an element's class names: cards of one template differ in the rest ("card card-3"). */
    private static String templateName(Element e) {
        String cls = e.className().strip();
        int space = cls.indexOf(' ');
        return space < 0 ? cls : cls.substring(0, space);
    }

    /** A card: some link (its title), some text (its excerpt), short of an article's section. */
    private static boolean isTeaserCard(TextStats.Counts c) {
        return c.linkChars > 0 && c.chars <= MAX_CARD_CHARS && c.chars > c.linkChars;
    }

    /** Whether the card's longest block of its own text (its excerpt) stops short of a sentence's end. */
    private boolean endsInCutExcerpt(Element card) {
        Element excerpt = null;
        int longest = 0;
        for (Element d : card.getAllElements()) {
            int own = stats.of(d).ownChars;
            if (own > longest) {
                longest = own;
                excerpt = d;
            }
        }
        if (excerpt == null || longest < MIN_EXCERPT_CHARS) return false;
        String t = excerpt.text().strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (t.endsWith("...") || last == '\u2026' || last == ',') return true;
        // cut after a word of running text ("... the spectacular mountain"), not a name or a source
        // ("Annenberg Institute at Brown University"), which ends without a full stop yet is whole
        int wordStart = t.lastIndexOf(' ') + 1;
        return Character.isLetter(last) && Character.isLowerCase(t.charAt(wordStart));
    }

    /** A card's picture and its title both link to the page it teases. */
    private static boolean linksTwiceToOnePage(Element card) {
        Set<String> targets = new HashSet<>();
        for (Element a : card.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.length() > 1 && !href.startsWith("#") && !targets.add(href)) return true;
        }
        return false;
    }

    /** Appends a text node with its white space collapsed to single spaces, a run of words at a time. */
    private void append(String s, boolean inLink) {
        int i = 0;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) i++;
            text.append(s, start, i);
            chars += i - start;
            if (inLink) linkChars += i - start;
        }
    }

    private static boolean isSpace(char ch) {
        // printable ASCII, most of any text, is settled by comparisons alone
        if (ch > ' ' && ch < 0x7f) return false;
        return Character.isWhitespace(ch) || ch == '\u00a0';
    }

    private boolean isHeadline(String block) {
        for (String h : headlines) if (block.equalsIgnoreCase(h)) return true;
        return false;
    }

    private void flush() {
        String t = text.toString().strip();
        boolean mostlyLink = chars > 0 && linkChars > chars * MOSTLY_LINKS && kind != Paragraph.Kind.LIST_ITEM;
        text.setLength(0);
        int c = chars;
        chars = 0;
        linkChars = 0;
        if (t.isEmpty() || c == 0) return;
        if (isHeadline(t)) return;
        if (mostlyLink && kind != Paragraph.Kind.HEADING) return;
        if (Furniture.isFurnitureLine(t)) return;
        paragraphs.add(new Paragraph(paragraphs.size(), kind, numbered(t)));
    }

    /**
     * An ordered list's item reads with its number, as the browser shows it ("2. Preheat the
     * oven"): steps and rankings refer to one another by it. An item that writes its own number
     * keeps it as written.
     */
    private String numbered(String t) {
        String number = itemNumber;
        itemNumber = null;
        if (number == null || Character.isDigit(t.charAt(0))) return t;
        return number + t;
    }
}
