package com.backproplab.ui.chart;

import javafx.scene.paint.Color;

/**
 * How the window's canvases draw: the light or the dark theme, and a scale (1, or larger in presenter mode, where
 * text, lines and points grow so they read from the back of a lecture hall). The series colours (Okabe-Ito) read
 * on both backgrounds and stay the same.
 *
 * @param dark the dark theme
 * @param scale text, line and point size factor
 */
public record Look(boolean dark, double scale) {
    /** The light theme at normal size. */
    public static final Look LIGHT = new Look(false, 1);

    public Look {
        if (!(scale >= 1 && scale <= 3)) {
            throw new IllegalArgumentException("scale must be in [1, 3], found " + scale);
        }
    }

    /** Around a chart's plot. */
    public Color background() {
        return dark ? Color.web("#1e2127") : Color.web("#fcfcfd");
    }

    /** Inside a chart's plot rectangle. */
    public Color plotBackground() {
        return dark ? Color.web("#15171b") : Color.WHITE;
    }

    public Color grid() {
        return dark ? Color.web("#343842") : Color.web("#e4e6ea");
    }

    public Color minorGrid() {
        return dark ? Color.web("#25282f") : Color.web("#f1f2f4");
    }

    public Color axis() {
        return dark ? Color.web("#7c828d") : Color.web("#9aa0a6");
    }

    /** Labels and legends. */
    public Color text() {
        return dark ? Color.web("#d5d8de") : Color.web("#3c4043");
    }

    /** Tick labels and hints. */
    public Color muted() {
        return dark ? Color.web("#9aa0a9") : Color.web("#70757a");
    }

    /** The data canvas's background around the plot square. */
    public Color canvasBackground() {
        return dark ? Color.web("#1b1d22") : Color.WHITE;
    }

    /** The 0.5 contour over the heatmap. */
    public Color contour() {
        return dark ? Color.web("#f1f3f4") : Color.web("#1d2330");
    }

    /** The frame of the plot square. */
    public Color frame() {
        return dark ? Color.web("#6b717c") : Color.web("#8a8f98");
    }

    /** A CSS colour value of {@code c}, for a region's background. */
    public static String css(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
