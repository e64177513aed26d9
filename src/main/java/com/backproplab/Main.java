package com.backproplab;

import com.backproplab.cli.Cli;
import com.backproplab.engine.VectorModule;
import com.backproplab.run.UsageException;
import com.backproplab.ui.App;
import java.util.List;

/**
 * Entry point. A plain class (not an {@code Application}) so that headless subcommands never start the
 * JavaFX toolkit: with a subcommand (or --help) it runs the CLI, otherwise it opens the window. The engine's Vector
 * API module is loaded first (the JVM needs it before it links a kernel).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        try {
            VectorModule.load();
        } catch (IllegalStateException e) {
            System.err.println("backprop-lab: " + e.getMessage());
            System.exit(Cli.INTERNAL_ERROR);
        }
        boolean window = args.length == 0 || args[0].equals("open")
                || args[0].startsWith("--") && !args[0].equals("--help");
        if (!window) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        try {
            // Checked before the toolkit starts: a bad argument is a message and status 2, not an empty window.
            App.Options.parse(List.of(args));
        } catch (UsageException e) {
            e.print(System.err);
            System.exit(Cli.BAD_INPUT);
        }
        javafx.application.Application.launch(App.class, args);
    }
}
