package org.articlesummarizer.aws.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A media type as written in {@code Content-Type} and {@code Accept} (RFC 9110 section 8.3.1):
 * {@code type/subtype} with parameters. Type, subtype and parameter names are case-insensitive
 * and kept in lower case; parameter values keep their case, quotes removed.
 */
public record MediaType(String type, String subtype, Map<String, String> parameters) {

    public MediaType {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses one media type. Throws {@link IllegalArgumentException} for text that is not one
     * ({@code "html"}, {@code "text/"}, an unterminated quote).
     */
    public static MediaType parse(String text) {
        if (text == null) throw new IllegalArgumentException("no media type");
        List<String> parts = splitOutsideQuotes(text, ';');
        String essence = parts.get(0).strip().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1 || essence.indexOf('/', slash + 1) >= 0
                || !isToken(essence.substring(0, slash)) || !isToken(essence.substring(slash + 1))) {
            throw new IllegalArgumentException("not a media type: " + text.strip());
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : parts.subList(1, parts.size())) {
            if (p.isBlank()) continue;
            int eq = p.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("a media type parameter has no value: " + p.strip());
            String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (value.startsWith("\"")) {
                if (value.length() < 2 || !value.endsWith("\"")) {
                    throw new IllegalArgumentException("an unterminated quoted parameter: " + p.strip());
                }
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (!isToken(name)) throw new IllegalArgumentException("not a parameter name: " + name);
            params.putIfAbsent(name, value);
        }
        return new MediaType(essence.substring(0, slash), essence.substring(slash + 1), params);
    }

    /** The media types of an {@code Accept} header, in the order written; unreadable entries are left out. */
    public static List<MediaType> parseAccept(String accept) {
        List<MediaType> result = new ArrayList<>();
        if (accept == null) return result;
        for (String range : splitOutsideQuotes(accept, ',')) {
            if (range.isBlank()) continue;
            try {
                result.add(parse(range));
            } catch (IllegalArgumentException e) {
                // a client's odd Accept entry must not fail the request: skip it, as browsers do
            }
        }
        return result;
    }

    /** {@code type/subtype}, without parameters. */
    public String essence() {
        return type + "/" + subtype;
    }

    /** The {@code charset} parameter, or null. */
    public String charset() {
        return parameters.get("charset");
    }

    /** The {@code q} parameter of an Accept range: 1 when absent, 0 when unreadable. */
    public double quality() {
        String q = parameters.get("q");
        if (q == null) return 1.0;
        try {
            double v = Double.parseDouble(q);
            return v >= 0 && v <= 1 ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether this Accept range ({@code *}{@code /*}, {@code text/*} or exact) covers the given type. */
    public boolean covers(String type, String subtype) {
        return (this.type.equals("*") || this.type.equals(type))
                && (this.subtype.equals("*") || this.subtype.equals(subtype));
    }

    /**
     * How much an Accept header wants {@code type/subtype}: the quality of the most specific
     * range that covers it; 1 when there is no Accept header; 0 when nothing covers it.
     */
    public static double acceptance(List<MediaType> accept, String type, String subtype) {
        if (accept.isEmpty()) return 1.0;
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaType range : accept) {
            if (!range.covers(type, subtype)) continue;
            int specificity = (range.type.equals("*") ? 0 : 1) + (range.subtype.equals("*") ? 0 : 1);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            }
        }
        return quality;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(essence());
        parameters.forEach((k, v) -> sb.append("; ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    private static List<String> splitOutsideQuotes(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
