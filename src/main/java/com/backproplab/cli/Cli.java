package com.backproplab.cli;

import java.io.PrintStream;

/** Headless subcommands of the launcher. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args[0].equals("bench")) {
            return Bench.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        err.println("unknown command: " + args[0]);
        return 2;
    }
}
