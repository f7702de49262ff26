package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The article's headline: the page's visible {@code <h1>} (what a reader takes for the title),
 * skipping h1s that are the site's logo in its header, a paragraph set large, or, on a page of many
 * h1s, its section headings. With several, the one closest in wording to the declared title
 * (og:title, JSON-LD headline, {@code <title>}); with none, the declared title with the site name
 * cut off. The h1 is mended from the declared title where the two agree but for damage or a label
 * ({@link #undamaged}, {@link #unlabelled}).
 */
final class HeadlineReader {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7\u2022:-]\\s+|\\s+\u00bb\\s+");

    /** A run of separators and spaces, as they stand between a title's parts. */
    private static final String SEPARATOR_RUN = "[\\s|\u2013\u2014\u00b7\u2022:\u00bb-]+";
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^" + SEPARATOR_RUN);
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile(SEPARATOR_RUN + "$");
    /** Separators and spaces at either end of a title's remaining part. */
    private static final Pattern SEPARATOR_EDGES = Pattern.compile("^" + SEPARATOR_RUN + "|" + SEPARATOR_RUN + "$");
    private static final int MAX_TITLE_CHARS = 300;
    /** An h1 longer than this is a paragraph set large (a teaser, the page's pitch), not a headline. */
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MIN_HEADLINE_WORDS = 3;
    /**
     * An h1 sharing almost no words with the title the page declares ("Our Blog", "Contact Us",
     * a section name) labels the page's region, not the article; the declared title is then the
     * better headline.
     */
    private static final double MIN_HEADLINE_SIMILARITY = 0.1;
    /**
     * A page with this many h1s uses them for its sections (or for every teaser): one of them is
     * the headline only when it is close in wording to the declared title.
     */
    private static final int SECTION_H1S = 3;
    private static final double MIN_SECTION_H1_SIMILARITY = 0.3;
    /** "Blog:", "Title:", "Case study:": a label is a word or two. */
    private static final int MAX_LABEL_WORDS = 2;
    private static final Pattern SITE_BRANDING = Pattern.compile("(?i)logo|brand|site-?title|site-?name|navbar");
    /** How far above an h1 a logo's or brand's class name still speaks for it. */
    private static final int BRANDING_LEVELS = 3;

    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    private static final Pattern SPACE_BEFORE_END_MARK = Pattern.compile(" ([.!?])$");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00a0]+");
    /** A site named by its domain: "example.com", "news.example.co.uk". */
    private static final String DOMAIN_NAME = "(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,6}";
    private static final Pattern DOMAIN = Pattern.compile("(?i)" + DOMAIN_NAME);
    /** A source's domain in brackets and a count after a linked headline: " (example.com) 87". */
    private static final Pattern SOURCE_AND_COUNT = Pattern.compile(
            "(?i)\\s*[(\\[]\\s*" + DOMAIN_NAME + "\\s*[)\\]]\\s*\\d*\\s*");

    /** The {@code <title>} as the page gives it. */
    private final String pageTitle;
    /** The first of og:title, JSON-LD headline, twitter:title and {@code <title>}: the title the page declares. */
    private final String declared;
    /** {@link #declared} with its spaces made one ({@link #spaced}), or null. */
    private final String spacedDeclared;
    /** og:site_name, or the publisher: see {@link MetadataReader}. */
    private final String siteName;
    private final List<Element> headings;
    /** Each h1's text ({@link #headlineText}), in the order of {@link #headings}. */
    private final List<String> headingTexts;
    private final String title;
    /** The h1 the title was read from, as printed, or null when it was read from the declared title. */
    private final String shown;

    HeadlineReader(String pageTitle, String declared, String siteName, List<Element> headings) {
        this.pageTitle = pageTitle;
        this.declared = declared;
        this.siteName = siteName;
        this.headings = headings;
        this.spacedDeclared = declared == null ? null : spaced(declared);
        List<String> texts = new ArrayList<>(headings.size());
        for (Element h1 : headings) texts.add(headlineText(h1));
        this.headingTexts = texts;
        this.shown = headlineH1(siteNameBeside(pageTitle, spacedDeclared));
        this.title = read();
    }

    /** The headline, or null when the page names none. */
    String title() {
        return title;
    }

    /**
     * The texts a block repeating the headline has: the title, and the h1 as the page prints it
     * when the title mends it ("Blog: Bridge to be rebuilt"). The article's text leaves both out.
     */
    List<String> texts() {
        List<String> texts = new ArrayList<>(2);
        if (title != null) texts.add(title);
        if (shown != null && !shown.equalsIgnoreCase(title)) texts.add(shown);
        return texts;
    }

    /**
     * A title the page declares (og:title, JSON-LD headline, twitter:title, {@code <title>}) as the
     * headline would read from it: spaces made one, the site's name and what follows a pipe cut
     * off. Null for a blank title.
     */
    String declaredHeadline(String declaredTitle) {
        return declaredTitle == null || declaredTitle.isBlank() ? null : beforePipe(withoutSiteName(withoutBrand(spaced(declaredTitle))));
    }

    /** The h1 the headline was read from, or null when it was read from the declared title. */
    Element headlineElement() {
        int i = shown == null ? -1 : headingTexts.indexOf(shown);
        return i < 0 ? null : headings.get(i);
    }

    private String read() {
        String cleanDeclared = declaredHeadline(declared);
        if (shown == null) return cleanDeclared;
        String h = withoutNamedSite(spaced(shown));
        if (!pipeInsideHeadline(h, spacedDeclared)) h = beforePipe(h);
        h = undamaged(h, cleanDeclared, declared, pageTitle);
        h = withoutSource(h, cleanDeclared);
        h = unlabelled(h, cleanDeclared, spacedDeclared);
        return shouted(h) && Furniture.wordCount(h) > 1 && cleanDeclared != null && !shouted(cleanDeclared)
                && similarity(h, cleanDeclared) >= MIN_HEADLINE_SIMILARITY ? cleanDeclared : h;
    }

    /**
     * The h1 without what a link aggregator prints after the headline it links: the source's domain
     * and a count of comments ("Grads find jobs scarce (latimes.com) 87"), when the rest is the
     * declared title word for word.
     */
    static String withoutSource(String headline, String declared) {
        if (declared == null || declared.length() >= headline.length()
                || !headline.regionMatches(true, 0, declared, 0, declared.length())) return headline;
        return SOURCE_AND_COUNT.matcher(headline.substring(declared.length())).matches() ? declared : headline;
    }

    /**
     * The title without the site's name where an h1 shows that name (its domain or og:site_name) and
     * it starts or ends the title, set off by a separator or only by a space ("example.com Vibe coding").
     */
    private String withoutBrand(String title) {
        for (String brand : headingTexts) {
            if (brand.isEmpty() || brand.length() >= title.length() || !namesTheSite(brand)) continue;
            // the brand must end at a word's edge: "Acme" is not cut from "Acmeology"
            String rest = null;
            int end = title.length() - brand.length();
            if (title.regionMatches(true, 0, brand, 0, brand.length()) && !Character.isLetterOrDigit(title.charAt(brand.length()))) {
                rest = title.substring(brand.length());
            } else if (title.regionMatches(true, end, brand, 0, brand.length()) && !Character.isLetterOrDigit(title.charAt(end - 1))) {
                rest = title.substring(0, end);
            }
            String cut = rest == null ? "" : SEPARATOR_EDGES.matcher(rest).replaceAll("");
            if (!cut.isEmpty()) return cut;
        }
        return title;
    }

    /**
     * The h1 read from the declared title where the site printed characters it could not encode as
     * '?' or U+FFFD ("Beginner? Guide" for "Beginner's Guide"): a declared title that matches the
     * h1 at every other character, up to its end or a separator, is the same title undamaged.
     */
    static String undamaged(String headline, String... declared) {
        if (headline.indexOf('?') < 0 && headline.indexOf('\uFFFD') < 0) return headline;
        StringBuilder regex = new StringBuilder();
        int from = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c != '?' && c != '\uFFFD') continue;
            regex.append(Pattern.quote(headline.substring(from, i))).append("\\S{1,3}");
            from = i + 1;
        }
        if (from < headline.length()) regex.append(Pattern.quote(headline.substring(from)));
        Pattern damaged = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String d : declared) {
            if (d == null) continue;
            String title = spaced(d);
            Matcher m = damaged.matcher(title);
            if (m.lookingAt() && (m.end() == title.length() || TITLE_SEPARATOR.matcher(title).region(m.end(), title.length()).lookingAt())) {
                String repaired = title.substring(0, m.end());
                // the same text but for case: the '?'s were the headline's own
                if (!repaired.equalsIgnoreCase(headline)) return repaired;
            }
        }
        return headline;
    }

    /**
     * The h1 without a label the page puts before the headline ("Blog: ...", "Title: ..."), when
     * what follows the label is the declared title word for word.
     */
    static String unlabelled(String headline, String... declared) {
        for (String d : declared) {
            if (d == null || d.length() >= headline.length()) continue;
            int start = headline.length() - d.length();
            if (!headline.regionMatches(true, start, d, 0, d.length())) continue;
            String label = headline.substring(0, start).strip();
            if (label.endsWith(":") && Furniture.wordCount(label) <= MAX_LABEL_WORDS) return headline.substring(start);
        }
        return headline;
    }

    /** The text of the h1 that is the article's headline, or null; see {@link HeadlineReader}. */
    private String headlineH1(String titleSite) {
        String best = null;
        double bestSimilarity = -1;
        int candidates = 0;
        for (int i = 0; i < headings.size(); i++) {
            Element h1 = headings.get(i);
            String text = headingTexts.get(i);
            if (text.isEmpty() || text.length() > MAX_TITLE_CHARS || Furniture.wordCount(text) > MAX_HEADLINE_WORDS || isSiteBranding(h1, text)
                    || text.equalsIgnoreCase(titleSite)) continue;
            candidates++;
            double similarity = Math.max(similarity(text, declared), similarity(text, pageTitle));
            if (similarity > bestSimilarity) {
                best = text;
                bestSimilarity = similarity;
            }
        }
        double min = candidates >= SECTION_H1S ? MIN_SECTION_H1_SIMILARITY : MIN_HEADLINE_SIMILARITY;
        if (declared != null && bestSimilarity < min) return null;
        return best;
    }

    /**
     * The h1's words without a {@code <time>} inside it: blogs print the date in the headline's
     * link ("Dec 18 2025 Preparing a release"), and a date is never part of the title.
     */
    private static String headlineText(Element h1) {
        if (h1.getElementsByTag("time").isEmpty()) return h1.text().strip();
        Element copy = h1.clone();
        copy.getElementsByTag("time").remove();
        return copy.text().strip();
    }

    /**
     * An h1 that is the site's name (its logo, or the og:site_name) is not the article's headline.
     * Only the h1 and its nearest containers are asked about their names: the body's classes
     * describe the whole page ("wp-custom-logo"), not its headline.
     */
    private boolean isSiteBranding(Element h1, String text) {
        if (namesTheSite(text)) return true;
        int level = 0;
        for (Element e = h1; e != null && !e.nameIs("body"); e = e.parent(), level++) {
            if (e.nameIs("article") || e.nameIs("main")) return false;
            if (e.nameIs("nav") || level <= BRANDING_LEVELS && SITE_BRANDING.matcher(ClassHints.names(e)).find()) return true;
        }
        return false;
    }

    /**
     * The name the {@code <title>} adds to the declared headline: "Field Notes: Small boats" when
     * og:title says "Small boats" names the site "Field Notes". Null when the {@code <title>} is the
     * declared headline, or does not start or end with it.
     *
     * @param headline the declared title, spaced
     */
    private static String siteNameBeside(String pageTitle, String headline) {
        if (pageTitle == null || headline == null) return null;
        String title = spaced(pageTitle);
        if (title.length() <= headline.length()) return null;
        String rest;
        if (title.regionMatches(true, 0, headline, 0, headline.length())) rest = title.substring(headline.length());
        else if (title.regionMatches(true, title.length() - headline.length(), headline, 0, headline.length()))
            rest = title.substring(0, title.length() - headline.length());
        else return null;
        // the name must be set off by a separator, not run on from the headline's last word
        String name = SEPARATOR_EDGES.matcher(rest).replaceAll("");
        if (name.isEmpty() || name.length() == rest.strip().length()) return null;
        // a site's name is shorter than the headline; the other way round, og:title was the site's name
        return Furniture.wordCount(name) < Furniture.wordCount(headline) ? name : null;
    }

    /**
     * Whether the declared title repeats the whole h1, pipe and all, and then sets the site off with
     * another separator ("A | B — Site"): that pipe is part of the headline, not its furniture.
     *
     * @param title the declared title, spaced
     */
    private static boolean pipeInsideHeadline(String headline, String title) {
        if (title == null || !headline.contains(" | ")) return false;
        if (title.length() <= headline.length() || !title.regionMatches(true, 0, headline, 0, headline.length())) return false;
        Matcher separator = TITLE_SEPARATOR.matcher(title).region(headline.length(), title.length());
        return separator.lookingAt() && !separator.group().contains("|");
    }

    /** Whether the text is the og:site_name or the publisher, or a domain name. */
    private boolean namesTheSite(String text) {
        return text.equalsIgnoreCase((siteName == null ? "" : siteName)) || DOMAIN.matcher(text).matches();
    }

    /** "Headline | Section | Site": a pipe almost always starts the page's furniture, not the headline's. */
    private static String beforePipe(String title) {
        int pipe = title.indexOf(" | ");
        if (pipe < 0) return title;
        String head = title.substring(0, pipe).strip();
        return Furniture.wordCount(head) >= MIN_HEADLINE_WORDS ? head : title;
    }

    /**
     * Whether a title is in capitals throughout ("SUPPORTING GAAP COMPLIANCE"): the page set its h1
     * as a banner or a kicker, and the title it declares in ordinary case, when it shares words with
     * the h1, is the headline as the writer worded it.
     */
    static boolean shouted(String title) {
        boolean letters = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }

    /** Share of words two titles have in common (Jaccard over lower-cased words). */
    private static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        Set<String> x = new HashSet<>(List.of(NON_WORD.split(normal(a))));
        Set<String> y = new HashSet<>(List.of(NON_WORD.split(normal(b))));
        int union = x.size();
        int common = 0;
        for (String w : y) {
            if (x.contains(w)) common++;
            else union++;
        }
        return union == 0 ? 0 : (double) common / union;
    }

    /** Lower-cased: the split at non-word characters settles spaces and apostrophes of every kind. */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    /** Non-breaking and repeated spaces as one space ("Learn web development &amp;nbsp;|&amp;nbsp; web.dev"). */
    private static String spaced(String s) {
        String one = WHITE_SPACE.matcher(s).replaceAll(" ").strip();
        // "these 10 travel hacks ." : a space a template left before the final stop
        return SPACE_BEFORE_END_MARK.matcher(one).replaceFirst("$1");
    }

    /**
     * The title without a part that names the site: the og:site_name or the publisher, or a bare
     * domain name ("Game Changer | Newegg.com"). Other parts stay.
     */
    private String withoutNamedSite(String title) {
        String site = siteName;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (site != null && last.equalsIgnoreCase(site) || DOMAIN.matcher(last).matches()) {
            return TRAILING_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last))).replaceFirst("").strip();
        }
        if (site != null && first.equalsIgnoreCase(site) || DOMAIN.matcher(first).matches()) {
            return LEADING_SEPARATORS.matcher(title.substring(title.indexOf(first) + first.length())).replaceFirst("").strip();
        }
        return title;
    }

    private String withoutSiteName(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title.strip();
        String named = withoutNamedSite(title);
        if (!named.equals(title)) return named;
        // without a site name, the longest part is the headline
        String longest = parts[0];
        for (String p : parts) if (p.length() > longest.length()) longest = p;
        return longest.length() > title.length() / 2 ? longest.strip() : title.strip();
    }
}
