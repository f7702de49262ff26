package org.articlesummarizer.clean;

import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Hands the HTML parser a page without the bodies of its scripts and style sheets. They are a
 * good part of a page's characters (on news pages often more than its text and markup together),
 * and no pass reads them: text is only ever read from text nodes, and the one script that is read,
 * JSON-LD ({@link MetadataReader}), keeps its body. The parser still sees every
 * {@code <script>} and {@code <style>} element, with its attributes, only empty; the tree is
 * otherwise the one it builds from the whole page. The drawing inside an SVG icon (paths and
 * groups, no text) is left out the same way: it is markup the parser builds elements of, that the
 * extraction removes unread.
 *
 * <p>Finding those bodies means reading the page as the parser's tokeniser does (jsoup follows
 * the HTML standard's tokeniser): a {@code <script>} in a comment, in an attribute value or in a
 * {@code <title>} is text, not an element, and a script ends at its first {@code </script>}
 * (unless it opens an HTML comment, {@code <!--}, where this reader stops). Text is
 * skipped with {@code indexOf}; only markup is read a character at a time. Where the tree
 * builder, not the tokeniser, decides whether a script is one (inside SVG and MathML, a
 * {@code <select>} or a {@code <noscript>}), bodies are left in; at anything this reader does
 * not follow exactly (a frameset, {@code <plaintext>}, a tag or raw text the page never closes,
 * raw text with markup in it where the tree builder decides), it stops, and the rest of the page
 * goes to the parser untouched. ScriptSkipperTest checks on random markup and on real pages that
 * the parser builds the same tree either way.
 */
final class ScriptSkipper {

    /** A cached position not looked up yet. */
    private static final int UNKNOWN = -2;

    private final String s;
    private final int n;
    /** Start and end (exclusive) of each body left out, in order. */
    private int[] spans = new int[16];
    private int spanCount;
    /**
     * The open SVG and MathML roots, innermost last ('s' or 'm'): inside them the tree builder
     * reads tags by other rules (only an SVG script is raw text), and an end tag closes the
     * innermost root of its name with everything in it.
     */
    private final StringBuilder foreignRoots = new StringBuilder();
    /**
     * Whether the last tag inside SVG or MathML opened a place where HTML's rules come back (a
     * foreignObject, title, desc, mi, ...): a tag opened right in it is HTML, and from then on the
     * foreign roots no longer tell where the tree builder stands.
     */
    private boolean inIntegrationPoint;
    /** Set for the rest of the page once the foreign roots no longer tell (see above). */
    private boolean tangled;
    /**
     * Where the content of the outermost open SVG starts, while that content is nothing but
     * drawing elements and white space (an icon): -1 otherwise. Such content is left out too; it
     * gives the tree no text, and the SVG element itself stays.
     */
    private int plainSvgStart = -1;
    /** Inside a select a style tag is ignored, and in a noscript in the head a script tag is read as text. */
    private boolean inSelect;
    private boolean inNoscript;
    /** The next "--!>" (which also closes a comment) the reading may meet; -1 when there is none. */
    private int nextBangClose = UNKNOWN;
    /** Whether the tag {@link #tagEnd} last read ended in "/>" (a '/' in an unquoted value does not count). */
    private boolean selfClosing;

    private ScriptSkipper(String html) {
        this.s = html;
        this.n = html.length();
    }

    /** The page as the parser should read it, its script and style bodies left out. */
    static Reader reader(String html) {
        return new SkippingReader(html, spans(html));
    }

    /** The page with its script and style bodies left out, as {@link #reader} reads it. */
    static String without(String html) {
        int[] spans = spans(html);
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        for (int i = 0; i < spans.length; i += 2) {
            out.append(html, from, spans[i]);
            from = spans[i + 1];
        }
        return out.append(html, from, html.length()).toString();
    }

    /** Start and end (exclusive) of each body left out, in order, as pairs. */
    private static int[] spans(String html) {
        ScriptSkipper skipper = new ScriptSkipper(html);
        skipper.scan();
        return Arrays.copyOf(skipper.spans, skipper.spanCount);
    }

