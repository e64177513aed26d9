package com.backproplab.ui.chart;

import com.backproplab.plot.Ticks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The plot rectangle of a chart and its two axes: maps steps and values to pixels (linear or log10 in y)
 * and draws the grid, the tick labels and the frame. Mutable and reused from one redraw to the next.
 */
final class Plot {
    static final Font FONT = Font.font("System", 11);
    /** The light theme's text colours, for charts that do not take a {@link Look}. */
    static final Color TEXT = Look.LIGHT.text(), MUTED = Look.LIGHT.muted();

    double left, top, right, bottom;
    /** The colours of the theme (set by the chart before each drawing). */
    Look look = Look.LIGHT;
    /** Rightmost pixel an x tick label may reach, so it never runs into a panel beside the plot. */
    double labelLimit = Double.POSITIVE_INFINITY;
    private double x0, x1, y0, y1;
    private boolean log;
    private final double[] ticks = new double[64];
    private final Text measure = new Text();

    /** Sets the plot rectangle in canvas pixels. */
    void frame(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = Math.max(left + 1, right);
        this.bottom = Math.max(top + 1, bottom);
    }

    /** Sets the step range; an empty range widens to one step. */
    void xRange(double from, double to) {
        x0 = from;
        x1 = to > from ? to : from + 1;
    }

    /**
     * Fits the value axis to data in [min, max] (finite; for log also > 0): a linear axis starts at 0 for
     * non-negative data and ends at a nice number; a log axis spans whole decades.
     */
    void yFit(double min, double max, boolean log) {
        this.log = log;
        if (!(min <= max)) { // no data: a neutral default
            min = log ? 0.1 : 0;
            max = 1;
        }
        if (log) {
            y0 = Ticks.decadeFloor(min);
            y1 = Ticks.decadeCeil(max);
            if (y1 <= y0) {
                y1 = y0 * 10;
            }
        } else {
            double lo = min >= 0 ? 0 : min;
            double hi = max > lo ? max : lo + 1;
            double step = Ticks.niceStep(hi - lo, 4);
            y0 = min >= 0 ? 0 : Math.floor(lo / step) * step;
            y1 = Math.ceil(hi / step - 1e-9) * step;
            if (!(y1 > y0)) {
                y1 = y0 + 1;
            }
        }
    }

    /** Whether y is on a log scale. */
    boolean log() {
        return log;
    }

    /** Pixel x of a step. */
    double px(double step) {
        return left + (step - x0) / (x1 - x0) * (right - left);
    }

    /** Pixel y of a value, NaN when it cannot be shown (non-finite, or not positive on a log axis). */
    double py(double v) {
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return Double.NaN;
        }
        double f = log ? (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (v - y0) / (y1 - y0);
        // Clamp far outside values so the rasterizer never sees coordinates like 1e300.
        f = Math.max(-1, Math.min(2, f));
        return bottom - f * (bottom - top);
    }

    /** Fills the background, draws the grid, the tick labels of both axes and the axis lines. */
    void drawAxes(GraphicsContext g, double width, double height) {
        g.setFill(look.background());
        g.fillRect(0, 0, width, height);
        g.setFill(look.plotBackground());
        g.fillRect(left, top, right - left, bottom - top);
        g.setFont(FONT);
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);

        yLines(g, left, right, true);

        // Steps are whole numbers: never a tick step below 1, which would print "0 1 1".
        int nx = Ticks.linear(x0, x1, Math.max(1, Math.min((int) ((right - left) / 55), (int) (x1 - x0))), ticks);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < nx; i++) {
            double x = Math.round(px(ticks[i])) + 0.5;
            g.setStroke(look.grid());
            g.strokeLine(x, top, x, bottom);
            String label = Ticks.step(ticks[i]);
            if (x + textWidth(label) / 2 <= labelLimit) {
                g.setFill(look.muted());
                g.fillText(label, x, bottom + 3);
            }
        }

        g.setStroke(look.axis());
        g.strokeLine(left + 0.5, top, left + 0.5, bottom + 0.5);
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
    }

    /** Width of {@code s} in the chart font. */
    double textWidth(String s) {
        measure.setFont(FONT);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    /** Draws the horizontal grid lines once more over [fromX, toX], e.g. behind a side panel of bars. */
    void yGrid(GraphicsContext g, double fromX, double toX) {
        yLines(g, fromX, toX, false);
        g.setStroke(look.axis());
        g.strokeLine(fromX, bottom + 0.5, toX, bottom + 0.5);
    }

    /**
     * Horizontal grid lines at the value ticks, optionally labelled at the left. A log axis spanning few decades
     * also gets faint lines at 2..9 times each power of ten (labelled at 2 and 5 within a single decade), so a
     * short log axis still reads.
     */
    private void yLines(GraphicsContext g, double fromX, double toX, boolean labels) {
        g.setLineWidth(1);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        if (log) {
            int lo = (int) Math.round(Math.log10(y0)), hi = (int) Math.round(Math.log10(y1));
            if (hi - lo <= 3) {
                for (int e = lo; e < hi; e++) {
                    for (int m = 2; m <= 9; m++) {
                        double v = m * Math.pow(10, e);
                        double y = Math.round(py(v)) + 0.5;
                        g.setStroke(look.minorGrid());
                        g.strokeLine(fromX, y, toX, y);
                        if (labels && hi - lo <= 1 && (m == 2 || m == 5)) {
                            g.setFill(look.muted());
                            g.fillText(Ticks.value(v), fromX - 4, y);
                        }
                    }
                }
            }
        }
        int ny = log ? Ticks.log(y0, y1, Math.max(2, (int) ((bottom - top) / 28)), ticks)
                : Ticks.linear(y0, y1, Math.max(2, (int) ((bottom - top) / 40)), ticks);
        for (int i = 0; i < ny; i++) {
            double y = Math.round(py(ticks[i])) + 0.5;
            g.setStroke(look.grid());
            g.strokeLine(fromX, y, toX, y);
            if (labels) {
                g.setFill(look.muted());
                g.fillText(Ticks.value(ticks[i]), fromX - 4, y);
            }
        }
    }

    /** Restricts drawing to the plot rectangle until {@link GraphicsContext#restore()}. */
    void clip(GraphicsContext g) {
        g.save();
        g.beginPath();
        g.rect(left, top - 1, right - left + 1, bottom - top + 2);
        g.clip();
    }
}
