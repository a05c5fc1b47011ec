package jp.mynaportal.card.tool;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches after the command word. */
final class Arguments {

    private final Map<String, String> options = new HashMap<>();

    Arguments(String[] args, int from, Set<String> flags) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new UsageException("Option --" + name + " needs a value");
            }
        }
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("Missing option --" + name);
        }
        return value;
    }

    String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    /** A secret from its option or, when absent, typed at the console without echo. */
    char[] secret(String name, String prompt) {
        String value = options.remove(name);
        if (value != null) {
            return value.toCharArray();
        }
        if (System.console() == null) {
            throw new UsageException("Missing option --" + name + " (no console to ask for it)");
        }
        char[] typed = System.console().readPassword("%s: ", prompt);
        if (typed == null) {
            throw new UsageException("No " + prompt + " given");
        }
        return typed;
    }

    /** A command line that cannot be run. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
