package com.backproplab.training;

import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Problem;
import com.backproplab.engine.UnitProbe;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * What is happening to a run, in one sentence a student can act on: the condition, the evidence read from the run's
 * own signals, and the specific fix. A pure function of a {@link Snapshot}: the trend of the training cost, train
 * versus dev error, the per-layer gradient norms and update sizes ({@link RunSignals}), and the hidden units' state
 * ({@link UnitProbe}). The rules are checked in order, the first that holds wins (docs/diagnosis.md).
 *
 * @param condition what is happening
 * @param sentence the condition, its evidence and its fix, in plain words
 */
public record Diagnosis(Condition condition, String sentence) {
    /** The conditions, in the order their rules are checked (after a stop and before the first step). */
    public enum Condition {
        NOT_TRAINED, DIVERGED, STOPPED, EXPLODING_GRADIENTS, LEARNING_RATE_TOO_HIGH, SYMMETRIC_UNITS, DEAD_RELUS,
        SATURATED_UNITS, VANISHING_GRADIENTS, HIGH_VARIANCE, GOOD_FIT, STILL_LEARNING, HIGH_BIAS
    }

    /** Training error above this is high bias (as in the course's examples). */
    static final double BIAS_ERROR = 0.10;
    /** Dev error this much above training error is high variance. */
    static final double VARIANCE_GAP = 0.05;
    /** Growth of the largest layer gradient, within the recent half, that counts as exploding. */
    static final double EXPLODING_GROWTH = 100;
    /** ... while the latest mini-batch cost is at least this many times the least of that half (rising). */
    static final double EXPLODING_COST = 1.5;
    /** An update this large relative to its weights (healthy is about 1e-3) blames the learning rate. */
    static final double LARGE_UPDATE = 0.01;
    /** ||dW[1]|| below this share of the largest layer gradient is vanishing. */
    static final double VANISHING_RATIO = 1e-3;
    /** A hidden layer with at least this share of dead (or saturated) units is named. */
    static final double UNIT_SHARE = 0.5;
    /** Before this many steps a level cost is not yet high bias: plateaus are common early on. */
    static final long JUDGE_STEPS = 500;

    /** The diagnosis of {@code s}. */
    public static Diagnosis of(Snapshot s) {
        if (s.dataProblem() != null) {
            return new Diagnosis(Condition.NOT_TRAINED, "Cannot train yet: " + s.dataProblem());
        }
        if (s.divergence() != null) {
            return s.layers().diverged() ? diverged(s, RunSignals.of(s.history(), true))
                    : new Diagnosis(Condition.STOPPED, s.divergence().message());
        }
        if (s.step() == 0 || s.history().size() == 0 && Double.isNaN(s.metrics().trainAccuracy())) {
            return new Diagnosis(Condition.NOT_TRAINED,
                    "Not trained yet: press Play or Step, then watch the cost fall and each layer's gradient.");
        }
        RunSignals r = RunSignals.of(s.history());
        double trainErr = 1 - s.metrics().trainAccuracy(), devErr = 1 - s.metrics().devAccuracy();
        boolean regression = s.network().problem() == Problem.REGRESSION;
        boolean poor = regression ? RegressionFit.poor(s) : !(trainErr <= BIAS_ERROR);
        Diagnosis d = gradients(s, r);
        if (d == null) {
            d = units(s, s.units(), poor);
        }
        if (d == null && poor && r.firstOverLargest < VANISHING_RATIO && s.network().hidden().size() >= 2) {
            d = new Diagnosis(Condition.VANISHING_GRADIENTS, String.format(Locale.ROOT, "Vanishing gradients:"
                    + " ||dW[1]|| is %s × ||dW[%d]||. Try ReLU with He init, or batch norm.",
                    sci(r.firstOverLargest), r.largestLayer));
        }
        if (d == null && regression) {
            d = RegressionFit.of(s, r);
        }
        return d != null ? d : fit(s, r, trainErr, devErr);
    }

