package org.articlesummarizer.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** AlternativesPattern must answer exactly as Pattern.find, only faster. */
class AlternativesPatternTest {

    private static final String[] PATTERNS = {
        "(?i)-ad-|\\bads?\\b|advert|read-?more|toc\\b|^hid$| hid$|rich-?text",
        "(?i)(ad ?blocker|whitelist (us|our site)|copyright \\d{4}|\u00a9|by clicking .*(agree|accept))",
        "comment|Share|x+y|ab*c|a{2}b|[a-c]z|(?:foo|bar)baz|\\p{Lu}\\p{Ll}+ said",
        "(?i)plain",
        "(?i)a|", // an empty alternative matches everywhere
        "(?i)caf\u00c9|\u00e9t\u00c9",
        "ab(?i)cd|ef", // inline flags midway: run as a whole
        "(?i)x\\ty|\\Qa.b\\E",
    };

    private static final String[] WORDS = {"ad", "ads", "-ad-", "AD", "Ads", "header", "advert", "readmore", "read-more",
        "toc", "tocs", "hid", " hid", "hid ", "richtext", "rich-text", "Ad Blocker", "adblocker", "whitelist us",
        "whitelist our site", "copyright 2024", "Copyright 202", "\u00a9", "by clicking you agree", "by clicking",
        "comment", "share", "Share", "xxy", "ac", "abbbc", "aab", "bz", "dz", "foobaz", "barbaz", "bazfoo",
        "Ann said", "ANN said", "plain", "PLAIN", "caf\u00e9", "CAF\u00c9", "\u00e9t\u00c9", "\u00c9T\u00c9",
        "ABCD", "abCD", "EF", "ef", "x\ty", "a.b", " ", "-", ""};

    @Test
    void answersAsPatternFindDoes() {
        Random random = new Random(4);
        List<String> inputs = new ArrayList<>(List.of(WORDS));
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(4);
            for (int w = 0; w < n; w++) {
                sb.append(random.nextBoolean() ? " " : random.nextBoolean() ? "-" : "");
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
            inputs.add(sb.toString());
        }
        for (String regex : PATTERNS) {
            Pattern expected = Pattern.compile(regex);
            AlternativesPattern actual = AlternativesPattern.compile(regex);
            for (String s : inputs) assertEquals(expected.matcher(s).find(), actual.find(s), regex + " on \"" + s + "\"");
        }
    }
}
