package org.articlesummarizer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Claim;
import org.articlesummarizer.article.Sentence;

/**
 * The rule baseline of the attribution bench: the product's first claim detector, kept as it was.
 * A sentence with quotation marks is a direct quote; "according to X" and "X said/told/..." mark
 * reported speech.
 */
final class NaiveClaimDetector {

    private static final String CUE_VERBS = "said|says|told|stated|explained|added|announced|claimed|argued"
            + "|insisted|warned|denied|continued|noted|wrote|reported|confirmed|asserted";
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\b([Aa]ccording to)\\s+((?:[A-Z][\\w’'.&-]*\\s*)+(?:[a-z-]+\\s+(?:[A-Z][\\w’'.-]*\\s*)+)*)");
    /** "Kremlin spokesman Dmitry Peskov said" / "he said": a capitalised run or pronoun before the verb. */
    private static final Pattern SPEAKER_CUE = Pattern.compile(
            "((?:(?:[A-Z][\\w’'.-]*|of|the|and|for|[a-z]+ (?=[A-Z]))\\s+){0,8}[A-Z][\\w’'.-]*|\\b(?:he|she|they|it|He|She|They))"
                    + ",?\\s+((?:" + CUE_VERBS + ")(?:\\s+(?:[A-Z][\\w]+|reporters))?)\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"][^”\"]{8,}[”\"]?");

    public List<Claim> annotate(List<Sentence> sentences) {
        List<Claim> claims = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) claims.add(annotate(s.text()));
        return claims;
    }

    public Claim annotate(String sentence) {
        boolean quoted = QUOTE.matcher(sentence).find();
        Claim.Kind kind = quoted ? Claim.Kind.DIRECT_QUOTE : Claim.Kind.REPORTED_SPEECH;
        Matcher according = ACCORDING_TO.matcher(sentence);
        if (according.find()) {
            return new Claim(kind, according.group(2).strip().replaceAll("[,.]$", ""), according.group(1), null);
        }
        Matcher m = SPEAKER_CUE.matcher(sentence);
        if (m.find()) {
            return new Claim(kind, m.group(1).strip(), m.group(2).strip(), null);
        }
        return quoted ? new Claim(Claim.Kind.DIRECT_QUOTE, null, null, null) : Claim.ASSERTION;
    }
}