    /** Exploding gradients, or a learning rate too high: both read from the recent half of the run. */
    private static Diagnosis gradients(Snapshot s, RunSignals r) {
        double rate = s.learningRate();
        if (r.growth >= EXPLODING_GROWTH && r.costRise >= EXPLODING_COST) {
            return new Diagnosis(Condition.EXPLODING_GRADIENTS, String.format(Locale.ROOT, "Exploding gradients:"
                    + " ||dW|| ×%s in %s, cost rising. %s", sci(r.growth), steps(r.growthSteps), calmDown(s)));
        }
        if (r.trend == RunSignals.Trend.RISING) {
            String rose = r.change < 1 ? String.format(Locale.ROOT, "%.0f%%", 100 * r.change)
                    : sci(1 + r.change) + "-fold";
            return new Diagnosis(Condition.LEARNING_RATE_TOO_HIGH, String.format(Locale.ROOT, "Learning rate too"
                    + " high: the cost rose %s in the last %s. Lower it (now %s).", rose, steps(r.to - r.from),
                    num(rate)));
        }
        if (r.trend == RunSignals.Trend.OSCILLATING && r.updateRatio >= LARGE_UPDATE) {
            return new Diagnosis(Condition.LEARNING_RATE_TOO_HIGH, String.format(Locale.ROOT, "Learning rate too"
                    + " high: the cost jumps up and down (weights change %.0f%% a step). Lower it (now %s).",
                    100 * r.updateRatio, num(rate)));
        }
        return null;
    }

    /** Symmetric, dead or saturated hidden units. */
    private static Diagnosis units(Snapshot s, UnitProbe.Result u, boolean poor) {
        if (u == null) {
            return null;
        }
        Activation g = s.network().activation();
        for (int l = 1; l < u.layers(); l++) {
            if (u.identical(l)) {
                String what = s.network().init() != InitScheme.ZEROS
                        ? "all units of layer " + l + " are identical, so they learn alike"
                        : g == Activation.SIGMOID ? "sigmoid units output 0.5 and learn, but all alike"
                        : "every hidden unit outputs 0 and gets no gradient";
                return new Diagnosis(Condition.SYMMETRIC_UNITS, "Symmetric units"
                        + (s.network().init() == InitScheme.ZEROS ? " (zero init): " : ": ") + what
                        + ". Use Xavier or He init.");
            }
        }
        int worst = worst(u, true);
        if (poor && (g == Activation.RELU) && worst > 0 && u.dead(worst) >= UNIT_SHARE) {
            return new Diagnosis(Condition.DEAD_RELUS, String.format(Locale.ROOT, "Dead ReLUs: %s units in layer %d"
                    + " output 0 on every point. Use a lower learning rate or leaky ReLU.",
                    share(u.dead(worst), s.network(), worst), worst));
        }
        worst = worst(u, false);
        if (poor && (g == Activation.SIGMOID || g == Activation.TANH) && worst > 0 && u.saturated(worst) >= UNIT_SHARE) {
            return new Diagnosis(Condition.SATURATED_UNITS, String.format(Locale.ROOT, "Saturated units: %s in layer"
                    + " %d sit at %s, slope ~0. Use Xavier init or batch norm.",
                    share(u.saturated(worst), s.network(), worst), worst, g == Activation.TANH ? "±1" : "0 or 1"));
        }
        return null;
    }

    /** The hidden layer with the largest share of dead (or saturated) units, 0 for none. */
    private static int worst(UnitProbe.Result u, boolean dead) {
        int best = 0;
        double most = 0;
        for (int l = 1; l < u.layers(); l++) {
            double v = dead ? u.dead(l) : u.saturated(l);
            if (v > most) {
                most = v;
                best = l;
            }
        }
        return best;
    }

