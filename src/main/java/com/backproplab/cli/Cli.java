package com.backproplab.cli;

import java.io.PrintStream;

/** Headless subcommands of the launcher. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("unknown command: " + args[0]);
        return 2;
    }
}
