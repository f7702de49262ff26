package org.articlesummarizer.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer (Porter 1980, "An algorithm for suffix stripping"), in the form
 * ROUGE-1.5.5 runs it: the rules of the reference implementation at tartarus.org (with its
 * "bli" → "ble" and "logi" → "log" departures), written as the same regular expressions as the
 * Perl release that ROUGE-1.5.5 embeds. {@link #rouge()} adds ROUGE's one change (Lin,
 * 2004-02-14): step 4 tries "-ement" as a suffix of its own, then "-ment", then "-ent".
 * {@link #original()} keeps Porter's step 4.
 *
 * <p>Words must be lower case. Stems are cached (the vocabulary of news is small), so the
 * stemmer is cheap to call on every token; instances are thread-safe.
 */
public final class PorterStemmer {

    private static final String C = "[^aeiou][^aeiouy]*";   // consonant sequence
    private static final String V = "[aeiouy][aeiou]*";     // vowel sequence
    private static final Pattern M_GT_0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + C + ")?[aeiouy]");
    private static final Pattern CVC = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");

    private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Map<String, String> STEP2_LIST = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"),
            Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"),
            Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Map<String, String> STEP3_LIST = Map.of("icate", "ic", "ative", "", "alize", "al",
            "iciti", "ic", "ical", "ic", "ful", "", "ness", "");
    private static final Pattern STEP4_ORIGINAL = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_ROUGE = Pattern.compile(
            "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern MENT = Pattern.compile("ment$");
    private static final Pattern ENT = Pattern.compile("ent$");
    private static final Pattern SION_TION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern E = Pattern.compile("e$");

    private static final int CACHE_LIMIT = 200_000;
    private static final PorterStemmer ORIGINAL = new PorterStemmer(false);
    private static final PorterStemmer ROUGE = new PorterStemmer(true);

    private final boolean rougeStep4;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private PorterStemmer(boolean rougeStep4) {
        this.rougeStep4 = rougeStep4;
    }

    /** Porter's algorithm as published (reference implementation). */
    public static PorterStemmer original() {
        return ORIGINAL;
    }

    /** The variant inside ROUGE-1.5.5 (step 4 as modified by C.-Y. Lin). */
    public static PorterStemmer rouge() {
        return ROUGE;
    }

    /** The stem of a lower-case word; words shorter than 3 letters are returned unchanged. */
    public String stem(String word) {
        if (word.length() < 3) return word;
        String cached = cache.get(word);
        if (cached != null) return cached;
        String stem = compute(word);
        if (cache.size() < CACHE_LIMIT) cache.put(word, stem);
        return stem;
    }

    private String compute(String word) {
        String w = word;
        boolean initialY = w.charAt(0) == 'y';
        // an initial y is a consonant: upper case keeps it out of the vowel classes
        if (initialY) w = 'Y' + w.substring(1);

        // Step 1a
        Matcher m;
        if ((m = STEP1A_SSES_IES.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);
        else if ((m = STEP1A_S.matcher(w)).find()) w = w.substring(0, m.start()) + m.group(1);

        // Step 1b
        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (M_GT_0.matcher(w.substring(0, m.start())).find()) w = w.substring(0, w.length() - 1);
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem;
                if (STEP1B_AT_BL_IZ.matcher(w).find()) w = w + "e";
                else if (STEP1B_DOUBLE.matcher(w).find()) w = w.substring(0, w.length() - 1);
                else if (CVC.matcher(w).find()) w = w + "e";
            }
        }

        // Step 1c
        if (w.endsWith("y")) {
            String stem = w.substring(0, w.length() - 1);
            if (VOWEL_IN_STEM.matcher(stem).find()) w = stem + "i";
        }

        // Step 2 and 3
        w = replaceSuffix(w, STEP2, STEP2_LIST);
        w = replaceSuffix(w, STEP3, STEP3_LIST);

        // Step 4
        if (rougeStep4) {
            w = dropIfMGreaterThan1(w, STEP4_ROUGE);
            w = dropIfMGreaterThan1(w, MENT);
            if (ENT.matcher(w).find()) w = dropIfMGreaterThan1(w, ENT);
            else w = dropIonIfMGreaterThan1(w);
        } else {
            if (STEP4_ORIGINAL.matcher(w).find()) w = dropIfMGreaterThan1(w, STEP4_ORIGINAL);
            else w = dropIonIfMGreaterThan1(w);
        }

        // Step 5
        if ((m = E.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()
                    || M_EQ_1.matcher(stem).find() && !CVC.matcher(stem).find()) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && M_GT_1.matcher(w).find()) w = w.substring(0, w.length() - 1);

        if (initialY) w = 'y' + w.substring(1);
        return w;
    }

    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_0.matcher(stem).find()) return stem + replacements.get(m.group(1));
        }
        return w;
    }

    private static String dropIfMGreaterThan1(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()) return stem;
        }
        return w;
    }

    private static String dropIonIfMGreaterThan1(String w) {
        Matcher m = SION_TION.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start()) + m.group(1);
            if (M_GT_1.matcher(stem).find()) return stem;
        }
        return w;
    }
}
