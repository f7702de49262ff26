package org.articlesummarizer.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Relative paths of a local folder as object keys. */
final class LocalPaths {

    private LocalPaths() {
    }

    /** "World News/a.txt" on every platform: the segments joined with '/'. */
    static String key(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path p : relative) parts.add(p.toString());
        return String.join("/", parts);
    }

    /** True when any segment starts with '.': hidden files and folders are not articles. */
    static boolean hidden(Path relative) {
        for (Path segment : relative) if (segment.toString().startsWith(".")) return true;
        return false;
    }

    /**
     * "story.html.gz", "story.html" and "story" all become "story": an output file is named after
     * the article, not after how it was stored, so a compressed and a plain copy land on the same name.
     */
    static String baseName(Path file) {
        String base = file.getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".gz")) base = base.substring(0, base.length() - 3);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
