package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * React's streaming server rendering sends the parts of a page that were still loading after the
 * rest: each as a {@code <div hidden id="S:7">} at the end of the body, and a script moves it to
 * the empty {@code <template id="B:7">} or {@code <template id="P:7">} left where it belongs
 * (React names a segment and its place with the same number). Read where they were sent, an
 * article's later sections come after its footer, away from the rest of the article; put back
 * where the script puts them, they are the article's own sections again. Run on the freshly
 * parsed page, before anything is measured.
 */
final class StreamedSegments {

    private static final Pattern SEGMENT = Pattern.compile("S:[0-9a-f]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("[BP]:[0-9a-f]+");

    private StreamedSegments() {
    }

    static boolean isSegment(Element e) {
        return e.hasAttr("hidden") && SEGMENT.matcher(e.id()).matches();
    }

    /** Moves each segment sent at the end of {@code body} to its placeholder; a segment without one stays. */
    static void putInPlace(Element body) {
        // the segments are sent as the body's own children: only they are looked at on most pages
        List<Element> segments = new ArrayList<>();
        for (Element c = body.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (isSegment(c)) segments.add(c);
        }
        if (segments.isEmpty()) return;
        Map<String, Element> placeholders = new HashMap<>();
        for (Element t : body.getElementsByTag("template")) {
            if (PLACEHOLDER.matcher(t.id()).matches()) placeholders.put(t.id().substring(2), t);
        }
        for (Element segment : segments) {
            Element place = placeholders.get(segment.id().substring(2));
            if (place == null) continue;
            for (Node n : new ArrayList<>(segment.childNodes())) place.before(n);
            place.remove();
            segment.remove();
        }
    }
}
