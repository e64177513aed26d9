package com.backproplab.run;

import com.backproplab.data.Excerpt;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The launcher's arguments, read by one set of rules for every command and for the window: at most one
 * experiment file, options as {@code --name value} or {@code --name=value}, and flags without a value. Every
 * problem is a {@link UsageException} whose message starts with the command's name.
 */
public final class Args {
    private final Spec spec;
    private final Path experiment;
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * What a command accepts.
     *
     * @param command the name that starts every message, e.g. {@code train}
     * @param usage the usage line printed after a problem
     * @param takesExperiment whether the command needs exactly one experiment file
     * @param options the options that take a value
     * @param flags the options without a value
     */
    public record Spec(String command, String usage, boolean takesExperiment, List<String> options,
                       List<String> flags) {
        public Spec {
            options = List.copyOf(options);
            flags = List.copyOf(flags);
        }

        /** The same, needing one experiment file. */
        public Spec withExperiment() {
            return new Spec(command, usage, true, options, flags);
        }

        /** The same, with these options taking a value. */
        public Spec withOptions(String... names) {
            return new Spec(command, usage, takesExperiment, List.of(names), flags);
        }

        /** The same, with these flags. */
        public Spec withFlags(String... names) {
            return new Spec(command, usage, takesExperiment, options, List.of(names));
        }

        public Args parse(List<String> args) throws UsageException {
            return new Args(this, args);
        }

        public Args parse(String[] args) throws UsageException {
            return new Args(this, List.of(args));
        }
    }

    /** A command without an experiment file, options or flags (add them with the {@link Spec}'s methods). */
    public static Spec spec(String command, String usage) {
        return new Spec(command, usage, false, List.of(), List.of());
    }

    private Args(Spec spec, List<String> args) throws UsageException {
        this.spec = spec;
        Path exp = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq > 0 ? a.substring(0, eq) : a;
                String value = eq > 0 ? a.substring(eq + 1) : null;
                if (spec.flags().contains(name)) {
                    if (value != null) {
                        throw fail(name + " takes no value");
                    }
                    if (!flags.add(name)) {
                        throw fail(name + " is given twice");
                    }
                    continue;
                }
                if (!spec.options().contains(name)) {
                    throw fail("unknown option " + Excerpt.of(name));
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw fail(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw fail(name + " is given twice");
                }
            } else if (spec.takesExperiment() && exp == null) {
                exp = path(a, "the experiment file");
            } else {
                throw fail("unexpected argument '" + Excerpt.of(a) + "'"
                        + (spec.takesExperiment() ? " (one experiment file at a time)" : ""));
            }
        }
        if (spec.takesExperiment() && exp == null) {
            throw fail("missing the experiment file EXP.json");
        }
        this.experiment = exp;
    }

    /** A usage problem of this command. */
    public UsageException fail(String message) {
        return new UsageException(spec.command() + ": " + message, spec.usage());
    }

    /** The experiment file (null when the command takes none). */
    public Path experiment() {
        return experiment;
    }

    /** Whether the flag was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The option's text, or {@code dflt} when absent. */
    public String text(String name, String dflt) {
        return options.getOrDefault(name, dflt);
    }

    /** A path option, or null when absent. */
    public Path path(String name) throws UsageException {
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
            throw fail(what + " is not a valid path: " + Excerpt.of(v));
        }
    }

    /**
     * An output path option, or null when absent: not a directory, and its directory must exist. A device or FIFO
     * ({@code /dev/null}) is fine: it is written straight through.
     */
    public Path output(String name) throws UsageException {
        Path p = path(name);
        if (p != null) {
            if (Files.isDirectory(p)) {
                throw fail(name + ": " + Excerpt.of(p.toString()) + " is a directory; give a file name");
            }
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw fail(name + ": the directory " + Excerpt.of(parent.toString()) + " does not exist");
            }
        }
        return p;
    }

    /** A required whole-number option in [min, max]. */
    public long whole(String name, long min, long max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            throw fail("missing " + name + " N");
        }
        return whole(name, v, min, max);
    }

    /** An optional whole-number option in [min, max]. */
    public long whole(String name, long dflt, long min, long max) throws UsageException {
        String v = options.get(name);
        return v == null ? dflt : whole(name, v, min, max);
    }

    private long whole(String name, String v, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw fail(name + " needs a whole number, found '" + Excerpt.of(v) + "'");
        }
        if (n < min || n > max) {
            throw fail(name + " must be between " + min + " and " + max + ", found " + n);
        }
        return n;
    }

    /** An optional number option that must be finite and > 0. */
    public double positive(String name, double dflt) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return dflt;
        }
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            x = Double.NaN;
        }
        if (!(x > 0) || Double.isInfinite(x)) {
            throw fail(name + " needs a number > 0, found '" + Excerpt.of(v) + "'");
        }
        return x;
    }
}