    /** Bias, variance, a good fit, or still learning. */
    private static Diagnosis fit(Snapshot s, RunSignals r, double trainErr, double devErr) {
        boolean hasDev = !Double.isNaN(devErr);
        if (trainErr <= BIAS_ERROR && hasDev && devErr - trainErr > VARIANCE_GAP) {
            return new Diagnosis(Condition.HIGH_VARIANCE, String.format(Locale.ROOT, "High variance: dev error %.1f%%"
                    + " vs training %.1f%%. Add L2 or dropout, or get more data.", 100 * devErr, 100 * trainErr));
        }
        if (trainErr <= BIAS_ERROR) {
            String still = r.trend == RunSignals.Trend.FALLING ? ", and the cost is still falling" : "";
            return new Diagnosis(Condition.GOOD_FIT, hasDev ? String.format(Locale.ROOT, "Good fit%s: training error"
                    + " %.1f%%, dev error %.1f%%%s.", still.isEmpty() ? "" : " so far", 100 * trainErr, 100 * devErr,
                    still) : String.format(Locale.ROOT, "Good fit on the training set (error %.1f%%)%s; hold out a"
                    + " dev set to judge variance.", 100 * trainErr, still));
        }
        if (r.trend == RunSignals.Trend.FALLING) {
            return new Diagnosis(Condition.STILL_LEARNING, String.format(Locale.ROOT, "Still learning: the cost fell"
                    + " %.0f%% over the last %s. Let it run.", -100 * r.change, steps(r.to - r.from)));
        }
        if (r.trend == RunSignals.Trend.UNKNOWN || s.step() < JUDGE_STEPS) {
            return new Diagnosis(Condition.STILL_LEARNING,
                    "Still learning: too early to judge. Let it run a few hundred steps.");
        }
        NetworkConfig n = s.network();
        String bias = hasDev && devErr - trainErr > VARIANCE_GAP ? "High bias and variance" : "High bias";
        if (n.hidden().isEmpty() || n.activation() == Activation.LINEAR) {
            // The dev gap is beside the point here: no amount of data or regularization bends a straight line.
            return new Diagnosis(Condition.HIGH_BIAS, String.format(Locale.ROOT, "High bias: %.0f%% training error. %s"
                    + " draws only straight lines: add a tanh or ReLU layer.", 100 * trainErr,
                    n.hidden().isEmpty() ? "Logistic regression" : "A linear network"));
        }
        return new Diagnosis(Condition.HIGH_BIAS, String.format(Locale.ROOT, "%s: %.0f%% training error, the cost"
                + " levelled off. Try more units or layers, or Adam.", bias, 100 * trainErr));
    }

    /** {@code r} covers the whole run: what led to the stop. */
    private static Diagnosis diverged(Snapshot s, RunSignals r) {
        String what = r.growth >= EXPLODING_GROWTH
                ? String.format(Locale.ROOT, "exploding gradients (||dW|| ×%s)", sci(r.growth)) : "the cost blew up";
        String fix = calmDown(s);
        return new Diagnosis(Condition.DIVERGED, "Diverged at step " + s.divergence().step() + ": " + what + ". "
                + fix.substring(0, fix.length() - 1) + ", then Reset.");
    }

    /** The fix for a run that blows up: a large scaled init first, else the learning rate. */
    private static String calmDown(Snapshot s) {
        NetworkConfig n = s.network();
        if (n.init() == InitScheme.SCALED && n.initScale() > 1) {
            return "Use Xavier or He init (scale now " + num(n.initScale()) + ").";
        }
        return "Lower the learning rate (now " + num(s.learningRate()) + ").";
    }

    /** "1 step", "40 steps". */
    static String steps(long n) {
        // Grouped as the window's step counter shows it: "1,581,056 steps" reads at a glance on a projector.
        return n == 1 ? "1 step" : String.format(Locale.ROOT, "%,d steps", n);
    }

    /** "6 of 8" units of layer l, from a share. */
    private static String share(double share, NetworkConfig n, int l) {
        int units = n.hidden().get(l - 1);
        return Math.round(share * units) + " of " + units;
    }

    /** A ratio like 3e-06 or 2e+04, one significant digit: orders of magnitude are what matters. */
    private static String sci(double v) {
        return v >= 1 && v < 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.0e", v);
    }

    /** A setting as the controls show it, at most three significant digits (0.5, 2, 0.001). */
    static String num(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
