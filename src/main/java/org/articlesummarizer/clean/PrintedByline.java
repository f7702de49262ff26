package org.articlesummarizer.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The byline printed in the page, for pages that declare none: an element marked as the author,
 * a link to an author page, or a "By" label followed by a name. Only what reads as a name counts.
 */
final class PrintedByline {

    private static final AlternativesPattern AUTHOR_NAMES = AlternativesPattern.compile("(?i)author|byline|writer");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)bio|avatar|image|img|photo|desc|about|box|title|role|date|label");
    /** A link to an author page; most links name none of its words, which AlternativesPattern tells by indexOf alone. */
    private static final AlternativesPattern AUTHOR_LINK = AlternativesPattern.compile(
            "/author/[^/]|/authors/[^/]|/writer/[^/]|/contributor/[^/]|/people/[^/]|/profile/[^/]");
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\d{1,2}\\s+[a-z]+\\s+\\d{4}\\s+");
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)^(about )?(the )?author:?\\s+|^(text|words|recipe|guide|story|photos?) by\\s+");
    /** Where a printed byline runs on into a date, a role or the section. */
    private static final Pattern BYLINE_END = Pattern.compile(
            "(?i)\\s+[\u2022|\u2013\u2014\u00b7-]\\s*|\\s+-|\\s+(sponsored|updated|published|posted|on|in)\\s|\\s+sponsored$"
                    + "|\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\s+\\d{1,4}[/.-]\\d"
                    + "|\\s+(last )?updated\\b|\\s+\\d+$|\\.?\\s+reviewed by\\b"
                    + "|\\s+((ai|staff|contributing|senior|junior|tech|former|deputy|content|managing|chief)\\s+)*"
                    + "(writer|reporter|editor|expert|contributor|correspondent|columnist|founder|co-founder|head)\\b");
    private static final Pattern NOT_A_BYLINE = Pattern.compile(
            "(?i)^(the )?authors?$|^(updated|abstract)$|\\b(login|log in|sign in|bluesky|facebook|twitter|linkedin|instagram|email|says|articles by|posts by)\\b");
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)((" + MetadataReader.writerVerbs() + "|words) )?by:?|author:?");
    private static final int LONGEST_LABEL = 12;
    private static final int MAX_BYLINE_WORDS = 8;

    private PrintedByline() {
    }

    /**
     * The byline as printed: an element marked as the author (rel, itemprop, or a class or id
     * naming author or byline), or a link to an author page. Only short texts count: a byline is
     * a name, not an author's biography.
     */
    static String find(Element body, TextStats stats) {
        if (body == null) return null;
        // the elements of the body in document order, as listed when the page was measured
        for (TextStats.Counts c : stats.inDocumentOrder()) {
            Element e = c.element;
            // most elements carry no attributes at all, and only attributes mark an author
            boolean marked = e.attributesSize() > 0 && isMarkedAsAuthor(e);
            if (!marked) {
                String labelled = afterBylineLabel(e);
                if (labelled == null) labelled = writtenByLine(e, c);
                if (labelled != null) return labelled;
                continue;
            }
            String name = namePart(e, c);
            if (name == null) name = nameIn(e.text());
            if (name != null) return name;
        }
        return null;
    }

    /** Longest text of an author box whose parts are looked into: a name, a role and a label or two. */
    private static final int MAX_AUTHOR_BOX_CHARS = 200;
    /** Longest text of an author box with a bio under the name, whose first line may be the name alone. */
    private static final int MAX_AUTHOR_BIO_BOX_CHARS = 2000;

    /**
     * The name in an author box that sets it apart from the author's role, the publisher or a bio: the
     * part whose class or id says "name" ("<span class=author-name>Ann Lee</span><span
     * class=author-title>Founder</span>", whose text run together reads "Ann LeeFounder"); else a part
     * marked as the author itself ("<div class=byline><a class=author href=/staff/ann-lee>Ann Lee</a> USA
     * TODAY</div>"); else, in a box with a bio, its first line that is a name and nothing else. Null when
     * the box has none of them.
     */
    private static String namePart(Element box, TextStats.Counts counts) {
        if (counts.childElements == 0 || counts.chars > MAX_AUTHOR_BIO_BOX_CHARS) return null;
        List<Element> parts = box.getAllElements(); // the box itself first
        if (counts.chars <= MAX_AUTHOR_BOX_CHARS) {
            String name = firstPartNamed(parts, PrintedByline::namedAsName);
            if (name == null) name = firstPartNamed(parts, PrintedByline::isMarkedAsAuthor);
            if (name != null) return name;
        }
        for (Element line : parts.subList(1, parts.size())) {
            if (line.childrenSize() > 0) continue;
            String name = MetadataReader.cleanByline(line.text());
            if (looksLikeName(name) && capitalisedWords(name)) return name; // "Lauren Vetter" above her bio
        }
        return null;
    }

    /** The name in the first of the box's parts (after the box itself) that {@code marks} picks and that reads as a name. */
    private static String firstPartNamed(List<Element> parts, java.util.function.Predicate<Element> marks) {
        for (Element part : parts.subList(1, parts.size())) {
            if (part.attributesSize() == 0 || !marks.test(part)) continue;
            String name = nameIn(part.text());
            if (name != null) return name;
        }
        return null;
    }

    /** A class or id that says "name" ("author-name", "authorName"), and none of the words of a picture, bio or role. */
    private static boolean namedAsName(Element e) {
        String names = ClassHints.names(e);
        return names.toLowerCase(java.util.Locale.ROOT).contains("name") && !NOT_A_NAME.matcher(names).find();
    }

    /** Two to four words, each starting with a capital: "Lauren Vetter", "A. J. Neal". */
    private static boolean capitalisedWords(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 4) return false;
        for (String w : words) if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        return true;
    }

    /** rel or itemprop "author", a class or id naming the author, or a link to an author page. */
    private static boolean isMarkedAsAuthor(Element e) {
        // the words are looked for directly: cheaper than hashing every element's names into a cache
        String names = ClassHints.names(e);
        return e.attr("rel").equals("author") || e.attr("itemprop").equals("author")
                || !names.isEmpty() && AUTHOR_NAMES.find(names) && !NOT_A_NAME.matcher(names).find()
                || e.nameIs("a") && AUTHOR_LINK.find(e.attr("href"));
    }

    /**
     * A byline set as a label and a name: "By <a>Ann Lee</a>", or "<p>Written by</p><p>Ann Lee</p>".
     */
    private static String afterBylineLabel(Element e) {
        if (e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode)) return null;
        if (!ownTextCouldBeALabel(e)) return null;
        String own = e.ownText().strip();
        if (own.length() > LONGEST_LABEL || !BYLINE_LABEL.matcher(own).matches()) return null;
        String text = e.text().strip();
        String rest = text.substring(Math.min(own.length(), text.length())).strip();
        return nameIn(rest.isEmpty() && e.nextElementSibling() != null ? e.nextElementSibling().text() : rest);
    }

    /** A line that says who wrote the piece: "Written by John Crenshaw", "Posted by: Ann Lee". */
    private static final Pattern WRITTEN_BY_LINE = Pattern.compile("(?i)(" + MetadataReader.writerVerbs() + ") by:?\\s+(?-i:\\p{Lu}).*");
    private static final int LONGEST_WRITTEN_BY_LINE = 60;

    /**
     * A block of its own that says who wrote the piece, in no element marked as the author: "<p>Written by
     * John Crenshaw</p>". Its text alone, one short text node: a sentence that goes on is no byline.
     */
    private static String writtenByLine(Element e, TextStats.Counts counts) {
        if (e.childNodeSize() != 1 || counts.visibleChars > LONGEST_WRITTEN_BY_LINE || !(e.childNode(0) instanceof TextNode t)) {
            return null;
        }
        // asked of every short text of the page (links, labels, buttons): its first word turns most away
        String raw = t.getWholeText();
        int first = 0;
        while (first < raw.length() && Character.isWhitespace(raw.charAt(first))) first++;
        if (!startsWithWriterVerb(raw, first)) return null;
        String line = t.text().strip();
        return WRITTEN_BY_LINE.matcher(line).matches() ? nameIn(line) : null;
    }

    private static boolean startsWithWriterVerb(String s, int from) {
        for (String verb : MetadataReader.WRITER_VERBS) if (s.regionMatches(true, from, verb, 0, verb.length())) return true;
        return false;
    }

    /**
     * Whether the element's own text could be a byline label, told without building it (most
     * elements are asked, and few are labels): at most a label's length, at least "by", and ending
     * as every label does, in "by", "author" or a colon. Its last visible character is the label's
     * last one, unless it is a non-ASCII character the label's text might not keep: then the
     * label itself is checked.
     */
    private static boolean ownTextCouldBeALabel(Element e) {
        int visible = 0;
        char last = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (!(e.childNode(i) instanceof TextNode t)) continue;
            String s = t.getWholeText();
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (TextStats.isVisible(c)) {
                    // a paragraph's text node is long: stop as soon as it is longer than a label
                    if (++visible > LONGEST_LABEL) return false;
                    last = c;
                }
            }
        }
        return visible >= 2 && (last > 0x7f || last == 'y' || last == 'Y' || last == 'r' || last == 'R' || last == ':');
    }

    /** The name a printed byline gives, without its label, date or role; null when what is left reads as no name. */
    private static String nameIn(String printed) {
        String name = MetadataReader.cleanByline(cutAtDateOrRole(printed));
        return looksLikeName(name) ? name : null;
    }

    /** A name has a few words, no digits and no label's colon, and is not a button's text. */
    private static boolean looksLikeName(String name) {
        if (name == null || name.length() < 3 || Furniture.wordCount(name) > MAX_BYLINE_WORDS) return false;
        for (int i = 0; i < name.length(); i++) if (Character.isDigit(name.charAt(i))) return false;
        return !name.endsWith(":") && !NOT_A_BYLINE.matcher(name).find();
    }

    /** A printed byline runs on into the date, the read time or the section: keep the name. */
    private static String cutAtDateOrRole(String s) {
        String t = LEADING_DATE.matcher(s.strip()).replaceFirst("");
        t = AUTHOR_LABEL.matcher(t).replaceFirst("");
        Matcher m = BYLINE_END.matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }
}
