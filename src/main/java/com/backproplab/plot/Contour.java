package com.backproplab.plot;

import com.backproplab.data.Bounds;

import java.util.Arrays;

/**
 * The P = 0.5 line of a probability lattice, traced by marching squares over the cell centres with linear
 * interpolation along the cell edges, as straight segments in data coordinates. Immutable.
 *
 * <p>A corner within {@link #FLAT} of the level counts as above it. Saturated and dead networks give plateaus at
 * exactly 0.5 (ReLUs all off leave P = sigmoid(0)) and near-flat fields where float rounding flips the sign from
 * cell to cell; strictly-above corners would cut such plateaus with diagonals and scatter fragments over the flat
 * parts. This way the line runs along a plateau's edge and a flat field draws none.
 */
public final class Contour {
    /** The level traced. */
    public static final double LEVEL = 0.5;
    /** Cells a side traced at most: finer adds no visible detail, and a 4096 px PNG would get millions of segments. */
    static final int MAX_CELLS = 400;
    /** Distance from the level below which a corner counts as on it: a few float steps at 0.5 (ulp 6e-8). */
    static final double FLAT = 1e-6;

    /** The lattice traced: the value at column i, row j (row 0 at the top). */
    @FunctionalInterface
    public interface Samples {
        float at(int i, int j);
    }

    private static final Contour EMPTY = new Contour(new double[0], 0);

    /** x0, y0, x1, y1 of each segment. */
    private final double[] ends;
    private final int size;

    private Contour(double[] ends, int size) {
        this.ends = ends;
        this.size = size;
    }

    /** No line (before the first grid). */
    public static Contour empty() {
        return EMPTY;
    }

    /** Traces the n x n lattice {@code p} whose cells tile {@code view}; a cell with a NaN corner is skipped. */
    public static Contour trace(Bounds view, Samples p, int n) {
        Tracer t = new Tracer(view, n);
        int s = Math.max(1, n / MAX_CELLS);
        for (int j = 0; j + s < n; j += s) {
            for (int i = 0; i + s < n; i += s) {
                t.cell(i, j, s, p.at(i, j) - LEVEL, p.at(i + s, j) - LEVEL, p.at(i + s, j + s) - LEVEL,
                        p.at(i, j + s) - LEVEL);
            }
        }
        return new Contour(t.ends, t.size);
    }

    /** Number of segments. */
    public int size() {
        return size;
    }

    /** Data x of the start of segment k. */
    public double x0(int k) {
        return ends[4 * k];
    }

    /** Data y of the start of segment k. */
    public double y0(int k) {
        return ends[4 * k + 1];
    }

    /** Data x of the end of segment k. */
    public double x1(int k) {
        return ends[4 * k + 2];
    }

    /** Data y of the end of segment k. */
    public double y1(int k) {
        return ends[4 * k + 3];
    }

    @Override
    public String toString() {
        return "Contour[" + size + " segments]";
    }

    /** Collects segments, mapping lattice positions to data coordinates. */
    private static final class Tracer {
        private final Bounds view;
        private final int n;
        double[] ends = new double[256];
        int size;

        Tracer(Bounds view, int n) {
            this.view = view;
            this.n = n;
        }

        /**
         * One cell of side s at (i, j); a..d are the corners minus the level, clockwise from the top left. The
         * 16 cases by which corners lie above; the two saddles (5, 10) keep the above corners apart.
         */
        void cell(int i, int j, int s, double a, double b, double c, double d) {
            int code = (a > -FLAT ? 8 : 0) | (b > -FLAT ? 4 : 0) | (c > -FLAT ? 2 : 0) | (d > -FLAT ? 1 : 0);
            if (code == 0 || code == 15 || a != a || b != b || c != c || d != d) {
                return;
            }
            // Edge crossings: top (a-b), right (b-c), bottom (d-c), left (a-d).
            double tx = i + s * at(a, b), ty = j;
            double rx = i + s, ry = j + s * at(b, c);
            double bx = i + s * at(d, c), by = j + s;
            double lx = i, ly = j + s * at(a, d);
            switch (code) {
                case 1, 14 -> add(lx, ly, bx, by);
                case 2, 13 -> add(bx, by, rx, ry);
                case 3, 12 -> add(lx, ly, rx, ry);
                case 4, 11 -> add(tx, ty, rx, ry);
                case 6, 9 -> add(tx, ty, bx, by);
                case 7, 8 -> add(lx, ly, tx, ty);
                case 5 -> {
                    add(lx, ly, tx, ty);
                    add(bx, by, rx, ry);
                }
                case 10 -> {
                    add(tx, ty, rx, ry);
                    add(lx, ly, bx, by);
                }
                default -> throw new IllegalStateException("no segment in case " + code);
            }
        }

        /** Where the level crosses from corner value u to v, as a fraction of the edge (0 at u). */
        private static double at(double u, double v) {
            // A corner counted as above may sit a hair below the level: the crossing stays on the edge.
            return Math.max(0, Math.min(1, u / (u - v)));
        }

        private void add(double i0, double j0, double i1, double j1) {
            if (i0 == i1 && j0 == j1) {
                return; // the line only touches a corner here: nothing to draw
            }
            if (4 * size + 4 > ends.length) {
                ends = Arrays.copyOf(ends, 2 * ends.length);
            }
            ends[4 * size] = view.x(i0, n);
            ends[4 * size + 1] = view.y(j0, n);
            ends[4 * size + 2] = view.x(i1, n);
            ends[4 * size + 3] = view.y(j1, n);
            size++;
        }
    }
}
