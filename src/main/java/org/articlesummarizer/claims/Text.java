package org.articlesummarizer.claims;

/** Small string helpers shared by the attribution classes. */
final class Text {

    private Text() {
    }

    /**
     * {@code s.substring(from, to)} stripped of white space and punctuation (commas, quotes,
     * brackets) at both ends; cut once, with no intermediate copy: every claim's speaker and cue
     * are cut this way.
     */
    static String trim(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && !keep(s.charAt(a), true)) a++;
        while (b > a && !keep(s.charAt(b - 1), false)) b--;
        return s.substring(a, b);
    }

    private static boolean keep(char c, boolean start) {
        if (Character.isLetterOrDigit(c)) return true;
        // "U.S." keeps its final period; "(D-R.I.)" keeps its closing bracket
        return !start && (c == '.' || c == ')');
    }
}
