package com.backproplab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arguments of one subcommand: one experiment file and {@code --name value} options. */
final class Args {
    private final String command;
    private final String usage;
    private final Path experiment;
    private final Map<String, String> options = new HashMap<>();

    /**
     * Parses {@code args} (without the subcommand name); {@code known} lists the options that take a value.
     */
    Args(String command, String usage, String[] args, List<String> known) throws UsageException {
        this.command = command;
        this.usage = usage;
        Path exp = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (!known.contains(name)) {
                    throw fail("unknown option " + name);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw fail(name + " needs a value");
                    }
                    value = args[++i];
                }
                if (options.put(name, value) != null) {
                    throw fail(name + " is given twice");
                }
            } else if (exp == null) {
                exp = path(a, "the experiment file");
            } else {
                throw fail("unexpected argument '" + a + "' (one experiment file at a time)");
            }
        }
        if (exp == null) {
            throw fail("missing the experiment file EXP.json");
        }
        this.experiment = exp;
    }

    UsageException fail(String message) {
        return new UsageException(command + ": " + message, usage);
    }

    Path experiment() {
        return experiment;
    }

    /** A path option, or null when absent. */
    Path path(String name) throws UsageException {
        String v = options.get(name);
        return v == null ? null : path(v, name);
    }

    private Path path(String v, String what) throws UsageException {
        try {
            if (v.isEmpty()) {
                throw fail(what + " must not be empty");
            }
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw fail(what + " is not a valid path: " + v);
        }
    }

    /** An output path option, or null when absent; its directory must exist. */
    Path output(String name) throws UsageException {
        Path p = path(name);
        if (p != null) {
            Path parent = p.toAbsolutePath().getParent();
            if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
                throw fail(name + ": the directory " + parent + " does not exist");
            }
        }
        return p;
    }

    /** A required whole-number option in [min, max]. */
    long whole(String name, long min, long max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            throw fail("missing " + name + " N");
        }
        return parse(name, v, min, max);
    }

    /** An optional whole-number option in [min, max]. */
    long whole(String name, long dflt, long min, long max) throws UsageException {
        String v = options.get(name);
        return v == null ? dflt : parse(name, v, min, max);
    }

    private long parse(String name, String v, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw fail(name + " needs a whole number, found '" + v + "'");
        }
        if (n < min || n > max) {
            throw fail(name + " must be between " + min + " and " + max + ", found " + n);
        }
        return n;
    }
}
