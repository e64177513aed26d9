package com.backproplab.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a two-item split pane's divider at the same share of its length as the window resizes, and takes the
 * share the user drags it to. (JavaFX's split pane keeps the items' sizes in pixels where it can, so a window
 * opened large and then shrunk squeezes the first item.)
 */
final class SteadySplit {
    private double share;

    private SteadySplit(double share) {
        this.share = share;
    }

    /** Puts {@code split}'s divider at {@code share} (0..1) of its length, and keeps it there. */
    static void keep(SplitPane split, double share) {
        SteadySplit s = new SteadySplit(share);
        split.setDividerPositions(share);
        ChangeListener<Number> resized = (o, was, is) -> split.setDividerPositions(s.share);
        if (split.getOrientation() == Orientation.HORIZONTAL) {
            split.widthProperty().addListener(resized);
        } else {
            split.heightProperty().addListener(resized);
        }
        // A drag of the divider ends with a release: its position is the user's share from then on.
        split.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> s.share = split.getDividerPositions()[0]);
    }
}
