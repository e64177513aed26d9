package com.backproplab.cli;

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

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ExperimentException {
        Args a = ARGS.parse(args);
        PreparedExperiment e = PreparedExperiment.read(a.experiment());
        double lambda = e.experiment().training().l2();
        double[][] train = e.data().train();
        Learner learner = e.newLearner();
        GradientCheck.Result r = GradientCheck.check(learner.network(), train[0], train[1], train[2], lambda);
        out.println("gradcheck: " + r.parameters() + " parameters, " + train[2].length + " training points, "
                + "L2 lambda " + lambda + ", dropout off, eps " + GradientCheck.EPSILON
                + (e.parameters() == null ? ", initial weights" : ", saved weights (step " + learner.steps() + ")"));
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
}
