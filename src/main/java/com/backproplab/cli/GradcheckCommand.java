package com.backproplab.cli;

import com.backproplab.engine.GradientCheck;
import com.backproplab.io.ExperimentException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code gradcheck EXP.json}: the gradient check of COURSE.md at the experiment's current parameters, on its
 * training points after split and normalization, L2 included, dropout off. Exit 0 below 1e-7, else 1.
 */
final class GradcheckCommand {
    static final String USAGE = "usage: backprop-lab gradcheck EXP.json";

    private GradcheckCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ExperimentException {
        Args a = new Args("gradcheck", USAGE, args, List.of());
        LoadedExperiment run = LoadedExperiment.load(a.experiment());
        double lambda = run.experiment.training().l2();
        GradientCheck.Result r = GradientCheck.check(run.learner.network(), run.train[0], run.train[1],
                run.train[2], lambda);
        out.println("gradcheck: " + r.parameters() + " parameters, " + run.train[2].length + " training points, "
                + "L2 lambda " + lambda + ", dropout off, eps " + GradientCheck.EPSILON
                + (run.experiment.parameters() == null ? ", initial weights" : ", saved weights (step "
                + run.learner.steps() + ")"));
        out.println(String.format(Locale.ROOT, "%s (%.2e; below %.0e is great, above %.0e likely a bug)",
                r.verdict(), r.difference(), GradientCheck.GREAT, GradientCheck.SUSPICIOUS));
        out.println("difference " + r.difference());
        return r.difference() < GradientCheck.GREAT ? Cli.OK : Cli.CHECK_FAILED;
    }
}