    /** The tokeniser's data state: text up to the next '<', then whatever markup starts there. */
    private void scan() {
        int p = 0;
        while (p >= 0 && p < n) {
            int lt = s.indexOf('<', p);
            if (lt < 0 || lt + 1 >= n) return;
            if (plainSvgStart >= 0 && !isWhiteSpace(p, lt)) plainSvgStart = -1;
            char c = s.charAt(lt + 1);
            if (c == '!') {
                p = afterMarkupDeclaration(lt);
            } else if (c == '?') {
                p = after('>', lt + 2);
            } else if (c == '/') {
                p = afterEndTag(lt);
            } else if (isAsciiLetter(c)) {
                p = afterStartTag(lt);
            } else {
                // a '<' that starts no markup is text
                plainSvgStart = -1;
                p = lt + 1;
            }
        }
    }

    /** {@code <!--}, {@code <!DOCTYPE}, {@code <![CDATA[} or a bogus comment; -1 when the page ends inside it. */
    private int afterMarkupDeclaration(int lt) {
        int p = lt + 2;
        if (s.startsWith("--", p)) return afterComment(p + 2);
        if (s.startsWith("[CDATA[", p)) {
            plainSvgStart = -1;
            int end = s.indexOf("]]>", p + 7);
            return end < 0 ? -1 : end + 3;
        }
        // a doctype ends at its first '>', quoted identifiers or not; so does a bogus comment
        return after('>', p);
    }

    /**
     * A comment ends at the first "-->" or "--!>"; "<!-->" and "<!--->" are empty comments. Dashes
     * right after "<!--" count towards the end ("<!---->" is empty too).
     */
    private int afterComment(int p) {
        if (p < n && s.charAt(p) == '>') return p + 1;
        if (p + 1 < n && s.charAt(p) == '-' && s.charAt(p + 1) == '>') return p + 2;
        int close = s.indexOf("-->", p);
        // "--!>" is rare: its next place is looked up again only once the reading has passed it
        if (nextBangClose != -1 && nextBangClose < p) nextBangClose = s.indexOf("--!>", p);
        int bang = nextBangClose;
        if (bang >= 0 && (close < 0 || bang < close)) return bang + 4;
        return close < 0 ? -1 : close + 3;
    }

    private int afterEndTag(int lt) {
        int p = lt + 2;
        if (p >= n) return -1;
        char c = s.charAt(p);
        if (c == '>') return p + 1;
        if (!isAsciiLetter(c)) return after('>', p);
        int nameEnd = tagNameEnd(p);
        if (nameEnd >= n) return -1;
        inIntegrationPoint = false;
        if (plainSvgStart >= 0 && !isDrawingElement(p, nameEnd)) plainSvgStart = -1;
        if (isNamed(p, nameEnd, "svg")) {
            closeForeignRoot('s');
            if (foreignRoots.length() == 0) {
                if (plainSvgStart >= 0 && !tangled) leaveOut(plainSvgStart, lt);
                plainSvgStart = -1;
            }
        } else if (isNamed(p, nameEnd, "math")) closeForeignRoot('m');
        else if (isNamed(p, nameEnd, "select")) inSelect = false;
        else if (isNamed(p, nameEnd, "noscript")) inNoscript = false;
        return tagEnd(nameEnd);
    }

