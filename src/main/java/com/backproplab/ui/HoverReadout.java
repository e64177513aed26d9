package com.backproplab.ui;

import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import javafx.scene.control.Label;

/**
 * The pointer's readout at the top left of the plot: its data coordinates and the network's P(y=1) there.
 * Follows the pointer; hidden off the plot.
 */
final class HoverReadout {
    private final Label label = new Label();
    private final CanvasGeometry geometry;
    private final DoubleBinaryOperator probability;
    private double mouseX = Double.NaN, mouseY = Double.NaN;

    /** {@code probability} gives P(y=1) at a data point, NaN where unknown. */
    HoverReadout(CanvasGeometry geometry, DoubleBinaryOperator probability) {
        this.geometry = geometry;
        this.probability = probability;
        label.getStyleClass().add("canvas-overlay");
        label.setId("hoverReadout");
        label.setVisible(false);
        label.setMouseTransparent(true);
    }

    Label label() {
        return label;
    }

    /** Pointer x in the canvas, NaN when the pointer is away. */
    double mouseX() {
        return mouseX;
    }

    double mouseY() {
        return mouseY;
    }

    /** The pointer moved to pixel (x, y): the readout follows. */
    void moveTo(double x, double y) {
        track(x, y);
        refresh();
    }

    /** The pointer moved to pixel (x, y) in a drag that edits nothing: the readout stays as it was. */
    void track(double x, double y) {
        mouseX = x;
        mouseY = y;
    }

    /** The pointer left the canvas. */
    void leave() {
        mouseX = Double.NaN;
        label.setVisible(false);
    }

    /** Rereads the probability under a still pointer (a new grid arrived). */
    void refresh() {
        if (Double.isNaN(mouseX) || !geometry.inside(mouseX, mouseY)) {
            label.setVisible(false);
            return;
        }
        double x = geometry.projection().dataX(mouseX), y = geometry.projection().dataY(mouseY);
        double p = probability.applyAsDouble(x, y);
        label.setText(String.format(Locale.ROOT, "x1 = %.2f   x2 = %.2f   P(y=1) = %s", x, y,
                Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.3f", p)));
        label.setVisible(true);
    }

    /** Places the label at the plot's top left corner. */
    void layout() {
        label.autosize();
        label.relocate(geometry.projection().left() + 8, geometry.projection().top() + 8);
    }
}
