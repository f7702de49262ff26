package org.articlesummarizer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: "(CNN)", "WASHINGTON (CNN) --", "Coral Gables, Florida
 * (CNN)", "LONDON, England (Reuters) --", "NEW YORK --", and its pre-tokenised, lower-cased form
 * "( cnn ) --". It names the place and the agency, not a claim, so it is not part of the sentence.
 */
public final class Dateline {

    private static final String AGENCY = "CNN|CNNMoney|CNN Money|AP|AFP|Reuters|EW\\.com|Mashable|CNET|"
            + "Billboard|PEOPLE\\.com|Time\\.com";
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?:[A-Z][\\p{L}.'’-]*(?:[ ,]+[A-Z][\\p{L}.'’-]*){0,5},?\\s*)?\\((?:" + AGENCY + ")\\)\\s*(?:--|—|–|-)?\\s*");
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,3}\\s+(?:--|—)\\s+");
    private static final Pattern TOKENISED_DATELINE = Pattern.compile(
            "^(?:[a-z][\\w.'-]*(?: ,)?(?: [a-z][\\w.'-]*){0,4} )?\\( cnn \\)(?: --)? ?");

    private Dateline() {
    }

    /** The text with a leading dateline removed; the text itself when it has none. */
    public static String strip(String text) {
        for (Pattern p : new Pattern[] {AGENCY_DATELINE, PLACE_DATELINE, TOKENISED_DATELINE}) {
            Matcher m = p.matcher(text);
            if (m.find() && m.end() < text.length()) return text.substring(m.end()).strip();
        }
        return text;
    }
}
