package com.backproplab.ui;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleBinaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The pointer's readout: its data coordinates and the network's P(y=1) there, as text for a line below the canvas
 * (never over the plot, where it would hide points). Empty while the pointer is off the plot.
 */
final class HoverReadout {
    /** The widest text, so the line keeps its width. */
    static final String WIDEST = "x1 = -10.00   x2 = -10.00   P(y=1) = 0.000";

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final CanvasGeometry geometry;
    private final DoubleBinaryOperator probability;
    private final BooleanSupplier regression;
    private double mouseX = Double.NaN, mouseY = Double.NaN;

    /** {@code probability} gives P(y=1) (or yhat, while {@code regression} says so) at a data point, NaN where unknown. */
    HoverReadout(CanvasGeometry geometry, DoubleBinaryOperator probability, BooleanSupplier regression) {
        this.geometry = geometry;
        this.probability = probability;
        this.regression = regression;
    }

    /** The readout's text, empty while the pointer is off the plot. */
    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
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
        text.set("");
    }

    /** Rereads the probability under a still pointer (a new grid arrived). */
    void refresh() {
        if (Double.isNaN(mouseX) || !geometry.inside(mouseX, mouseY)) {
            text.set("");
            return;
        }
        double x = geometry.projection().dataX(mouseX), y = geometry.projection().dataY(mouseY);
        double p = probability.applyAsDouble(x, y);
        text.set(String.format(Locale.ROOT, "x1 = %.2f   x2 = %.2f   %s = %s", x, y,
                regression.getAsBoolean() ? "ŷ" : "P(y=1)",
                Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.3f", p)));
    }
}
