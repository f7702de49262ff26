package org.articlesummarizer.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.articlesummarizer.article.Article;

/**
 * Exact-match accuracy of title, author and date, over the pages whose truth has each.
 * Normalisation rule, the same on both sides:
 * <ul>
 * <li>text: Unicode NFKC, curly quotes and dashes to ASCII, lower case, runs of white space to one
 * space, leading and trailing white space and punctuation removed;</li>
 * <li>title: that, then compared as its words in order ({@code \w+} runs, "&amp;" read as "and"): the same
 * words in the same order are the same title whatever punctuation sits between them ("Problems--Simple"
 * and "Problems—Simple", "*A Treatise*" and "A Treatise"); a word more, less or different is a miss;</li>
 * <li>author: that, then a leading "by" dropped and the names split on commas, "&amp;" and "and",
 * compared as a set (order of names does not matter);</li>
 * <li>date: the calendar date as the page states it (no time-zone shift), {@code YYYY-MM-DD};
 * compared on as many characters as the truth gives (a truth of {@code YYYY-MM} checks the month).</li>
 * </ul>
 */
public final class MetadataAccuracy {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private int titles;
    private int titleHits;
    private int authors;
    private int authorHits;
    private int dates;
    private int dateHits;

    public void add(WcxbPages.Page p, Article a) {
        if (p.title() != null) {
            titles++;
            if (titleMatches(p, a)) titleHits++;
        }
        if (p.author() != null) {
            authors++;
            if (authorMatches(p, a)) authorHits++;
        }
        if (p.date() != null) {
            dates++;
            if (dateMatches(p, a)) dateHits++;
        }
    }

    /** Whether our title is the truth's, by the rule of the class comment (call only when the truth has one). */
    static boolean titleMatches(WcxbPages.Page p, Article a) {
        return titleWords(p.title()).equals(titleWords(a.title()));
    }

    static boolean authorMatches(WcxbPages.Page p, Article a) {
        return names(p.author()).equals(names(a.metadata().byline()));
    }

    static boolean dateMatches(WcxbPages.Page p, Article a) {
        String ours = a.metadata().publishedTime();
        return ours != null && ours.startsWith(p.date());
    }

    /** Share of the pages whose truth has a title that we title the same. */
    public double titleAccuracy() {
        return ratio(titleHits, titles);
    }

    /** Share of the pages whose truth has an author where we name the same authors. */
    public double authorAccuracy() {
        return ratio(authorHits, authors);
    }

    /** Share of the pages whose truth has a date where we give the same date. */
    public double dateAccuracy() {
        return ratio(dateHits, dates);
    }

    /** Rows for the benchmark table: what, share matched, matched / pages with truth. */
    public List<String[]> rows() {
        return List.of(
                row("metadata: title exact", titleHits, titles),
                row("metadata: author exact (name set)", authorHits, authors),
                row("metadata: date exact (YYYY-MM-DD)", dateHits, dates));
    }

    private static String[] row(String what, int hits, int of) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f%%", 100 * ratio(hits, of)), hits + " / " + of};
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static String text(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201a\u201b\u2032]", "'")
                .replaceAll("[\u201c\u201d\u201e\u201f\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return t.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    /** A title as its lower-cased words in order; see the class comment. */
    public static String titleWords(String s) {
        java.util.regex.Matcher m = WORD.matcher(text(s).replace("&", " and "));
        StringBuilder out = new StringBuilder();
        while (m.find()) out.append(out.length() == 0 ? "" : " ").append(m.group());
        return out.toString();
    }

    static Set<String> names(String s) {
        String t = text(s).replaceFirst("^by\\s+", "");
        Set<String> out = new TreeSet<>();
        for (String n : Arrays.asList(t.split("\\s*(,|&|\\band\\b)\\s*"))) {
            String name = n.strip();
            if (!name.isEmpty()) out.add(name);
        }
        return out;
    }
}
