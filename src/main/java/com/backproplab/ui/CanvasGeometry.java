package com.backproplab.ui;

import com.backproplab.plot.Projection;
import com.backproplab.training.Viewport;

/**
 * Where the plot square of the {@link DataCanvas} sits and how the viewport maps onto it: the largest square
 * that leaves room for the tick labels, centred, at whole pixels.
 */
final class CanvasGeometry {
    private static final double LEFT = 44, RIGHT = 12, TOP = 12, BOTTOM = 32;
    /** Below this side there is no room to draw a plot. */
    static final double MIN_SIDE = 10;

    private Viewport viewport = Viewport.defaults();
    private double left, top, side;
    /** Margins grow with the tick labels in presenter mode. */
    private double scale = 1;
    private Projection projection = project();

    private Projection project() {
        return new Projection(viewport.bounds(), left, top, side, side);
    }

    /** Fits the plot square into a canvas of w x h pixels. */
    void layout(double w, double h) {
        double l = LEFT * scale, r = RIGHT * scale, t = TOP * scale, b = BOTTOM * scale;
        side = Math.max(MIN_SIDE, Math.min(w - l - r, h - t - b));
        left = Math.round(l + (w - l - r - side) / 2);
        top = Math.round(t + (h - t - b - side) / 2);
        projection = project();
    }

    /** Margins for tick labels {@code s} times the normal size; takes effect at the next {@link #layout}. */
    void setScale(double s) {
        scale = s;
    }

    Viewport viewport() {
        return viewport;
    }

    void setViewport(Viewport v) {
        viewport = v;
        projection = project();
    }

    /** Data to pixels (in the canvas) and back. */
    Projection projection() {
        return projection;
    }

    /** Whether there is room to draw a plot. */
    boolean drawable() {
        return side > MIN_SIDE;
    }

    /** Whether pixel (x, y) is on the plot square, edges included. */
    boolean inside(double x, double y) {
        return projection.contains(x, y);
    }

    /** v clamped into the square horizontally. */
    double clampX(double v) {
        return Math.max(left, Math.min(left + side, v));
    }

    /** v clamped into the square vertically. */
    double clampY(double v) {
        return Math.max(top, Math.min(top + side, v));
    }
}
