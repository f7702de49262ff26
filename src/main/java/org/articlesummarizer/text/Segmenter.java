package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.Sentence;

/**
 * Turns the paragraphs of an article into numbered sentences. Headings are not sentences; a
 * dateline opening a paragraph ("WASHINGTON (CNN) --") is dropped from its first sentence, and so is
 * the number of a numbered list's item ("2. Measure the gap ..."): the splitter would read "2." as a
 * sentence of its own, and a summary would then show a bare number, or a step's number without its list.
 */
public final class Segmenter {

    /** An item number opening a paragraph: one or two digits, a full stop or bracket, then a capital. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{Lu})");

    private final SentenceSplitter splitter = new SentenceSplitter();

    public List<Sentence> sentences(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == Paragraph.Kind.HEADING) continue;
            for (String s : splitter.split(Dateline.strip(withoutItemNumber(p.text())))) {
                out.add(new Sentence(out.size(), p.index(), s));
            }
        }
        return out;
    }

    private static String withoutItemNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) return text; // most paragraphs: no regex run
        return ITEM_NUMBER.matcher(text).replaceFirst("");
    }
}
