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
        LEARNING_RATE,
        /** An L2 lambda whose own step, learningRate x lambda / batch, overshoots: the L2 term runs away. */
        L2
    }

    /** Steps within which a large initialization alone is blamed. */
    private static final long EARLY_STEPS = 5;

    private final long step;
    private final String what;
    private final Cause cause;
    private final double learningRate;
    private final double initScale;
    private final double l2;
    private final int batch;

    private DivergenceReport(long step, String what, Cause cause, TrainingConfig training, double initScale,
                             int batch) {
        this.step = step;
        this.what = what;
        this.cause = cause;
        this.learningRate = training.learningRate();
        this.initScale = initScale;
        this.l2 = training.l2();
        this.batch = batch;
    }

    /** The report of the diverging step {@code s} of a network and training so configured. */
    public static DivergenceReport of(StepStats s, NetworkConfig network, TrainingConfig training) {
        String what = Double.isNaN(s.cost) ? "the cost became NaN"
                : Double.isInfinite(s.cost) ? "the cost became infinite"
                : s.cost > Learner.RUNAWAY_FACTOR ? String.format(Locale.ROOT, "the cost exploded to %.3g", s.cost)
                : "a weight became NaN or infinite";
        boolean bigInit = network.init() == InitScheme.SCALED && network.initScale() > 1;
        Cause cause = !bigInit ? Cause.LEARNING_RATE : s.step <= EARLY_STEPS ? Cause.EXPLODING_INIT
                : Cause.INIT_AND_RATE;
        int batch = Math.max(1, s.batchSize);
        // Each step shrinks W by learningRate x lambda / m of itself: from 1 on it overshoots zero and grows.
        if (training.l2() > 0 && training.learningRate() * training.l2() / batch >= 1) {
            cause = Cause.L2;
        }
        return new DivergenceReport(s.step, what, cause, training, network.initScale(), batch);
    }

    /** learningRate x lambda / batch, the L2 term's own step, for the messages. */
    private String l2Step() {
        return String.format(Locale.ROOT, "%.3g", learningRate * l2 / batch);
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
            case L2 -> "Likely cause: L2 lambda " + l2 + " is too large for the learning rate " + learningRate
                    + " and batches of " + batch + " (learning rate x lambda / batch = " + l2Step()
                    + ", keep it below 1). Lower lambda or the learning rate, then press Reset.";
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
            case L2 -> "hint: the L2 term ran away: training.l2 (" + l2 + ") with training.learningRate ("
                    + learningRate + ") and batches of " + batch + " gives learningRate x l2 / batch = " + l2Step()
                    + "; keep it below 1 by lowering training.l2 or training.learningRate";
        };
        return command + ": training diverged at step " + step + ": " + what + "\n" + hint;
    }
}
