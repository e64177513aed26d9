package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.NetworkConfig;
import java.util.Locale;

/**
 * The last rules of the {@link Diagnosis} for regression, where there are no classes and no accuracy: how much of
 * the variance of y the network explains, R^2 = 1 - 2 J / var(y) (J is half the mean squared error, var(y) that of the
 * training values; a network that predicts the mean scores 0), and train against dev cost (docs/diagnosis.md).
 */
public final class RegressionFit {
    /** R^2 at or above this is a good fit on the training set. */
    static final double GOOD_R2 = 0.95;
    /** A dev R^2 this far below the training R^2 is high variance (as a dev error 5 points above training). */
    static final double VARIANCE_GAP = 0.05;

    private RegressionFit() {
    }

    /** R^2 of the training set, NaN without a variance to explain or before an evaluation. */
    static double r2(Snapshot s) {
        return r2(s.split().train(), s.metrics().trainCost());
    }

    /**
     * R^2 = 1 - 2 J / var(y) of a set of values {@code t} on which the network's cost (half the mean squared error) is
     * {@code cost}; NaN for fewer than 2 points, values without variance, or a NaN cost.
     */
    public static double r2(Dataset t, double cost) {
        int m = t.size();
        if (m < 2 || !t.isRegression()) {
            return Double.NaN;
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += t.value(i) / m;
        }
        double var = 0;
        for (int i = 0; i < m; i++) {
            double d = t.value(i) - mean;
            var += d * d / m;
        }
        return var > 0 ? 1 - 2 * cost / var : Double.NaN;
    }

    /** The fit is poor: the training set's R^2 is below {@link #GOOD_R2} (or unknown). */
    static boolean poor(Snapshot s) {
        return !(r2(s) >= GOOD_R2);
    }

    /** High variance, a good fit, still learning, or high bias: the cost, R^2 and the dev cost. */
    static Diagnosis of(Snapshot s, RunSignals r) {
        double r2 = r2(s), train = s.metrics().trainCost(), dev = s.metrics().devCost();
        boolean hasDev = !Double.isNaN(dev);
        // The dev cost on the training set's scale: the share of the variance of y it leaves unexplained.
        double devR2 = r2(s.split().train(), dev);
        boolean gap = hasDev && r2 - devR2 > VARIANCE_GAP;
        if (r2 >= GOOD_R2 && gap) {
            return new Diagnosis(Diagnosis.Condition.HIGH_VARIANCE, String.format(Locale.ROOT, "High variance: dev"
                    + " cost %s vs training %s. Add L2 or dropout, or get more data.", num(dev), num(train)));
        }
        if (r2 >= GOOD_R2) {
            boolean falling = r.trend == RunSignals.Trend.FALLING;
            String fit = String.format(Locale.ROOT, "R² %.3f (%.1f%% of the variance of y)", r2, 100 * r2);
            return new Diagnosis(Diagnosis.Condition.GOOD_FIT, !hasDev
                    ? String.format(Locale.ROOT, "Good fit on the training set (R² %.3f); hold out a dev set to judge"
                    + " variance.", r2)
                    : falling ? "Good fit so far: " + fit + ", dev cost " + num(dev) + ", cost still falling."
                    : "Good fit: " + fit + ", dev cost " + num(dev) + ".");
        }
        if (r.trend == RunSignals.Trend.FALLING) {
            return new Diagnosis(Diagnosis.Condition.STILL_LEARNING, String.format(Locale.ROOT, "Still learning: the"
                    + " cost fell %.0f%% over the last %s. Let it run.", -100 * r.change,
                    Diagnosis.steps(r.to - r.from)));
        }
        if (r.trend == RunSignals.Trend.UNKNOWN || s.step() < Diagnosis.JUDGE_STEPS) {
            return new Diagnosis(Diagnosis.Condition.STILL_LEARNING,
                    "Still learning: too early to judge. Let it run a few hundred steps.");
        }
        NetworkConfig n = s.network();
        String flat = "High bias: the cost levelled off at " + num(train)
                + (Double.isNaN(r2) ? "" : String.format(Locale.ROOT, " (R² %.2f)", r2)) + ". ";
        if (n.hidden().isEmpty()) {
            return new Diagnosis(Diagnosis.Condition.HIGH_BIAS, flat + "No hidden layer: add one, or x1², x2² inputs.");
        }
        return new Diagnosis(Diagnosis.Condition.HIGH_BIAS, flat + (n.activation() == Activation.LINEAR
                ? "Linear layers fit a plane: use tanh or ReLU." : "Try more units or layers, or Adam."));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
