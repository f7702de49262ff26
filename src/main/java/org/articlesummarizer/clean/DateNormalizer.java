package org.articlesummarizer.clean;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates pages print or declare into ISO-8601: {@code YYYY-MM-DD}, followed by
 * {@code THH:MM[:SS]} and the offset when the page gives them. The date is kept as the page
 * states it, never shifted to another time zone (a story of 23:30 local time stays on its day).
 */
final class DateNormalizer {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    /** 23.07.2025 (day first, as Europe writes it) or 10/31/2024 (month first, as the US does). */
    private static final Pattern DAY_OR_MONTH_FIRST = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date as a path of an address: "/2025/12/18/", "/2025/12/18" at its end, then possibly a query. */
    private static final Pattern IN_ADDRESS = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:[/?#]|$)");

    private DateNormalizer() {
    }

    /**
     * The calendar date an address carries as a path, as blogs and news sites date their articles
     * ("https://example.com/2025/12/18/slug"); null when it has none, or no valid one, or for null.
     */
    static LocalDate inAddress(String address) {
        if (address == null) return null;
        Matcher m = IN_ADDRESS.matcher(address);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The ISO form of the date, or null when none can be read. */
    static String toIso(String raw) {
        if (raw == null) return null;
        String s = raw.replace('\u00a0', ' ').strip();
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            String date = date(m.group(1), m.group(2), m.group(3));
            if (date == null) return null;
            if (m.group(4) == null) return date;
            String time = m.group(4).length() == 4 ? "0" + m.group(4) : m.group(4);
            String zone = m.group(5) == null ? "" : m.group(5).length() == 5 ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5);
            return date + "T" + time + zone;
        }
        m = SLASHED.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = DAY_OR_MONTH_FIRST.matcher(s);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // unambiguous when one part exceeds 12; otherwise dots mean day first and slashes month first
            boolean dayFirst = a > 12 || b <= 12 && m.group(2).equals(".");
            return dayFirst ? date(m.group(4), m.group(3), m.group(1)) : date(m.group(4), m.group(1), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && month(m.group(1)) > 0) return date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find() && month(m.group(2)) > 0) return date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        return null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.length() < 3) return 0;
        Integer n = MONTHS.get(key.substring(0, 3));
        return n == null ? 0 : n;
    }

    private static String date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
        // built by hand: String.format parses its format on every call, and pages ask for many dates
        return y + (mo < 10 ? "-0" : "-") + mo + (d < 10 ? "-0" : "-") + d;
    }
}
