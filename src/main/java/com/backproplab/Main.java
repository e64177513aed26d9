package com.backproplab;

import com.backproplab.cli.Cli;

/**
 * Entry point. A plain class (not an {@code Application}) so that headless subcommands never start the
 * JavaFX toolkit: with a subcommand (or --help) it runs the CLI, otherwise it opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("open")) {
            // `backprop-lab open EXP.json`: the window, with an experiment prepared for class.
            javafx.application.Application.launch(com.backproplab.ui.App.class, "--open", args[1]);
            return;
        }
        if (args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help"))) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        javafx.application.Application.launch(com.backproplab.ui.App.class, args);
    }
}
