package com.backproplab.training;

/**
 * The network's output on a square grid of cell centres covering a viewport, row 0 at the top: P(y=1), or yhat for
 * regression. Immutable.
 */
public final class BoundaryGrid {
    private final Viewport viewport;
    private final int resolution;
    private final float[] probability;
    private final long step;
    private final UnitGrids units;

    BoundaryGrid(Viewport viewport, int resolution, float[] probability, long step) {
        this(viewport, resolution, probability, step, null);
    }

    BoundaryGrid(Viewport viewport, int resolution, float[] probability, long step, UnitGrids units) {
        this.viewport = viewport;
        this.resolution = resolution;
        this.probability = probability;
        this.step = step;
        this.units = units;
    }

    /** Every unit's activation from the same weights, or null when no view showed them when it was asked for. */
    public UnitGrids units() {
        return units;
    }

    /** The covered rectangle. */
    public Viewport viewport() {
        return viewport;
    }

    /** Cells per side. */
    public int resolution() {
        return resolution;
    }

    /** The output (P(y=1), or yhat for regression) at column i, row j (row 0 at the top). */
    public float probability(int i, int j) {
        return probability[j * resolution + i];
    }

    /** The training step the grid was computed at. */
    public long step() {
        return step;
    }
}
