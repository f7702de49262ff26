package org.articlesummarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core pipeline takes bytes and returns a Summary; AWS and the command line are adapters
 * around it. This keeps the core testable and reusable, and keeps AWS classes out of its loading.
 */
class CoreKnowsNothingOfAwsTest {

    private static final Path ROOT = Path.of("src/main/java/org/articlesummarizer");
    private static final List<String> CORE = List.of("article", "clean", "text", "claims", "summarize", "render");

    @Test
    void corePackagesImportNoAwsAndNoAdapter() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String pkg : CORE) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(pkg))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        files.add(ROOT.resolve("SummaryPipeline.java"));
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import") && (line.contains("com.amazonaws") || line.contains("software.amazon")
                        || line.contains("org.articlesummarizer.aws") || line.contains("org.articlesummarizer.local"))) {
                    offenders.add(ROOT.relativize(file) + ": " + line);
                }
            }
        }
        assertTrue(files.size() > 10, "the core sources were found");
        assertEquals(List.of(), offenders);
    }
}
