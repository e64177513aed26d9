package com.backproplab.cli;

import java.io.PrintStream;

/** The engine benchmark ({@code backprop-lab bench}); see shared BENCH.md for the workloads. */
public final class Bench {
    private Bench() {
    }

    /** Runs the benchmark; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("bench: not built yet");
        return 1;
    }
}
