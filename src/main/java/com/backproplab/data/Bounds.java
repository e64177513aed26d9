package com.backproplab.data;

/**
 * A rectangle of data space, [xMin, xMax] x [yMin, yMax], and the square lattice of cells that samples it (row 0
 * at the top). The window's canvas, the trainer's boundary grid and rendered PNGs all place their cells here.
 */
public record Bounds(double xMin, double xMax, double yMin, double yMax) {
    /** The default view is [-DEFAULT_HALF, DEFAULT_HALF]^2. */
    public static final double DEFAULT_HALF = 6.0;
    /**
     * Room around points that do not fit the default view, as a fraction of their half extent: the window's 10%
     * (PNGs used 12% before they shared this), so the app keeps the view its users know.
     */
    public static final double MARGIN = 0.10;

    public Bounds {
        check(xMin, xMax, yMin, yMax);
    }

    /** Refuses a rectangle of zero, negative or infinite size (shared with the trainer's viewport). */
    public static void check(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("viewport must have a positive finite size");
        }
    }

    /** The app's default view, [-6, 6]^2. */
    public static Bounds defaults() {
        return new Bounds(-DEFAULT_HALF, DEFAULT_HALF, -DEFAULT_HALF, DEFAULT_HALF);
    }

    /**
     * The default view when every point fits in it, else the square around the points with a {@link #MARGIN}; a
     * single spot gets a half width of 1 or a tenth of its distance from the origin, whichever is larger.
     */
    public static Bounds around(Dataset... sets) {
        double lo1 = Double.POSITIVE_INFINITY, hi1 = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY, hi2 = Double.NEGATIVE_INFINITY;
        for (Dataset d : sets) {
            for (int i = 0; i < d.size(); i++) {
                lo1 = Math.min(lo1, d.x1(i));
                hi1 = Math.max(hi1, d.x1(i));
                lo2 = Math.min(lo2, d.x2(i));
                hi2 = Math.max(hi2, d.x2(i));
            }
        }
        double h = DEFAULT_HALF;
        boolean none = lo1 > hi1;
        if (none || (lo1 >= -h && hi1 <= h && lo2 >= -h && hi2 <= h)) {
            return defaults();
        }
        // Halves first, so that points near +-Double.MAX_VALUE give a finite view instead of an overflow.
        double c1 = lo1 / 2 + hi1 / 2, c2 = lo2 / 2 + hi2 / 2;
        double half = Math.max(hi1 / 2 - lo1 / 2, hi2 / 2 - lo2 / 2);
        half = half > 0 ? half * (1 + MARGIN) : Math.max(1.0, 0.1 * Math.max(Math.abs(c1), Math.abs(c2)));
        // The view's edges and width must be finite doubles; beyond that the outermost points fall outside it.
        half = Math.min(half, Double.MAX_VALUE / 4);
        c1 = Math.max(-Double.MAX_VALUE / 2, Math.min(Double.MAX_VALUE / 2, c1));
        c2 = Math.max(-Double.MAX_VALUE / 2, Math.min(Double.MAX_VALUE / 2, c2));
        return new Bounds(c1 - half, c1 + half, c2 - half, c2 + half);
    }

    /** x at column i of an n-cell lattice, cell centres at whole i (fractional i interpolates). */
    public double x(double i, int n) {
        return xMin + (i + 0.5) * (xMax - xMin) / n;
    }

    /** y at row j of an n-cell lattice, row 0 at the top (yMax). */
    public double y(double j, int n) {
        return yMax - (j + 0.5) * (yMax - yMin) / n;
    }

    /** The column of an n-cell lattice that holds x (outside [0, n) when x is outside). */
    public int column(double x, int n) {
        return (int) Math.floor((x - xMin) / (xMax - xMin) * n);
    }

    /** The row of an n-cell lattice that holds y, row 0 at the top. */
    public int row(double y, int n) {
        return (int) Math.floor((yMax - y) / (yMax - yMin) * n);
    }
}
