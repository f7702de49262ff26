package org.articlesummarizer.text;

import java.util.ArrayList;
import java.util.List;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.Sentence;

/**
 * Turns the paragraphs of an article into numbered sentences. Headings are not sentences; a
 * dateline opening a paragraph ("WASHINGTON (CNN) --") is dropped from its first sentence.
 */
public final class Segmenter {

    private final SentenceSplitter splitter = new SentenceSplitter();

    public List<Sentence> sentences(Article article) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == Paragraph.Kind.HEADING) continue;
            for (String s : splitter.split(Dateline.strip(p.text()))) {
                out.add(new Sentence(out.size(), p.index(), s));
            }
        }
        return out;
    }
}
