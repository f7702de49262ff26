package org.articlesummarizer.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command-line tool: {@code java -jar article-summarizer.jar COMMAND [options]}.
 * Each command is a small class; this one only dispatches.
 */
public final class Cli {

    /** Exit codes: 0 done, 1 some input could not be summarised, 2 wrong usage. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        register(new SummarizeCommand());
        register(new WatchCommand());
        register(new InvokeCommand());
        register(new ServeCommand());
        register(new CleanCommand());
    }

    private void register(Command c) {
        commands.put(c.name(), c);
    }

    public static void main(String[] args) {
        System.exit(new Cli().run(args, System.out, System.err));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("unknown command: " + args[0]);
            usage(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
                out.println(command.help());
                return OK;
            }
            return command.run(new Options(rest, command.flags()), out, err);
        } catch (UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            err.println();
            err.println(command.help());
            return USAGE;
        }
    }

    private void usage(PrintStream s) {
        s.println("usage: java -jar article-summarizer.jar COMMAND [options]");
        s.println();
        s.println("commands:");
        for (Command c : commands.values()) s.printf("  %-10s %s%n", c.name(), c.summary());
        s.println();
        s.println("COMMAND --help tells more.");
    }
}
