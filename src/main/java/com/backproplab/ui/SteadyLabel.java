package com.backproplab.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A wrapping label as tall as the tallest of its sample sentences at its width: a sentence that changes while
 * training plays (one line, then two) never moves what is below it.
 */
final class SteadyLabel extends Label {
    /** Pixels kept spare under the tallest sample (well under a line). */
    private static final double SLACK = 3;
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
        // The tallest sample, with a few pixels to spare: texts of as many lines differ by a pixel or so (a glyph
        // from a fallback font is taller), and must not move what is below. Only a text of more lines grows it.
        double tallest = 0;
        for (String s : samples) {
            tallest = Math.max(tallest, height(s));
        }
        return Math.ceil(Math.max(tallest + SLACK, height(getText()))) + snappedTopInset() + snappedBottomInset();
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
