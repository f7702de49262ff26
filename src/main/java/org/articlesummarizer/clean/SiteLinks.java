package org.articlesummarizer.clean;

import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * Where a page's links lead: to other pages of its own site, or away from it. The site is the
 * host of the page's canonical address ({@code <link rel=canonical>} or {@code og:url}), read
 * from the head alone by {@link MetadataReader}. A list of links to the site's own pages is its navigation or its further
 * reading; a list of links to other sites is the article's own (its sources, the tools or
 * products it names).
 */
final class SiteLinks {

    /** The page's host without "www.", or "" when the page does not say where it lives. */
    private final String host;

    private SiteLinks(String host) {
        this.host = host;
    }

    /** The links of a page that lives on {@code host} ("" when unknown): see {@link #declaredHost}. */
    static SiteLinks of(String host) {
        return new SiteLinks(host);
    }

    /**
     * The host a {@code <link rel=canonical>} or {@code og:url} tag gives as the page's address,
     * or "" for any other element. {@link MetadataReader} asks it of the head's tags in its walk.
     */
    static String declaredHost(Element e) {
        String address = declaredAddress(e);
        return address == null ? "" : hostOf(address);
    }

    /** The address a {@code <link rel=canonical>} or {@code og:url} tag gives as the page's, or null for any other element. */
    static String declaredAddress(Element e) {
        if (e.nameIs("link") && e.attr("rel").equalsIgnoreCase("canonical")) return e.attr("href");
        if (e.nameIs("meta") && e.attr("property").equalsIgnoreCase("og:url")) return e.attr("content");
        return null;
    }

    /** Whether most of the links below {@code e} lead to other sites (none known: no). */
    boolean mostlyOffSite(Element e) {
        if (host.isEmpty()) return false;
        int links = 0;
        int away = 0;
        for (Element a : e.getElementsByTag("a")) {
            links++;
            String h = hostOf(a.attr("href"));
            if (!h.isEmpty() && !h.equals(host) && !h.endsWith("." + host) && !host.endsWith("." + h)) away++;
        }
        return links > 0 && away * 2 > links;
    }

    /** The host of an absolute address ("https://www.example.com/a" gives "example.com"); "" for a relative one. */
    private static String hostOf(String address) {
        String a = address.strip();
        int start;
        if (a.startsWith("//")) start = 2;
        else {
            int scheme = a.indexOf("://");
            if (scheme <= 0 || !a.regionMatches(true, 0, "http", 0, 4)) return "";
            start = scheme + 3;
        }
        int end = start;
        while (end < a.length() && "/?#:".indexOf(a.charAt(end)) < 0) end++;
        String h = a.substring(start, end).toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
