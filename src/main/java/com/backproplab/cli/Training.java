package com.backproplab.cli;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.StepStats;
import java.io.IOException;

/** The single-threaded training loop shared by {@code train} and {@code render}. */
final class Training {
    /** Called after every step with that step's (reused) stats. */
    interface StepListener {
        void after(StepStats s) throws IOException;
    }

    private Training() {
    }

    /** Trains up to {@code steps} steps; returns a copy of the diverging step's stats, or null when all went well. */
    static StepStats run(LoadedExperiment run, long steps, StepListener listener) throws IOException {
        for (long i = 0; i < steps; i++) {
            StepStats s = run.learner.step();
            boolean diverged = s.diverged || !Double.isFinite(s.cost);
            if (listener != null) {
                listener.after(s);
            }
            if (diverged) {
                return s.copy();
            }
        }
        return null;
    }

    /** What happened at the diverging step and what to change, for the terminal. */
    static String divergenceMessage(String command, StepStats s, LoadedExperiment run) {
        String what = Double.isNaN(s.cost) ? "the cost became NaN"
                : Double.isInfinite(s.cost) ? "the cost became infinite"
                : s.cost > 1000 ? String.format(java.util.Locale.ROOT, "the cost exploded to %.3g", s.cost)
                : "a weight became NaN or infinite";
        NetworkConfig n = run.experiment.network();
        double lr = run.experiment.training().learningRate();
        String hint;
        if (n.init() == InitScheme.SCALED && n.initScale() > 1) {
            hint = "hint: the initialization is too large (network.initScale " + n.initScale()
                    + "); use \"init\": \"xavier\" or \"he\", or lower the scale, and lower training.learningRate ("
                    + lr + ") if it persists";
        } else {
            hint = "hint: lower training.learningRate (now " + lr + "), e.g. to " + lr / 10
                    + "; with \"init\": \"scaled\" keep network.initScale near 1 or below";
        }
        return command + ": training diverged at step " + s.step + ": " + what + "\n" + hint;
    }
}
