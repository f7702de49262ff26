package org.articlesummarizer.claims;

import java.util.List;

/**
 * The regular inflections of an English verb from its base form: "urge" gives "urges", "urged",
 * "urging"; "applaud" gives "applauds", "applauded", "applauding"; "worry" gives "worries",
 * "worried", "worrying". Enough for the cue lexicon's verb classes, which list base forms only;
 * irregular verbs are listed there with their forms written out.
 */
final class Inflections {

    private Inflections() {
    }

    /** The third person singular, the past (and participle) and the -ing form of {@code base}. */
    static List<String> of(String base) {
        int n = base.length();
        char last = base.charAt(n - 1);
        boolean consonantY = last == 'y' && n > 1 && !vowel(base.charAt(n - 2));
        String third;
        if (consonantY) {
            third = base.substring(0, n - 1) + "ies";
        } else if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z")) {
            third = base + "es";
        } else {
            third = base + "s";
        }
        String stem = doubled(base) ? base + last : base;
        String past;
        String ing;
        if (consonantY) {
            past = base.substring(0, n - 1) + "ied";
            ing = base + "ing";
        } else if (last == 'e') {
            past = base + "d";
            ing = base.endsWith("ee") ? base + "ing" : base.substring(0, n - 1) + "ing";
        } else {
            past = stem + "ed";
            ing = stem + "ing";
        }
        return List.of(third, past, ing);
    }

    /**
     * Whether the final consonant doubles before -ed and -ing: a short stressed syllable ending in
     * consonant-vowel-consonant ("plan" -> "planned", "admit" -> "admitted"), not "offer" or "visit",
     * which are stressed on the first syllable: only one-syllable verbs and those in -it/-et/-ol listed
     * by their forms elsewhere are doubled here.
     */
    private static boolean doubled(String base) {
        int n = base.length();
        if (n < 3) return false;
        char c = base.charAt(n - 1);
        if (vowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
        if (!vowel(base.charAt(n - 2)) || vowel(base.charAt(n - 3))) return false;
        int vowels = 0;
        for (int i = 0; i < n; i++) {
            if (vowel(base.charAt(i)) && (i == 0 || !vowel(base.charAt(i - 1)))) vowels++;
        }
        return vowels == 1;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
