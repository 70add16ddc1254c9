package org.edubrain.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the words before the first option, then {@code --name value} and
 * {@code --flag} options.
 */
record CommandLine(List<String> words, Map<String, String> options) {

    static final String FLAG = "";

    static CommandLine parse(String[] args, java.util.Set<String> flags) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (flags.contains(name)) {
                    options.put(name, FLAG);
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
            } else {
                words.add(a);
            }
        }
        return new CommandLine(words, options);
    }

    String word(int i) {
        return i < words.size() ? words.get(i) : null;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    String option(String name) {
        return options.get(name);
    }

    String require(String name) {
        String v = options.get(name);
        if (v == null || v.isEmpty()) {
            throw new UsageException("option --" + name + " is required");
        }
        return v;
    }

    double number(String name, double fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a number, not '" + v + "'");
        }
    }

    /** A command line that cannot be run as given. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
