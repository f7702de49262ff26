package org.articlesummarizer.article;

import java.util.List;
import java.util.Map;

/**
 * The result of the pipeline: the cleaned article, the selected sentences in document order,
 * and what produced them (so a summary can be reproduced).
 */
public record Summary(Article article, List<SelectedSentence> sentences, int sentenceCount,
                      Generator generator) {

    public Summary {
        sentences = List.copyOf(sentences);
    }

    /** The summary sentences joined with single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (SelectedSentence s : sentences) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s.sentence().text());
        }
        return sb.toString();
    }

    /** Name, version and algorithm parameters of the summariser. */
    public record Generator(String name, String version, Map<String, String> parameters) {
        public Generator {
            parameters = Map.copyOf(parameters);
        }
    }
}
