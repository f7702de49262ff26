package org.articlesummarizer.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
