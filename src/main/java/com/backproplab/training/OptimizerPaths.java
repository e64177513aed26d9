package com.backproplab.training;

import com.backproplab.engine.OptimizerKind;

/**
 * The optimizer paths as of one moment: for each of GD, momentum, RMSprop and Adam, (w1, w2) and J after each step
 * 0..{@link #steps()} (step 0 is the shared start), over the cost surface. Immutable to its readers: the arrays are
 * append-only, written by the path trainer beyond {@code steps} only, and published through a volatile slot.
 *
 * @param version publication counter
 * @param steps steps taken by every path
 * @param playing whether the paths are being trained
 * @param setup the data and start
 * @param surface the cost surface under the paths
 */
public record OptimizerPaths(long version, int steps, boolean playing, PathSetup setup, CostSurface surface,
                             double[][] w1, double[][] w2, double[][] cost) {

    /** The optimizers, in the order of their paths. */
    public static OptimizerKind[] kinds() {
        return OptimizerKind.values();
    }

    /** w1 of {@code kind}'s path after {@code step} steps (0..steps). */
    public double w1(OptimizerKind kind, int step) {
        return at(w1, kind, step);
    }

    /** w2 of {@code kind}'s path after {@code step} steps. */
    public double w2(OptimizerKind kind, int step) {
        return at(w2, kind, step);
    }

    /** J of {@code kind}'s path after {@code step} steps. */
    public double cost(OptimizerKind kind, int step) {
        return at(cost, kind, step);
    }

    private double at(double[][] a, OptimizerKind kind, int step) {
        if (step < 0 || step > steps) {
            throw new IndexOutOfBoundsException("step " + step + " of " + steps);
        }
        return a[kind.ordinal()][step];
    }
}
