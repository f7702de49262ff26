package org.articlesummarizer.clean;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page's links lead: to other pages of its own site, or away from it. The site is the
 * host of the page's canonical address ({@code <link rel=canonical>} or {@code og:url}), read
 * from the head alone. A list of links to the site's own pages is its navigation or its further
 * reading; a list of links to other sites is the article's own (its sources, the tools or
 * products it names).
 */
final class SiteLinks {

    /** The page's host without "www.", or "" when the page does not say where it lives. */
    private final String host;

    private SiteLinks(String host) {
        this.host = host;
    }

    static SiteLinks of(Document doc) {
        Element head = doc.head();
        for (Element e = head.firstElementChild(); e != null; e = e.nextElementSibling()) {
            String address = null;
            if (e.nameIs("link") && e.attr("rel").equalsIgnoreCase("canonical")) address = e.attr("href");
            else if (e.nameIs("meta") && e.attr("property").equalsIgnoreCase("og:url")) address = e.attr("content");
            String h = address == null ? "" : hostOf(address);
            if (!h.isEmpty()) return new SiteLinks(h);
        }
        return new SiteLinks("");
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
    static String hostOf(String address) {
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
