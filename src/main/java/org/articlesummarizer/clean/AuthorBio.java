package org.articlesummarizer.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Paragraph;

/**
 * The writer's biography printed below the article ("Jane Doe is a freelance writer living in
 * ..."), in a box no class name gives away. It is told by its first words: the name the byline
 * gives, then "is", "has" or "was", in the article's last paragraphs. The line above it that
 * names the writer again ("Jane Doe, Contributing Writer") goes with it.
 */
final class AuthorBio {

    /** How many paragraphs at the article's end are looked at. */
    private static final int TAIL_PARAGRAPHS = 3;
    private static final int MAX_NAME_LINE_WORDS = 12;
    private static final Pattern NAMES = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
    /** The verbs a bio's first sentence turns on after the writer's name ("Jane Doe, a reporter, covers ..."). */
    private static final String BIO_VERBS = "is|was|has|holds|writes|covers";
    private static final Pattern BIO_VERB = Pattern.compile("^,?[^.]{0,80}? (?:" + BIO_VERBS + ")\\b.*");
    /**
     * A bio often names the writer by the first name alone ("Karina holds an MBA from ...",
     * "Autumn founded Ambuja Yoga in 2014"): then the verb must follow it, and be one a bio opens with.
     */
    private static final Pattern FIRST_NAME_BIO_VERB = Pattern.compile(
            "^ (?:" + BIO_VERBS + "|founded|started|joined|lives|loves|brings|began|spent|earned|graduated)\\b.*");
    private static final int MIN_FIRST_NAME_CHARS = 3;

    private AuthorBio() {
    }

    static List<Paragraph> withoutTrailingBio(List<Paragraph> paragraphs, String byline) {
        if (byline == null || byline.isBlank() || paragraphs.size() <= TAIL_PARAGRAPHS) return paragraphs;
        List<String> names = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        for (String n : NAMES.split(byline.strip())) {
            // a full name: one word ("Admin", "Staff") would be read at the start of too many sentences
            int space = n.indexOf(' ');
            if (space <= 0) continue;
            names.add(n);
            if (space >= MIN_FIRST_NAME_CHARS && isGivenName(n.substring(0, space))) firstNames.add(n.substring(0, space));
        }
        if (names.isEmpty()) return paragraphs;
        return withoutBio(paragraphs, names, firstNames);
    }

    private static List<Paragraph> withoutBio(List<Paragraph> paragraphs, List<String> names, List<String> firstNames) {
        int first = paragraphs.size();
        for (int i = paragraphs.size() - TAIL_PARAGRAPHS; i < paragraphs.size(); i++) {
            if (isBio(paragraphs.get(i).text(), names, firstNames)) {
                first = i;
                break;
            }
        }
        if (first == paragraphs.size()) return paragraphs;
        if (first > 0 && isNameLine(paragraphs.get(first - 1).text(), names)) first--;
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            // from the first bio line on, the bio and the lines naming the writer go; anything else stays
            if (i < first || i > first && !isBio(p.text(), names, firstNames) && !isNameLine(p.text(), names)) {
                out.add(new Paragraph(out.size(), p.kind(), p.text()));
            }
        }
        return out;
    }

    /** "Karina", "Jean-Luc": a capital, then small letters; a brand ("QCY Official") is no given name. */
    private static boolean isGivenName(String word) {
        return Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    private static boolean isBio(String text, List<String> names, List<String> firstNames) {
        for (String name : names) {
            if (text.startsWith(name) && BIO_VERB.matcher(text.substring(name.length())).matches()) return true;
        }
        for (String name : firstNames) {
            if (text.startsWith(name) && FIRST_NAME_BIO_VERB.matcher(text.substring(name.length())).matches()) return true;
        }
        return false;
    }

    private static boolean isNameLine(String text, List<String> names) {
        for (String name : names) {
            if (text.startsWith(name) && Furniture.wordCount(text) <= MAX_NAME_LINE_WORDS) return true;
        }
        return false;
    }
}
