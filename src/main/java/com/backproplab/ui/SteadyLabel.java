package com.backproplab.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label as tall as the tallest of its sample sentences at its width: a sentence that changes while
 * training plays (one line, then two) never moves what is below it.
 */
final class SteadyLabel extends Label {
    private final List<String> samples;
    private final Text probe = new Text();

    /** {@code samples} are the longest texts the label will show (e.g. every template with wide numbers). */
    SteadyLabel(List<String> samples) {
        this.samples = List.copyOf(samples);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width <= 0) {
            return super.computePrefHeight(width);
        }
        probe.setFont(getFont());
        probe.setLineSpacing(getLineSpacing());
        probe.setWrappingWidth(Math.max(1, width - snappedLeftInset() - snappedRightInset()));
        // Counted in lines, so two texts of as many lines give the very same height. The text shown counts too: a
        // sentence longer than the samples still shows whole.
        double line = height("X");
        long lines = Math.round(height(getText()) / line);
        for (String s : samples) {
            lines = Math.max(lines, Math.round(height(s) / line));
        }
        return Math.ceil(lines * line + 1) + snappedTopInset() + snappedBottomInset();
    }

    private double height(String s) {
        probe.setText(s == null ? "" : s);
        return probe.getLayoutBounds().getHeight();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
