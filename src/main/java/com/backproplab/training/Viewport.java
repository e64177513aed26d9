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
}
