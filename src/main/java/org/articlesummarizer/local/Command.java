package org.articlesummarizer.local;

import java.io.PrintStream;
import java.util.Set;

/** One command of the CLI. */
interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full --help text. */
    String help();

    int run(Options options, PrintStream out, PrintStream err);

    /** The options that take no value ({@code --once}); any other option takes the next word. */
    default Set<String> flags() {
        return Set.of();
    }
}
