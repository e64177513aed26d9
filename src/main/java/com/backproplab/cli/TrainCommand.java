package com.backproplab.cli;

import com.backproplab.engine.Predictor;
import com.backproplab.data.Excerpt;
import com.backproplab.engine.StepStats;
import com.backproplab.io.ExperimentException;
import com.backproplab.run.Args;
import com.backproplab.run.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code train EXP.json --steps N [--trace FILE.csv] [--out EXP2.json] [--eval-every K] [--trace-every K]}; a
 * progress line on a terminal's standard error while it trains.
 */
final class TrainCommand {
    static final String USAGE = "usage: backprop-lab train EXP.json --steps N [--trace FILE.csv] [--out EXP2.json]"
            + " [--eval-every K] [--trace-every K]";

    private TrainCommand() {
    }

    private static final Args.Spec ARGS = Args.spec("train", USAGE).withExperiment()
            .withOptions("--steps", "--trace", "--out", "--eval-every", "--trace-every");

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ExperimentException {
        Args a = ARGS.parse(args);
        long steps = a.whole("--steps", 0, Long.MAX_VALUE / 2);
        Path tracePath = a.output("--trace");
        Path outPath = a.output("--out");
        long every = a.whole("--eval-every", 1, 1, Long.MAX_VALUE);
        long traceEvery = a.whole("--trace-every", 1, 1, Long.MAX_VALUE);
        if (tracePath == null && a.text("--trace-every", null) != null) {
            throw a.fail("--trace-every needs --trace FILE.csv");
        }
        Training run = Training.of(a.experiment());
        long first = run.learner.steps() + 1;
        long lastStep = first + steps - 1;
        Progress progress = Progress.of(err, "train", steps);

        StepStats diverged;
        double[] lastCost = {Double.NaN};
        Trace trace = null;
        try {
            if (tracePath != null) {
                trace = new Trace(tracePath, run.learner.network().layers());
            }
            Trace t = trace;
            diverged = run.run(steps, s -> {
                lastCost[0] = s.cost;
                progress.after(s);
                boolean stop = s.diverged || !Double.isFinite(s.cost);
                // Every K-th step, the run's last step and a diverging step, so a long run's trace stays small.
                if (t != null && (s.step % traceEvery == 0 || s.step == lastStep || stop)) {
                    boolean eval = s.step % every == 0 && !stop;
                    run.learner.diagnose(); // a trace row holds the per-layer diagnostics
                    t.row(s, eval ? run.evaluateTrain() : null, eval ? run.evaluateDev() : null);
                }
            });
            if (trace != null) {
                trace.close();
            }
        } catch (IOException e) {
            err.println("train: cannot write the trace " + Excerpt.of(tracePath.toString()) + ": " + Cli.describe(e));
            return Cli.BAD_INPUT;
        } finally {
            progress.finish();
            if (trace != null) {
                try {
                    trace.close();
                } catch (IOException ignored) {
                    // Already reported above.
                }
            }
        }
        if (diverged != null) {
            err.println(run.divergenceMessage("train", diverged));
            if (tracePath != null) {
                err.println("train: the trace up to step " + diverged.step + " is in " + tracePath
                        + "; " + (outPath == null ? "" : outPath + " was not written"));
            }
            return Cli.DIVERGED;
        }
        if (outPath != null) {
            try {
                run.writeTrained(outPath);
            } catch (IOException e) {
                err.println("train: cannot write " + Excerpt.of(outPath.toString()) + ": " + Cli.describe(e));
                return Cli.BAD_INPUT;
            }
        }
        summary(out, run, steps, first, lastCost[0], tracePath, outPath);
        return Cli.OK;
    }

    /** "train: cost 0.1234, accuracy 95.0% (320 points)"; regression, without accuracy: "train: cost 0.0004370 (90 points)". */
    static String evaluation(String label, Predictor.Evaluation e, int points, boolean regression) {
        // Four significant digits: a fitted squared error is often far below 0.0001.
        return regression ? String.format(Locale.ROOT, "%scost %.4g (%d points)", label, e.cost(), points)
                : String.format(Locale.ROOT, "%scost %.4f, accuracy %.1f%% (%d points)", label, e.cost(),
                100 * e.accuracy(), points);
    }

    private static void summary(PrintStream out, Training run, long steps, long first, double lastCost,
                                Path trace, Path saved) {
        long last = run.learner.steps();
        out.println(steps == 0 ? "trained 0 steps (now at step " + last + ")"
                : "trained " + steps + " steps (" + first + " to " + last + "); now epoch " + run.learner.epoch()
                + ", position " + run.learner.position() + " of " + run.trainSize());
        if (steps > 0) {
            out.println(String.format(Locale.ROOT, "final cost %.6g (mini-batch of step %d, before its update)",
                    lastCost, last));
        }
        Predictor.Evaluation tr = run.evaluateTrain();
        out.println(evaluation("train: ", tr, run.trainSize(), run.regression()));
        if (run.devSize() > 0) {
            out.println(evaluation("dev:   ", run.evaluateDev(), run.devSize(), run.regression()));
        } else {
            out.println("dev:   none (data.devFraction is 0)");
        }
        if (trace != null) {
            out.println("trace: " + trace);
        }
        if (saved != null) {
            // A device or FIFO (--out /dev/null) holds nothing to continue from.
            out.println("saved: " + saved + (java.nio.file.Files.isRegularFile(saved)
                    ? " (continue with: backprop-lab train " + saved + " --steps N)" : ""));
        }
    }
}
