package com.backproplab.ui;

import javafx.scene.Group;
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
    /**
     * The pinned view's place, outside the row's own sizing: an unmanaged child counts in neither its preferred nor
     * its minimum size, so the row asks for what the canvas alone asks for, and the view takes its share of that.
     */
    private final Group pinPlace = new Group();
    private Region side;

    CanvasAndPin(Region main) {
        this.main = main;
        pinPlace.setManaged(false);
        pinPlace.setAutoSizeChildren(false);
        getChildren().addAll(main, pinPlace);
    }

    /** Puts {@code n} beside the canvas; it shows itself (visible and managed) only when it has something to show. */
    void setSide(Region n) {
        side = n;
        pinPlace.getChildren().add(n);
        // Outside the row's layout, the view's showing itself no longer reaches the row: ask for a layout here.
        n.managedProperty().addListener((o, was, is) -> requestLayout());
    }

    /** Whether the pinned view is below the canvas rather than at its right (for tests). */
    boolean below() {
        return side != null && side.isManaged() && pinPlace.getLayoutY() > 0;
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
            place(w - across, 0, across, h);
        } else {
            main.resizeRelocate(0, 0, w, h - down - GAP);
            place(0, h - down, w, down);
        }
    }

    private void place(double x, double y, double width, double height) {
        pinPlace.setLayoutX(snapPositionX(x));
        pinPlace.setLayoutY(snapPositionY(y));
        side.resize(snapSizeX(width), snapSizeY(height));
    }

    private static double clamp(double v) {
        return Math.max(MIN, Math.min(MAX, v));
    }
}