    private int afterStartTag(int lt) {
        int p = lt + 1;
        int nameEnd = tagNameEnd(p);
        if (nameEnd >= n) return -1;
        // the parser trims a name's trailing control characters ("script\u000b" is a script) but
        // matches its end tag against the untrimmed name: not worth following
        if (s.charAt(nameEnd - 1) < ' ') return -1;
        int end = tagEnd(nameEnd);
        if (end < 0) return -1;
        if (foreignRoots.length() > 0) {
            if (inIntegrationPoint) tangled = true;
            inIntegrationPoint = !selfClosing && isIntegrationPoint(p, nameEnd);
            if (!isDrawingElement(p, nameEnd)) plainSvgStart = -1;
        } else if (!selfClosing && isNamed(p, nameEnd, "svg") && isSureContext()) {
            plainSvgStart = end;
        }
        boolean sure = isSureContext();
        switch (nameEnd - p) {
            case 3:
                if (isNamed(p, nameEnd, "svg") && !selfClosing) foreignRoots.append('s');
                else if (isNamed(p, nameEnd, "xmp")) return afterRawText(p, nameEnd, end, sure, false);
                return end;
            case 4:
                if (isNamed(p, nameEnd, "math") && !selfClosing) foreignRoots.append('m');
                return end;
            case 5:
                if (isNamed(p, nameEnd, "style")) return afterRawText(p, nameEnd, end, sure, sure);
                if (isNamed(p, nameEnd, "title")) return afterEscapableText(p, nameEnd, end, sure);
                if (isNamed(p, nameEnd, "input")) inSelect = false;
                return end;
            case 6:
                if (isNamed(p, nameEnd, "script")) return afterScript(lt, p, nameEnd, end, sure);
                if (isNamed(p, nameEnd, "select")) inSelect = !inSelect;
                else if (isNamed(p, nameEnd, "iframe")) return afterRawText(p, nameEnd, end, sure, false);
                else if (isNamed(p, nameEnd, "keygen")) inSelect = false;
                return end;
            case 7:
                if (isNamed(p, nameEnd, "noembed")) return afterRawText(p, nameEnd, end, sure, false);
                return end;
            case 8:
                if (isNamed(p, nameEnd, "noscript")) inNoscript = true;
                else if (isNamed(p, nameEnd, "noframes")) return afterRawText(p, nameEnd, end, sure, false);
                else if (isNamed(p, nameEnd, "textarea")) {
                    inSelect = false;
                    return afterEscapableText(p, nameEnd, end, sure);
                } else if (isNamed(p, nameEnd, "frameset")) {
                    return -1;
                }
                return end;
            case 9:
                return isNamed(p, nameEnd, "plaintext") ? -1 : end;
            default:
                return end;
        }
    }

    /**
     * Whether the tree builder surely reads a raw-text tag here as HTML's own. In SVG and MathML
     * only an SVG script is raw text (and HTML's rules come back in places); in a select a style
     * tag is ignored; in a noscript in the head a script tag is read as text. There, a raw-text
     * element is followed only when its content has no '<' (so reading it either way ends at the
     * same place) and nothing is left out.
     */
    private boolean isSureContext() {
        return foreignRoots.length() == 0 && !inSelect && !inNoscript && !tangled;
    }

    private void closeForeignRoot(char kind) {
        int open = foreignRoots.lastIndexOf(String.valueOf(kind));
        if (open >= 0) foreignRoots.setLength(open);
    }

    /** SVG's and MathML's elements whose content is read by HTML's rules (the standard's integration points). */
    private boolean isIntegrationPoint(int p, int end) {
        return isNamed(p, end, "foreignobject") || isNamed(p, end, "title") || isNamed(p, end, "desc")
                || isNamed(p, end, "mi") || isNamed(p, end, "mo") || isNamed(p, end, "mn") || isNamed(p, end, "ms")
                || isNamed(p, end, "mtext") || isNamed(p, end, "annotation-xml");
    }

    private int afterScript(int lt, int nameStart, int nameEnd, int bodyStart, boolean sure) {
        int bodyEnd = rawTextEnd(bodyStart, nameStart, nameEnd, SCRIPT);
        if (bodyEnd < 0 || !sure && hasTag(bodyStart, bodyEnd)) return -1;
        // JSON-LD is read by the metadata pass: any script that mentions JSON keeps its body
        if (sure && !mentionsJson(lt, bodyStart)) leaveOut(bodyStart, bodyEnd);
        return bodyEnd;
    }

    /** A style sheet, or another element whose content is raw text: it ends at its own end tag. */
    private int afterRawText(int nameStart, int nameEnd, int bodyStart, boolean sure, boolean leaveOut) {
        int bodyEnd = rawTextEnd(bodyStart, nameStart, nameEnd, RAW);
        if (bodyEnd < 0 || !sure && hasTag(bodyStart, bodyEnd)) return -1;
        if (leaveOut) leaveOut(bodyStart, bodyEnd);
        return bodyEnd;
    }

