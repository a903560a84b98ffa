package io.greenlane.eligibility.examples.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line words split into positional arguments, flags and options with a value. */
public final class Arguments {
    public final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new java.util.HashSet<>();

    public static Arguments parse(List<String> words, Set<String> knownFlags, Set<String> knownOptions) {
        Arguments args = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.equals("-")) {
                args.positional.add(word);
                continue;
            }
            String name = word;
            String value = null;
            int eq = word.indexOf('=');
            if (eq > 0) {
                name = word.substring(0, eq);
                value = word.substring(eq + 1);
            }
            if (knownFlags.contains(name) && value == null) {
                args.flags.add(name);
            } else if (knownOptions.contains(name)) {
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = words.get(++i);
                }
                if (args.options.put(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option " + name);
            }
        }
        return args;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name) {
        return options.get(name);
    }
}
