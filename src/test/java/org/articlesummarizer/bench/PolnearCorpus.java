package org.articlesummarizer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;

import org.articlesummarizer.article.Article;
import org.articlesummarizer.article.Paragraph;
import org.articlesummarizer.article.Sentence;
import org.articlesummarizer.text.SentenceSplitter;

/**
 * PolNeAR articles (one JSON object a line) split into sentences with the product's splitter,
 * each sentence with its gold attribution as BENCHMARKS.md defines it: the first attribution
 * (by cue position) whose cue starts in the sentence and that has a source.
 */
final class PolnearCorpus {

    /** The gold attribution of a sentence; direct is PolNeAR's quote_form "direct". */
    record Gold(String speaker, String cue, boolean direct) {
    }

    /** One article: every line a paragraph, its sentences, and per sentence the gold or null. */
    record Doc(String id, String text, Article article, List<Sentence> sentences, List<Gold> gold) {
    }

    private PolnearCorpus() {
    }

    /** The first {@code limit} articles of {@code split}.jsonl in {@code folder} (limit &lt; 0: all). */
    static List<Doc> load(Path folder, String split, int limit) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(folder.resolve(split + ".jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && (limit < 0 || docs.size() < limit)) {
                if (!line.isBlank()) docs.add(doc(Json.parse(line).asObject(), splitter));
            }
        }
        return docs;
    }

    private static boolean isDirect(JsonValue quoteForm) {
        return quoteForm != null && quoteForm.isString() && quoteForm.asString().equals("direct");
    }

    private static Doc doc(JsonObject o, SentenceSplitter splitter) {
        String text = o.getString("text", "");
        List<int[]> cues = new ArrayList<>();
        List<Gold> golds = new ArrayList<>();
        for (JsonValue v : o.get("attributions").asArray()) {
            JsonObject a = v.asObject();
            JsonValue source = a.get("source");
            JsonValue cue = a.get("cue");
            if (source == null || source.isNull() || cue == null || cue.isNull()) continue;
            cues.add(new int[] {cue.asObject().getInt("start", -1)});
            golds.add(new Gold(source.asObject().getString("text", ""), cue.asObject().getString("text", ""),
                    isDirect(a.get("quote_form"))));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Gold> gold = new ArrayList<>();
        int lineStart = 0;
        for (String paragraphText : text.split("\n", -1)) {
            if (!paragraphText.isBlank()) {
                int p = paragraphs.size();
                paragraphs.add(new Paragraph(p, Paragraph.Kind.TEXT, paragraphText));
                int cursor = 0;
                for (String s : splitter.split(paragraphText)) {
                    int at = paragraphText.indexOf(s, cursor);
                    if (at < 0) throw new IllegalStateException("sentence not found in its paragraph: " + s);
                    cursor = at + s.length();
                    int from = lineStart + at;
                    int to = lineStart + cursor;
                    Gold first = null;
                    int firstAt = Integer.MAX_VALUE;
                    for (int k = 0; k < cues.size(); k++) {
                        int c = cues.get(k)[0];
                        if (c >= from && c < to && c < firstAt) {
                            firstAt = c;
                            first = golds.get(k);
                        }
                    }
                    sentences.add(new Sentence(sentences.size(), p, s));
                    gold.add(first);
                }
            }
            lineStart += paragraphText.length() + 1;
        }
        Article article = new Article(null, paragraphs, null);
        return new Doc(o.getString("id", ""), text, article, sentences, gold);
    }
}