    /** A title or textarea: text with character references, ending at its end tag. */
    private int afterEscapableText(int nameStart, int nameEnd, int bodyStart, boolean sure) {
        int bodyEnd = rawTextEnd(bodyStart, nameStart, nameEnd, ESCAPABLE);
        return bodyEnd < 0 || !sure && hasTag(bodyStart, bodyEnd) ? -1 : bodyEnd;
    }

    private static final java.util.Set<String> DRAWING = java.util.Set.of("svg", "path", "g", "circle", "rect",
            "line", "polyline", "polygon", "ellipse", "defs", "use", "symbol", "lineargradient", "radialgradient",
            "stop", "clippath", "mask", "pattern", "filter", "marker", "image");

    /**
     * SVG's drawing elements (and its filter primitives, fe...), which hold no text: any other
     * tag in an SVG, HTML's above all (which ends the SVG for the tree builder), keeps its content.
     */
    private boolean isDrawingElement(int p, int end) {
        if (end - p > 2 && (s.charAt(p) == 'f' || s.charAt(p) == 'F') && (s.charAt(p + 1) == 'e' || s.charAt(p + 1) == 'E')) {
            for (int i = p + 2; i < end; i++) if (!isAsciiLetter(s.charAt(i))) return false;
            return true;
        }
        return end - p <= 14 && DRAWING.contains(s.substring(p, end).toLowerCase(Locale.ROOT));
    }

