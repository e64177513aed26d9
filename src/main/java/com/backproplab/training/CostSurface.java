package com.backproplab.training;

import com.backproplab.data.Bounds;
import com.backproplab.engine.LogisticPath;

/**
 * The cost J(w1, w2) of logistic regression with the bias at 0 over a square of weight space, sampled at the cells
 * of an n x n lattice (row 0 at the top, as the boundary grid), with the levels to draw as contour lines: spaced
 * geometrically above the lowest sample, dense near the valley floor and sparse up the walls. Immutable.
 */
public final class CostSurface {
    /** Cells a side. */
    public static final int CELLS = 96;
    /** Contour levels drawn. */
    public static final int LEVELS = 16;
    /** The lowest level sits this share of the sampled range above the lowest sample. */
    private static final double FLOOR = 1e-3;

    private final Bounds view;
    private final float[] cost;
    private final double[] levels;
    private final double minW1, minW2, min;

    private CostSurface(Bounds view, float[] cost, double[] levels, double minW1, double minW2, double min) {
        this.view = view;
        this.cost = cost;
        this.levels = levels;
        this.minW1 = minW1;
        this.minW2 = minW2;
        this.min = min;
    }

    /** Samples {@code path}'s cost over {@code view}. */
    static CostSurface of(LogisticPath path, Bounds view) {
        int n = CELLS;
        float[] c = new float[n * n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, at1 = 0, at2 = 0;
        for (int j = 0; j < n; j++) {
            double w2 = view.y(j, n);
            for (int i = 0; i < n; i++) {
                double w1 = view.x(i, n), v = path.cost(w1, w2);
                c[j * n + i] = (float) v;
                if (v < lo) {
                    lo = v;
                    at1 = w1;
                    at2 = w2;
                }
                hi = Math.max(hi, v);
            }
        }
        double[] levels = new double[LEVELS];
        double range = Math.max(hi - lo, 1e-12);
        for (int k = 0; k < LEVELS; k++) {
            levels[k] = lo + range * Math.pow(FLOOR, 1 - (double) k / (LEVELS - 1));
        }
        return new CostSurface(view, c, levels, at1, at2, lo);
    }

    /** The square of weight space: x is w1, y is w2. */
    public Bounds view() {
        return view;
    }

    /** J at cell (i, j), row 0 at the top. */
    public float cost(int i, int j) {
        return cost[j * CELLS + i];
    }

    /** The contour levels, lowest first. */
    public int levels() {
        return levels.length;
    }

    public double level(int k) {
        return levels[k];
    }

    /** w1 of the lowest sample. */
    public double minW1() {
        return minW1;
    }

    /** w2 of the lowest sample. */
    public double minW2() {
        return minW2;
    }

    /** The lowest sampled J. */
    public double min() {
        return min;
    }
}
