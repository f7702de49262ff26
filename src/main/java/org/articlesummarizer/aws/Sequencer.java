package org.articlesummarizer.aws;

import java.util.Locale;

/**
 * Orders S3 event sequencers. S3 documents them as hexadecimal strings of varying length that
 * compare, for one key, after the shorter is right-padded with zeros; the greater is later.
 */
final class Sequencer {

    private Sequencer() {
    }

    /** True when {@code candidate} is strictly older than {@code existing}. Unknown values are never older. */
    static boolean isOlder(String candidate, String existing) {
        if (candidate == null || existing == null || candidate.isBlank() || existing.isBlank()) return false;
        String a = candidate.strip().toUpperCase(Locale.ROOT);
        String b = existing.strip().toUpperCase(Locale.ROOT);
        int length = Math.max(a.length(), b.length());
        return pad(a, length).compareTo(pad(b, length)) < 0;
    }

    private static String pad(String s, int length) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < length) sb.append('0');
        return sb.toString();
    }
}