    private boolean isWhiteSpace(int from, int to) {
        for (int i = from; i < to; i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    private boolean hasTag(int from, int to) {
        int lt = s.indexOf('<', from);
        return lt >= 0 && lt < to;
    }

    /** Raw text: style sheets and the like. */
    private static final int RAW = 0;
    /** Raw text with character references: title and textarea. */
    private static final int ESCAPABLE = 1;
    private static final int SCRIPT = 2;

    /**
     * Where raw text ends: at "</" and a name the parser takes for the element's own (ignoring
     * case as {@code equalsIgnoreCase} does) followed by white space, '/' or '>'; -1 when the
     * page ends first, or at what this reader does not follow:
     * <ul>
     * <li>in a title or textarea, a tag: the parser gives up on the element there when no end tag
     * follows anywhere;</li>
     * <li>in a script, "<!--": it escapes the script data until "-->", and inside the escape a
     * {@code <script>} nests; jsoup's reading of escaped scripts also depends on what it parsed
     * before (an end tag that is not the script's may hide the next one).</li>
     * </ul>
     */
    private int rawTextEnd(int p, int nameStart, int nameEnd, int kind) {
        while (true) {
            int lt = s.indexOf('<', p);
            if (lt < 0 || lt + 1 >= n) return -1;
            char c = s.charAt(lt + 1);
            if (c == '/') {
                int end = endTagNameEnd(lt, kind == ESCAPABLE);
                if (end < 0) {
                    p = lt + 2;
                    continue;
                }
                if (isOwnEndTag(lt + 2, end, nameStart, nameEnd)) return end < n ? lt : -1;
                // the name read for an end tag runs to white space, '/' or '>', dashes included
                p = end;
            } else if (kind == ESCAPABLE && isAsciiLetter(c) || kind == SCRIPT && c == '!' && s.startsWith("--", lt + 2)) {
                return -1;
            } else {
                p = lt + 1;
            }
        }
    }

    /**
     * For "</" at lt followed by an ASCII letter: where the name the tokeniser reads for the end
     * tag ends; else -1. The name runs to white space, '/' or '>', whatever it holds ("a<b",
     * "x--"), except where the tokeniser takes the first letter apart (in a title or textarea):
     * then a name of one letter ends at any other character.
     */
    private int endTagNameEnd(int lt, boolean firstLetterApart) {
        int p = lt + 2;
        if (p >= n || !isAsciiLetter(s.charAt(p))) return -1;
        if (firstLetterApart && (p + 1 >= n || !isAsciiLetter(s.charAt(p + 1)))) return p + 1;
        return tagNameEnd(p);
    }

    /** The end tag's name matches the start tag's, as jsoup compares them (String.equalsIgnoreCase). */
    private boolean isOwnEndTag(int p, int end, int nameStart, int nameEnd) {
        int length = nameEnd - nameStart;
        return end - p == length && s.regionMatches(true, p, s, nameStart, length);
    }

    /** A tag name runs to white space, '/' or '>' (or the end of the page, returned as n). */
    private int tagNameEnd(int p) {
        while (p < n) {
            char c = s.charAt(p);
            if (c == '>' || c == '/' || isSpace(c)) return p;
            p++;
        }
        return n;
    }

    private static final int BEFORE_NAME = 0;
    private static final int NAME = 1;
    private static final int AFTER_NAME = 2;
    private static final int BEFORE_VALUE = 3;
    private static final int UNQUOTED = 4;
    private static final int AFTER_QUOTED = 5;

    /**
     * Index just past the '>' that closes the tag whose name ends at p, or -1 when the page ends
     * first. Follows the tokeniser's attribute states: only a quote right after '=' opens a quoted
     * value, which may hold '>' and '<'.
     */
    private int tagEnd(int p) {
        int state = BEFORE_NAME;
        boolean slash = false;
        while (p < n) {
            char c = s.charAt(p);
            if (state == BEFORE_VALUE && (c == '"' || c == '\'')) {
                int close = s.indexOf(c, p + 1);
                if (close < 0) return -1;
                state = AFTER_QUOTED;
                p = close + 1;
                continue;
            }
            if (c == '>') {
                selfClosing = slash;
                return p + 1;
            }
            slash = false;
            if (isSpace(c)) {
                if (state == NAME) state = AFTER_NAME;
                else if (state == UNQUOTED || state == AFTER_QUOTED) state = BEFORE_NAME;
                p++;
                continue;
            }
            if (c == '/' && state != UNQUOTED && state != BEFORE_VALUE) {
                // a self-closing slash; not followed by '>', it is skipped and attributes go on
                state = BEFORE_NAME;
                slash = true;
                p++;
                continue;
            }
            if (c == '=' && (state == NAME || state == AFTER_NAME)) {
                state = BEFORE_VALUE;
            } else if (state == BEFORE_VALUE) {
                state = UNQUOTED;
            } else if (state != UNQUOTED) {
                state = NAME;
            }
            p++;
        }
        return -1;
    }

    /** Whether the tag from {@code from} to {@code to} says "json" anywhere, in any case. */
    private boolean mentionsJson(int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            char c = s.charAt(i);
            if ((c == 'j' || c == 'J') && s.regionMatches(true, i, "json", 0, 4)) return true;
        }
        return false;
    }

    private void leaveOut(int from, int to) {
        if (from == to) return;
        if (spanCount + 2 > spans.length) spans = Arrays.copyOf(spans, spans.length * 2);
        spans[spanCount++] = from;
        spans[spanCount++] = to;
    }

    /** The tag name from p to end is {@code name}, ASCII letters compared without case (as jsoup lower-cases names). */
    private boolean isNamed(int p, int end, String name) {
        if (end - p != name.length()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = s.charAt(p + i);
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != name.charAt(i)) return false;
        }
        return true;
    }

    /** Index just past the next {@code c} from p, or -1 when there is none. */
    private int after(char c, int p) {
        int i = s.indexOf(c, p);
        return i < 0 ? -1 : i + 1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Reads the page as a StringReader would, passing over the spans left out. */
    private static final class SkippingReader extends Reader {
        private final String s;
        private final int[] spans;
        private int pos;
        private int next;

        SkippingReader(String s, int[] spans) {
            this.s = s;
            this.spans = spans;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) return 0;
            int read = 0;
            while (read < length) {
                if (next < spans.length && pos == spans[next]) {
                    pos = spans[next + 1];
                    next += 2;
                    continue;
                }
                int stop = next < spans.length ? spans[next] : s.length();
                if (pos >= stop) break;
                int count = Math.min(length - read, stop - pos);
                s.getChars(pos, pos + count, buffer, offset + read);
                pos += count;
                read += count;
            }
            return read == 0 ? -1 : read;
        }

        @Override
        public void close() {
        }
    }
}
