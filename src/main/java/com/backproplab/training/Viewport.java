package com.backproplab.training;

/** A rectangle of data space, [xMin, xMax] x [yMin, yMax]. */
public record Viewport(double xMin, double xMax, double yMin, double yMax) {
    public Viewport {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("viewport must have a positive finite size");
        }
    }

    /** The app's default view, [-6, 6]^2. */
    public static Viewport defaults() {
        return new Viewport(-6, 6, -6, 6);
    }

    /** x of column i of an n-column grid, at cell centres. */
    public double x(int i, int n) {
        return xMin + (i + 0.5) * (xMax - xMin) / n;
    }

    /** y of row j of an n-row grid, row 0 at the top (yMax). */
    public double y(int j, int n) {
        return yMax - (j + 0.5) * (yMax - yMin) / n;
    }

    /** The default view when the points fit in it, else a square around them with a 10% margin. */
    public static Viewport around(com.backproplab.data.Dataset d) {
        Viewport def = defaults();
        if (d.size() == 0) {
            return def;
        }
        double lo1 = Double.MAX_VALUE, hi1 = -Double.MAX_VALUE, lo2 = Double.MAX_VALUE, hi2 = -Double.MAX_VALUE;
        for (int i = 0; i < d.size(); i++) {
            lo1 = Math.min(lo1, d.x1(i));
            hi1 = Math.max(hi1, d.x1(i));
            lo2 = Math.min(lo2, d.x2(i));
            hi2 = Math.max(hi2, d.x2(i));
        }
        if (lo1 >= def.xMin() && hi1 <= def.xMax() && lo2 >= def.yMin() && hi2 <= def.yMax()) {
            return def;
        }
        double c1 = (lo1 + hi1) / 2, c2 = (lo2 + hi2) / 2;
        double half = Math.max(Math.max(hi1 - lo1, hi2 - lo2) / 2 * 1.1, 1e-6);
        return new Viewport(c1 - half, c1 + half, c2 - half, c2 + half);
    }
}
