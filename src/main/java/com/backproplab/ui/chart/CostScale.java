package com.backproplab.ui.chart;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;

/**
 * The cost axis's scale behind the chart's "log" box: until the box is clicked it follows the cost, linear while
 * the values drawn stay within two decades and log as soon as they span {@link #AUTO_SPAN} or more (a run that
 * diverges, or a cost trained down by orders of magnitude); once clicked it keeps the reader's choice.
 */
final class CostScale {
    /** Largest over smallest positive value from which the automatic scale is log. */
    static final double AUTO_SPAN = 100;

    final CheckBox box = new CheckBox("log");
    /** The reader's choice, or null while automatic. */
    private Boolean chosen;
    private boolean following;

    CostScale(Runnable redraw) {
        box.setId("lossLogScale");
        box.setTooltip(new Tooltip("Log scale. Until you click it, it switches on by itself when the cost spans"
                + " two decades or more."));
        box.selectedProperty().addListener((o, a, b) -> {
            if (!following) {
                chosen = b;
                redraw.run();
            }
        });
    }

    /** Whether to draw values in [minPositive, max] on a log axis; the box shows the answer. */
    boolean log(double minPositive, double max) {
        boolean on = chosen != null ? chosen : minPositive > 0 && max / minPositive >= AUTO_SPAN;
        if (box.isSelected() != on) {
            following = true;
            box.setSelected(on);
            following = false;
        }
        return on;
    }

    /** True until the reader chooses a scale. */
    boolean automatic() {
        return chosen == null;
    }
}
