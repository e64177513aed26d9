package com.backproplab.training;

import com.backproplab.data.Bounds;
import com.backproplab.engine.LogisticPath;
import com.backproplab.engine.OptimizerKind;

/**
 * GD, momentum, RMSprop and Adam trained side by side from one {@link PathSetup}, each a {@link LogisticPath}, with
 * the positions of every step and the cost surface under them. The surface's square is chosen before the first
 * step: the run is played through once aside, and the square holds the start and every position of that rehearsal
 * that is not above the start's cost (a path that climbs, a rate too high, leaves the plot and says so). Owned by
 * the path trainer thread.
 */
final class PathRun {
    /** Steps a run takes at most. */
    static final int MAX_STEPS = 1000;
    private static final double PAD = 0.15;

    private final PathSetup setup;
    private final LogisticPath[] paths;
    private final double[][] w1, w2, cost;
    private final CostSurface surface;
    private int steps;

    PathRun(PathSetup setup) {
        this.setup = setup;
        int k = OptimizerKind.values().length;
        paths = new LogisticPath[k];
        w1 = new double[k][MAX_STEPS + 1];
        w2 = new double[k][MAX_STEPS + 1];
        cost = new double[k][MAX_STEPS + 1];
        for (OptimizerKind kind : OptimizerKind.values()) {
            int i = kind.ordinal();
            paths[i] = path(setup, kind);
            w1[i][0] = setup.w1();
            w2[i][0] = setup.w2();
            cost[i][0] = paths[i].cost();
        }
        surface = CostSurface.of(paths[0], square(setup));
    }

    private static LogisticPath path(PathSetup s, OptimizerKind kind) {
        return new LogisticPath(s.x1(), s.x2(), s.y(), s.w1(), s.w2(), s.hyper().withOptimizer(kind));
    }

    /** The square around the start and the rehearsal's positions at or below the start's cost. */
    private static Bounds square(PathSetup s) {
        double lo1 = s.w1(), hi1 = s.w1(), lo2 = s.w2(), hi2 = s.w2();
        for (OptimizerKind kind : OptimizerKind.values()) {
            LogisticPath p = path(s, kind);
            double start = p.cost();
            for (int t = 0; t < MAX_STEPS; t++) {
                p.step();
                double a = p.w1(), b = p.w2();
                if (Double.isFinite(a) && Double.isFinite(b) && p.cost() <= start) {
                    lo1 = Math.min(lo1, a);
                    hi1 = Math.max(hi1, a);
                    lo2 = Math.min(lo2, b);
                    hi2 = Math.max(hi2, b);
                }
            }
        }
        double c1 = (lo1 + hi1) / 2, c2 = (lo2 + hi2) / 2;
        double half = Math.max(hi1 - lo1, hi2 - lo2) / 2 * (1 + 2 * PAD);
        half = Math.max(half, 0.05 * (1 + Math.max(Math.abs(c1), Math.abs(c2))));
        return new Bounds(c1 - half, c1 + half, c2 - half, c2 + half);
    }

    /** One step of every path; false when the run has taken its {@link #MAX_STEPS}. */
    boolean step() {
        if (steps >= MAX_STEPS) {
            return false;
        }
        for (int i = 0; i < paths.length; i++) {
            paths[i].step();
            w1[i][steps + 1] = paths[i].w1();
            w2[i][steps + 1] = paths[i].w2();
            cost[i][steps + 1] = paths[i].cost();
        }
        steps++;
        return true;
    }

    int steps() {
        return steps;
    }

    /** The trainer of {@code kind}'s path (for tests: its weights are the positions). */
    LogisticPath path(OptimizerKind kind) {
        return paths[kind.ordinal()];
    }

    OptimizerPaths snapshot(long version, boolean playing) {
        return new OptimizerPaths(version, steps, playing, setup, surface, w1, w2, cost);
    }
}
