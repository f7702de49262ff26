package org.articlesummarizer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The summarisation sets under {@code summarization/}: one folder per set with
 * {@code articles/ID.txt} and {@code refs/ID.txt} (one reference sentence per line), and for
 * cnndm-realsumm100 {@code systems/NAME/ID.txt}.
 */
public final class SummaryData {

    /** One document: its id, the raw article text and the reference lines. */
    public record Doc(String id, String article, List<String> reference) {
    }

    private SummaryData() {
    }

    /** The set folder for a name, given the shared data root (or the set folder itself). */
    public static Path setFolder(Path dataRoot, String name) {
        if (Files.isDirectory(dataRoot.resolve("articles"))) return dataRoot;
        return dataRoot.resolve("summarization").resolve(name);
    }

    /** All documents of a set folder, sorted by id. */
    public static List<Doc> read(Path set) {
        List<Doc> docs = new ArrayList<>();
        for (String id : ids(set.resolve("articles"))) {
            docs.add(new Doc(id, readString(set.resolve("articles").resolve(id + ".txt")),
                    lines(set.resolve("refs").resolve(id + ".txt"))));
        }
        return docs;
    }

    /** The ids (file names without .txt) in a folder, sorted. */
    public static List<String> ids(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-empty lines of a file. */
    public static List<String> lines(Path file) {
        List<String> out = new ArrayList<>();
        for (String line : readString(file).split("\r?\n")) if (!line.isBlank()) out.add(line);
        return out;
    }

    public static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sentences of a pre-tokenised article (cnndm-realsumm100): split after each " . ", " ! " or
     * " ? " token, as the reference figures for Lead-3 there were made.
     */
    public static List<String> tokenisedSentences(String article) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : article.strip().split("\\s+")) {
            if (current.length() > 0) current.append(' ');
            current.append(token);
            if (token.equals(".") || token.equals("!") || token.equals("?")) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }
}
