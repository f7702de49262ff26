package org.articlesummarizer.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: {@code --name value}, {@code --name=value}, flags and positionals. */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    Options(String[] args) {
        this(args, Set.of());
    }

    /** With the names of the options that take no value, so that {@code --once DIR} leaves DIR a positional. */
    Options(String[] args, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.length() > 2) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    values.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (flags.contains(a.substring(2))) {
                    values.put(a.substring(2), "true");
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    values.put(a.substring(2), args[++i]);
                } else {
                    values.put(a.substring(2), "true");
                }
            } else {
                positionals.add(a);
            }
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String get(String name) {
        return values.get(name);
    }

    /**
     * A whole-number option from {@code min} to {@code max}, or {@code fallback} when it is absent;
     * anything else is a usage error that names the option.
     */
    long number(String name, long fallback, long min, long max) {
        String value = values.get(name);
        if (value == null) return fallback;
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not " + value);
        }
        if (n < min || n > max) {
            throw new UsageException("--" + name + " must be " + (max == Long.MAX_VALUE
                    ? "at least " + min : "from " + min + " to " + max));
        }
        return n;
    }

    boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    List<String> positionals() {
        return positionals;
    }

    /** Fails on an option the command does not know, so a typo is not silently ignored. */
    void allow(String... names) {
        for (String key : values.keySet()) {
            boolean known = false;
            for (String n : names) known |= n.equals(key);
            if (!known) throw new UsageException("unknown option --" + key);
        }
    }
}
