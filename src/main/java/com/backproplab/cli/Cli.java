package com.backproplab.cli;

import com.backproplab.data.Excerpt;
import com.backproplab.data.InputFiles;
import com.backproplab.io.ExperimentException;
import java.io.IOException;
import com.backproplab.run.UsageException;
import java.io.PrintStream;
import java.util.Arrays;

/** Headless subcommands of the launcher (docs/cli.md). Returns the exit status; never prints a stack trace. */
public final class Cli {
    /** Success (and, for gradcheck, a difference below 1e-7). */
    public static final int OK = 0;
    /** gradcheck: the difference is 1e-7 or more. */
    public static final int CHECK_FAILED = 1;
    /** Bad arguments, unreadable or invalid files, untrainable data. */
    public static final int BAD_INPUT = 2;
    /** Training diverged. */
    public static final int DIVERGED = 3;
    /** A bug in Backprop Lab. */
    public static final int INTERNAL_ERROR = 4;

    static final String USAGE = String.join("\n",
            "Backprop Lab: watch a neural network learn.",
            "",
            "usage: backprop-lab                 open the window",
            "       backprop-lab open EXP.json   open the window on an experiment (paused; press Space;"
                    + " also --open EXP.json)",
            "       backprop-lab --perf-report FILE.json [--perf-seconds N] [--perf-network]",
            "       backprop-lab train EXP.json --steps N [--trace FILE.csv] [--out EXP2.json] [--eval-every K]",
            "                          [--trace-every K]",
            "       backprop-lab gradcheck EXP.json",
            "       backprop-lab render EXP.json --steps N --png FILE.png [--size 800]",
            "       backprop-lab bench [--json] [--workload W1|W2|W3|W4|UI|GRID] [--runs N] [--seconds S]",
            "       backprop-lab help            this text (also --help, -h)",
            "       backprop-lab --version       print 'backprop-lab <version>'",
            "",
            "  train      train N steps; --trace writes one CSV row per step (cost, accuracies, gradient norms),",
            "             --out saves the trained experiment so that train on it continues where it stopped",
            "             (--eval-every K: train/dev cost and accuracy in the trace every K steps, default 1;",
            "             --trace-every K: a trace row every K steps, default 1; progress on a terminal's stderr)",
            "  gradcheck  compare backprop with numerical gradients; the last line is 'difference <value>'",
            "  render     train N steps, then draw the decision boundary and the points to a PNG",
            "  bench      time the engine (median of --runs N runs of >= --seconds S each; --json: one object",
            "             per workload)",
            "  --perf-report  the window trains a 6 x 8 tanh network at full speed for N seconds (10), writes",
            "             frame and training figures to FILE.json and exits (--perf-network: with the Network tab open)",
            "",
            "exit status: 0 ok, 1 gradient check above 1e-7, 2 bad arguments, file or data,",
            "             3 training diverged, 4 internal error",
            "experiment files: docs/experiment-format.md; examples: experiments/*.json",
            "");

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "train":
                    return TrainCommand.run(rest, out, err);
                case "gradcheck":
                    return GradcheckCommand.run(rest, out, err);
                case "render":
                    return RenderCommand.run(rest, out, err);
                case "bench":
                    return Bench.run(rest, out, err);
                case "help":
                case "--help":
                case "-h":
                    out.print(USAGE);
                    return OK;
                default:
                    err.println("backprop-lab: unknown command '" + Excerpt.of(args[0])
                            + "' (commands: train, gradcheck, render, bench, help)");
                    return BAD_INPUT;
            }
        } catch (UsageException e) {
            e.print(err);
            return BAD_INPUT;
        } catch (ExperimentException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("backprop-lab: out of memory (a smaller network, dataset or --size helps)");
            return INTERNAL_ERROR;
        } catch (RuntimeException e) {
            StackTraceElement[] at = e.getStackTrace();
            err.println("backprop-lab: internal error: " + e + (at.length > 0 ? " at " + at[0] : "")
                    + " (please report it with the experiment file)");
            return INTERNAL_ERROR;
        }
    }

    /** An I/O problem in a few words, e.g. "no such file" or "is a directory". */
    static String describe(IOException e) {
        return InputFiles.reason(e);
    }
}
