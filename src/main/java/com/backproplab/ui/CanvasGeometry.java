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
    private Projection projection = project();

    private Projection project() {
        return new Projection(viewport.bounds(), left, top, side, side);
    }

    /** Fits the plot square into a canvas of w x h pixels. */
    void layout(double w, double h) {
        side = Math.max(MIN_SIDE, Math.min(w - LEFT - RIGHT, h - TOP - BOTTOM));
        left = Math.round(LEFT + (w - LEFT - RIGHT - side) / 2);
        top = Math.round(TOP + (h - TOP - BOTTOM - side) / 2);
        projection = project();
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
