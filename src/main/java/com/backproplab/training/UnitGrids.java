package com.backproplab.training;

/**
 * Every unit's activation A[l]_i at the cell centres of a coarse square grid over the boundary grid's viewport, for
 * the network view's per-unit heatmaps: layer 0 is the network's input (each feature), layers 1..L-1 the hidden
 * units, layer L the output, P(y=1). Row 0 is at the top, as in {@link BoundaryGrid}, which it rides with: both are
 * computed by the grid worker from the same copy of the weights. Immutable.
 */
public final class UnitGrids {
    /** Cells per side at most: thumbnails and the pinned view are drawn smoothed from it. */
    static final int MAX_RESOLUTION = 48;
    /** Cells per side at least, however many units. */
    static final int MIN_RESOLUTION = 12;
    /** Cells of all units together at most (a wide network gets a coarser grid, so every copy stays small). */
    static final int CELL_BUDGET = 160_000;

    private final int resolution;
    private final int[] sizes;
    /** A[l], unit i's cells at [i * resolution^2, (i + 1) * resolution^2), row-major from the top. */
    private final float[][] values;
    private final float[][] maxAbs;
    private final float[] layerMaxAbs;
    private final long step;

    /** Takes ownership of {@code values}. */
    UnitGrids(int resolution, int[] sizes, float[][] values, long step) {
        this.resolution = resolution;
        this.sizes = sizes.clone();
        this.values = values;
        this.step = step;
        int cells = resolution * resolution;
        maxAbs = new float[sizes.length][];
        layerMaxAbs = new float[sizes.length];
        for (int l = 0; l < sizes.length; l++) {
            maxAbs[l] = new float[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                float m = 0;
                for (int c = i * cells; c < (i + 1) * cells; c++) {
                    float a = Math.abs(values[l][c]);
                    if (a > m && a < Float.POSITIVE_INFINITY) {
                        m = a;
                    }
                }
                maxAbs[l][i] = m;
                layerMaxAbs[l] = Math.max(layerMaxAbs[l], m);
            }
        }
    }

    /** Cells per side for a network of layer sizes {@code sizes}: as fine as {@link #CELL_BUDGET} allows. */
    static int resolutionFor(int[] sizes) {
        long units = 0;
        for (int n : sizes) {
            units += n;
        }
        int r = (int) Math.sqrt((double) CELL_BUDGET / Math.max(1, units));
        return Math.max(MIN_RESOLUTION, Math.min(MAX_RESOLUTION, r));
    }

    /** Cells per side. */
    public int resolution() {
        return resolution;
    }

    /** L, the layers with weights (layer 0 is the input). */
    public int layers() {
        return sizes.length - 1;
    }

    /** n[l], l = 0..L. */
    public int units(int l) {
        return sizes[l];
    }

    /** Whether the grids are of a network with these layer sizes. */
    public boolean fits(int[] layerSizes) {
        return java.util.Arrays.equals(sizes, layerSizes);
    }

    /** A[l]_i at column {@code col}, row {@code row} (row 0 at the top). */
    public float value(int l, int i, int col, int row) {
        return values[l][(i * resolution + row) * resolution + col];
    }

    /** The largest finite |A[l]_i| over the grid (0 when there is none). */
    public float maxAbs(int l, int i) {
        return maxAbs[l][i];
    }

    /** The largest finite |A[l]| of any unit of layer l over the grid. */
    public float maxAbs(int l) {
        return layerMaxAbs[l];
    }

    /** The training step of the weights. */
    public long step() {
        return step;
    }
}
