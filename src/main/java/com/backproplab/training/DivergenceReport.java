package com.backproplab.training;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Learner;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.StepStats;
import com.backproplab.engine.TrainingConfig;
import java.util.Locale;

/**
 * Why training diverged and what to change, worded in one place for the window and the command line: what
 * happened at the diverging step, and the likely cause. The window names its controls and Reset; the command line
 * names the experiment file's keys.
 */
public final class DivergenceReport {
    /** The likely cause. */
    private enum Cause {
        /** Scaled init above 1, diverging within the first steps. */
        EXPLODING_INIT,
        /** Scaled init above 1, diverging later: the learning rate plays its part. */
        INIT_AND_RATE,
        /** The learning rate alone. */
        LEARNING_RATE
    }

    /** Steps within which a large initialization alone is blamed. */
    private static final long EARLY_STEPS = 5;

    private final long step;
    private final String what;
    private final Cause cause;
    private final double learningRate;
    private final double initScale;

    private DivergenceReport(long step, String what, Cause cause, double learningRate, double initScale) {
        this.step = step;
        this.what = what;
        this.cause = cause;
        this.learningRate = learningRate;
        this.initScale = initScale;
    }

    /** The report of the diverging step {@code s} of a network and training so configured. */
    public static DivergenceReport of(StepStats s, NetworkConfig network, TrainingConfig training) {
        String what = Double.isNaN(s.cost) ? "the cost became NaN"
                : Double.isInfinite(s.cost) ? "the cost became infinite"
                : s.cost > Learner.EXPLOSION_FACTOR ? String.format(Locale.ROOT, "the cost exploded to %.3g", s.cost)
                : "a weight became NaN or infinite";
        boolean bigInit = network.init() == InitScheme.SCALED && network.initScale() > 1;
        Cause cause = !bigInit ? Cause.LEARNING_RATE : s.step <= EARLY_STEPS ? Cause.EXPLODING_INIT
                : Cause.INIT_AND_RATE;
        return new DivergenceReport(s.step, what, cause, training.learningRate(), network.initScale());
    }

    /** For the window's banner: what happened, the likely cause and the remedy, ending with Reset. */
    public String sentence() {
        String likely = switch (cause) {
            case EXPLODING_INIT -> "Likely cause: exploding initialization (init scale " + initScale
                    + "). Use Xavier or He init, then press Reset.";
            case INIT_AND_RATE -> "Likely cause: a learning rate of " + learningRate + " with init scale " + initScale
                    + ". Lower both, then press Reset.";
            case LEARNING_RATE -> "Likely cause: the learning rate " + learningRate
                    + " is too high. Lower it, then press Reset.";
        };
        return "Training diverged at step " + step + ": " + what + ". " + likely;
    }

    /** For the terminal: {@code command}'s line naming the step and what happened, then a hint naming the keys. */
    public String forCommandLine(String command) {
        String hint = switch (cause) {
            case EXPLODING_INIT, INIT_AND_RATE -> "hint: the initialization is too large (network.initScale "
                    + initScale + "); use \"init\": \"xavier\" or \"he\", or lower the scale, and lower"
                    + " training.learningRate (" + learningRate + ") if it persists";
            case LEARNING_RATE -> "hint: lower training.learningRate (now " + learningRate + "), e.g. to "
                    + learningRate / 10 + "; with \"init\": \"scaled\" keep network.initScale near 1 or below";
        };
        return command + ": training diverged at step " + step + ": " + what + "\n" + hint;
    }
}
