package org.articlesummarizer.local;

import java.io.PrintStream;

/**
 * A one-line progress bar for a terminal, redrawn in place: {@code [######----] 12/20  1 failed  name}.
 * Off (silent) when the output is not a terminal, so logs and pipes get no control characters.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream terminal;
    private final int total;
    private final boolean enabled;
    private int done;
    private int failed;

    Progress(PrintStream terminal, int total, boolean enabled) {
        this.terminal = terminal;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    /** On when the JVM has a console: standard input and output are a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    void step(String name, boolean ok) {
        done++;
        if (!ok) failed++;
        if (!enabled) return;
        int filled = (int) ((long) WIDTH * done / total);
        String label = name.length() > 40 ? "..." + name.substring(name.length() - 37) : name;
        terminal.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (failed > 0 ? "  " + failed + " failed" : "") + "  " + label + "\033[K");
        terminal.flush();
    }

    /** Clears the bar, so that the final count starts on a clean line. */
    void finish() {
        if (!enabled) return;
        terminal.print("\r\033[K");
        terminal.flush();
    }
}
