package org.articlesummarizer.local;

import java.io.PrintStream;

/** One command of the CLI. */
interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** The full --help text. */
    String help();

    int run(Options options, PrintStream out, PrintStream err);
}
