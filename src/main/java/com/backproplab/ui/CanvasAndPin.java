package com.backproplab.ui;

import javafx.scene.layout.Region;

/**
 * The canvas and a unit of the network pinned beside it: while nothing is pinned the canvas takes everything; while
 * something is, the pinned view goes to the right of the canvas or below it, whichever leaves the canvas's square
 * plot larger (right in a wide centre, below in a tall one).
 */
final class CanvasAndPin extends Region {
    /** The pinned view's share of the centre's width (or height), at least and at most. */
    static final double SHARE = 0.36, MIN = 160, MAX = 460, GAP = 6;

    private final Region main;
    private Region side;

    CanvasAndPin(Region main) {
        this.main = main;
        getChildren().add(main);
    }

    /** Puts {@code n} beside the canvas; it shows itself (visible and managed) only when it has something to show. */
    void setSide(Region n) {
        side = n;
        getChildren().add(n);
    }

    /** Whether the pinned view is below the canvas rather than at its right (for tests). */
    boolean below() {
        return side != null && side.isManaged() && side.getLayoutY() > 0;
    }

    /** The row is sized by the canvas alone: a pinned view takes its share of whatever the canvas is given. */
    @Override
    protected double computePrefWidth(double height) {
        return main.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return main.prefHeight(width);
    }

    /** The canvas's own minimum (its banners' room): the split beside the centre never squeezes it further. */
    @Override
    protected double computeMinWidth(double height) {
        return main.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return main.minHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (side == null || !side.isManaged()) {
            main.resizeRelocate(0, 0, w, h);
            return;
        }
        double across = clamp(SHARE * w), down = clamp(SHARE * h);
        // The plot is square: keep the larger of the two squares the canvas would get.
        if (Math.min(w - across - GAP, h) >= Math.min(w, h - down - GAP)) {
            main.resizeRelocate(0, 0, w - across - GAP, h);
            side.resizeRelocate(w - across, 0, across, h);
        } else {
            main.resizeRelocate(0, 0, w, h - down - GAP);
            side.resizeRelocate(0, h - down, w, down);
        }
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
