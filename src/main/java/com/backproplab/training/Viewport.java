package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.data.Bounds;

/**
 * A rectangle of data space, [xMin, xMax] x [yMin, yMax], as the trainer's boundary grid covers it. The geometry
 * (checks, fitting, cell centres) is the plotting core's {@link Bounds}, shared with the canvas and PNGs.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax) {
    public Viewport {
        Bounds.check(xMin, xMax, yMin, yMax);
    }

    /** The same rectangle as the plotting core's bounds. */
    public Bounds bounds() {
        return new Bounds(xMin, xMax, yMin, yMax);
    }

    /** The viewport of a rectangle. */
    public static Viewport of(Bounds b) {
        return new Viewport(b.xMin(), b.xMax(), b.yMin(), b.yMax());
    }

    /** The app's default view, [-6, 6]^2. */
    public static Viewport defaults() {
        return of(Bounds.defaults());
    }

    /** x of column i of an n-column grid, at cell centres. */
    public double x(int i, int n) {
        return bounds().x(i, n);
    }

    /** y of row j of an n-row grid, row 0 at the top (yMax). */
    public double y(int j, int n) {
        return bounds().y(j, n);
    }

    /** The view that fits the points ({@link Bounds#around}): the window and PNGs frame them alike. */
    public static Viewport around(Dataset d) {
        return of(Bounds.around(d));
    }
}
