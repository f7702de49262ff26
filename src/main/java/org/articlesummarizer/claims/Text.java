package org.articlesummarizer.claims;

/** Small string helpers shared by the attribution classes. */
final class Text {

    private Text() {
    }

    /** Strips white space and punctuation (commas, quotes, brackets) from both ends. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
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
