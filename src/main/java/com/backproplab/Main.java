package com.backproplab;

import com.backproplab.cli.Cli;
import com.backproplab.engine.VectorModule;
import com.backproplab.run.UsageException;
import com.backproplab.run.Version;
import com.backproplab.ui.App;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Entry point. A plain class (not an {@code Application}) so that headless subcommands never start the JavaFX
 * toolkit. It dispatches: a subcommand (or {@code help}, {@code -h}, {@code --help}) goes to the CLI; the window's
 * own options, {@code open EXP.json} and {@code --version} are read by {@link App.Options} (run/Args); otherwise it
 * opens the window, or says in one sentence why it cannot. The engine's Vector API module is loaded first (the
 * JVM needs it before it links a kernel).
 */
public final class Main {
    private static final String NO_WINDOW = "backprop-lab: cannot open the window: %s; the commands train,"
            + " gradcheck, render and bench need no display (backprop-lab --help lists them)";

    /** Opens the window with these arguments and returns when it has closed. */
    interface Window {
        void open(String[] args);
    }

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt status = run(args, System.out, System.err, System.getenv(), System.getProperty("glass.platform"),
                a -> {
                    App.readPreferencesAhead();
                    javafx.application.Application.launch(App.class, a);
                });
        // After the window, the JVM ends by itself once the session has stopped (files being written finish).
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
    }

    /**
     * Runs the launcher's arguments; empty when the window opened and was closed, else the exit status.
     *
     * @param env the environment (DISPLAY)
     * @param glassPlatform JavaFX's {@code glass.platform} property, or null for the platform's own windows
     */
    static OptionalInt run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                           String glassPlatform, Window window) {
        boolean windowArgs = args.length == 0 || args[0].equals("open")
                || args[0].startsWith("--") && !args[0].equals("--help");
        if (!windowArgs) {
            boolean help = List.of("help", "--help", "-h").contains(args[0]);
            if (!help && !loadVectorModule(err)) {
                return OptionalInt.of(Cli.INTERNAL_ERROR);
            }
            return OptionalInt.of(Cli.run(args, out, err));
        }
        App.Options options;
        try {
            // Checked before the toolkit starts: a bad argument is a message and status 2, not an empty window.
            options = App.Options.parse(List.of(args));
        } catch (UsageException e) {
            e.print(err);
            return OptionalInt.of(Cli.BAD_INPUT);
        }
        if (options.version()) {
            out.println(Version.line());
            return OptionalInt.of(Cli.OK);
        }
        String noDisplay = displayProblem(env, glassPlatform);
        if (noDisplay != null) {
            err.println(String.format(NO_WINDOW, noDisplay));
            return OptionalInt.of(Cli.BAD_INPUT);
        }
        if (!loadVectorModule(err)) {
            return OptionalInt.of(Cli.INTERNAL_ERROR);
        }
        try {
            window.open(args);
        } catch (RuntimeException e) {
            return OptionalInt.of(windowFailed(e, env, err));
        }
        return OptionalInt.empty();
    }

    /**
     * Why no window can open here, or null: on X11 systems (not Windows or macOS) DISPLAY must name one, unless
     * another glass platform than GTK is chosen (Monocle, headless, needs none).
     */
    static String displayProblem(Map<String, String> env, String glassPlatform) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")
                || glassPlatform != null && !glassPlatform.equalsIgnoreCase("gtk")) {
            return null;
        }
        String display = env.get("DISPLAY");
        return display == null || display.isBlank() ? "there is no display (DISPLAY is not set)" : null;
    }

    /** The toolkit did not start: one sentence, status 2 when the display is the cause, else 4. */
    private static int windowFailed(RuntimeException e, Map<String, String> env, PrintStream err) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Unable to open DISPLAY")) {
                err.println(String.format(NO_WINDOW, "the display '" + env.get("DISPLAY") + "' cannot be opened"));
                return Cli.BAD_INPUT;
            }
        }
        StackTraceElement[] at = e.getStackTrace();
        err.println("backprop-lab: the window could not start: " + e + (at.length > 0 ? " at " + at[0] : "")
                + " (please report it)");
        return Cli.INTERNAL_ERROR;
    }

    private static boolean loadVectorModule(PrintStream err) {
        try {
            VectorModule.load();
            return true;
        } catch (IllegalStateException e) {
            err.println("backprop-lab: " + e.getMessage());
            return false;
        }
    }
}
