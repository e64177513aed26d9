package com.backproplab.cli;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.GradientCheck;
import com.backproplab.engine.Learner;
import com.backproplab.io.ExperimentException;
import com.backproplab.run.Args;
import com.backproplab.run.PreparedExperiment;
import com.backproplab.run.UsageException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code gradcheck EXP.json}: the gradient check (see docs/math.md, gradient check) at the experiment's current
 * parameters, on its training points after split and normalization, L2 included, dropout off. Exit 0 below 1e-7,
 * else 1. At a stationary point the relative difference is undefined: the last line reads {@code difference NaN},
 * the line before it gives the absolute difference, and the exit status follows that (0 below 1e-7).
 */
final class GradcheckCommand {
    static final String USAGE = "usage: backprop-lab gradcheck EXP.json";

    private GradcheckCommand() {
    }

    private static final Args.Spec ARGS = Args.spec("gradcheck", USAGE).withExperiment();

    /**
     * Floating-point operations one check may take (seconds on one core): each perturbed parameter costs two
     * forward passes of 2P operations per example, so small networks are checked whole, large ones on a subset.
     */
    static final double BUDGET = 2e10;
    /** The fewest training points a bounded check keeps. */
    static final int MIN_POINTS = 64;
    /**
     * The most training points checked: plenty for a gradient, and the mean cost over more points loses the digits
     * the two-sided difference needs.
     */
    static final int MAX_POINTS = 10_000;

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ExperimentException {
        Args a = ARGS.parse(args);
        PreparedExperiment e = PreparedExperiment.read(a.experiment());
        double lambda = e.experiment().training().l2();
        double lambda1 = e.experiment().training().l1();
        double[][] train = e.data().train();
        Learner learner = e.newLearner();
        int p = learner.network().parameterCount();
        int m = PreparedData.labelsOf(train).length;
        double perExample = 4.0 * p * p;
        int points = (int) Math.min(m, Math.max(MIN_POINTS, Math.min(MAX_POINTS, BUDGET / perExample)));
        int most = (int) Math.min(p, Math.max(1, BUDGET / (4.0 * p * points)));
        int stride = (p + most - 1) / most;
        int params = (p + stride - 1) / stride; // as GradientCheck counts every stride-th parameter
        double[][] used = points < m ? spaced(train, points) : train;
        String what = params == p && points == m ? p + " parameters, " + m + " training points"
                : (params == p ? p + "" : params + " of " + p) + " parameters and "
                + (points == m ? m + "" : points + " of " + m) + " training points (evenly"
                + " spaced: a bounded subset, so that the check ends in seconds)";
        out.println("gradcheck: " + what + ", L2 lambda " + lambda + (lambda1 > 0 ? ", L1 lambda " + lambda1 : "")
                + ", dropout off, eps " + GradientCheck.EPSILON
                + (e.parameters() == null ? ", initial weights" : ", saved weights (step " + learner.steps() + ")"));
        out.flush();
        GradientCheck.Result r = GradientCheck.check(learner.network(), PreparedData.inputsOf(used),
                PreparedData.labelsOf(used), lambda, lambda1, most, (done, total) -> { });
        if (r.stationary()) {
            out.println(r.verdict());
            out.println("absolute difference " + r.absolute());
        } else {
            out.println(String.format(Locale.ROOT, "%s (%.2e; below %.0e is great, above %.0e likely a bug)",
                    r.verdict(), r.difference(), GradientCheck.GREAT, GradientCheck.SUSPICIOUS));
        }
        out.println("difference " + r.difference());
        return r.passed() ? Cli.OK : Cli.CHECK_FAILED;
    }

    /** {@code count} evenly spaced examples of {input rows..., y}. */
    private static double[][] spaced(double[][] set, int count) {
        int m = PreparedData.labelsOf(set).length;
        double[][] out = new double[set.length][count];
        for (int i = 0; i < count; i++) {
            int k = (int) ((long) i * m / count);
            for (int c = 0; c < set.length; c++) {
                out[c][i] = set[c][k];
            }
        }
        return out;
    }
}
