package com.backproplab.ui.chart;

import com.backproplab.plot.Ticks;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The cost curves of compare mode's two sides in one chart over the same steps: side A and side B each in its
 * colour, train cost solid, dev cost dashed, and optionally the raw mini-batch cost faint behind them.
 */
public final class CompareChart extends ChartPane {
    /** Side A's colour (PRGn purple: told apart from B's green by colour-blind readers, and from the classes). */
    public static final Color SIDE_A = Color.web("#762a83");
    /** Side B's colour (PRGn green). */
    public static final Color SIDE_B = Color.web("#1b7837");
    private static final double[] DASH = {6, 4};
    private static final double[] LEGEND_DASH = {4, 3};
    private static final double LEFT = 42, TOP = 20, BOTTOM = 18, RIGHT = 52;
    private static final int TRAIN = 0, DEV = 1, BATCH = 2;

    private final CheckBox logScale = new CheckBox("log");
    private final CheckBox batch = new CheckBox("batch");
    private final Plot plot = new Plot();
    private final double[] xs = new double[History.CAPACITY];
    private final double[] ys = new double[History.CAPACITY];
    private final double[] ox = new double[2 * History.CAPACITY];
    private final double[] oy = new double[2 * History.CAPACITY];
    private Snapshot a, b;
    private String labelA = "A", labelB = "B";

    /** An empty chart; call {@link #render(Snapshot, Snapshot)} with the sides' snapshots. */
    public CompareChart() {
        super("compareChart", "compareCanvas", "Cost, A and B");
        logScale.setId("compareLogScale");
        batch.setId("compareBatch");
        addControls(batch, logScale);
        logScale.selectedProperty().addListener((o, x, y) -> redraw());
        batch.selectedProperty().addListener((o, x, y) -> redraw());
    }

    /** Shows side A's and side B's snapshots; redraws only when either is new (snapshots are immutable). */
    public void render(Snapshot sideA, Snapshot sideB) {
        if (sideA != a || sideB != b) {
            a = sideA;
            b = sideB;
            redraw();
        }
    }

    /** The legend's names of the sides, e.g. "A · Momentum" and "B · Adam". */
    public void setLabels(String sideA, String sideB) {
        if (!sideA.equals(labelA) || !sideB.equals(labelB)) {
            labelA = sideA;
            labelB = sideB;
            redraw();
        }
    }

    /** The legend's names (for tests). */
    public String labels() {
        return labelA + " | " + labelB;
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        History ha = a == null ? null : a.history(), hb = b == null ? null : b.history();
        int na = ha == null ? 0 : ha.size(), nb = hb == null ? 0 : hb.size();
        boolean log = logScale.isSelected(), withBatch = batch.isSelected();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        fit(range, ha, na, log, withBatch);
        fit(range, hb, nb, log, withBatch);
        double lastStep = Math.max(na == 0 ? 0 : ha.step(na - 1), nb == 0 ? 0 : hb.step(nb - 1));
        plot.frame(LEFT, TOP, w - RIGHT, h - BOTTOM);
        plot.xRange(0, lastStep == 0 ? 1 : lastStep);
        plot.yFit(range[0], range[1], log);
        plot.drawAxes(g, w, h);
        if (hint(g, plot, na == 0 && nb == 0)) {
            drawLegend(g);
            return;
        }
        plot.clip(g);
        if (withBatch) {
            g.setLineWidth(1);
            series(g, ha, na, BATCH, SIDE_A.deriveColor(0, 1, 1, 0.3), null);
            series(g, hb, nb, BATCH, SIDE_B.deriveColor(0, 1, 1, 0.3), null);
        }
        g.setLineWidth(1.8);
        series(g, ha, na, DEV, SIDE_A, DASH);
        series(g, hb, nb, DEV, SIDE_B, DASH);
        double lastA = series(g, ha, na, TRAIN, SIDE_A, null);
        double lastB = series(g, hb, nb, TRAIN, SIDE_B, null);
        g.restore();
        drawEndLabels(g, lastA, lastB);
        drawLegend(g);
    }

    /** Widens {@code range} (min, max) to the values of {@code hist} that will be drawn. */
    private static void fit(double[] range, History hist, int n, boolean log, boolean withBatch) {
        for (int i = 0; i < n; i++) {
            for (int k = TRAIN; k <= (withBatch ? BATCH : DEV); k++) {
                double v = value(hist, i, k);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    range[0] = Math.min(range[0], v);
                    range[1] = Math.max(range[1], v);
                }
            }
        }
    }

    private static double value(History hist, int i, int k) {
        return k == TRAIN ? hist.trainCost(i) : k == DEV ? hist.devCost(i) : hist.batchCost(i);
    }

    /** Strokes series k of one side (thinned to two points per pixel column); returns its last finite value. */
    private double series(GraphicsContext g, History hist, int n, int k, Color color, double[] dashes) {
        double last = Double.NaN;
        for (int i = 0; i < n; i++) {
            xs[i] = plot.px(hist.step(i));
            double v = value(hist, i, k);
            ys[i] = plot.py(v);
            if (Double.isFinite(ys[i])) {
                last = v;
            }
        }
        g.setStroke(color);
        g.setLineDashes(dashes);
        Series.stroke(g, ox, oy, Downsample.minMax(xs, ys, n, ox, oy));
        g.setLineDashes((double[]) null);
        return last;
    }

    /** The current train cost of each side at the right end, in the side's colour, kept apart. */
    private void drawEndLabels(GraphicsContext g, double lastA, double lastB) {
        double ya = plot.py(lastA), yb = plot.py(lastB);
        if (Double.isFinite(ya) && Double.isFinite(yb) && Math.abs(ya - yb) < 12) {
            double mid = (ya + yb) / 2, up = ya <= yb ? -6 : 6;
            ya = mid + up;
            yb = mid - up;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Plot.FONT);
        if (Double.isFinite(ya)) {
            g.setFill(SIDE_A);
            g.fillText(Ticks.value(lastA), plot.right + 4, ya);
        }
        if (Double.isFinite(yb)) {
            g.setFill(SIDE_B);
            g.fillText(Ticks.value(lastB), plot.right + 4, yb);
        }
    }

    private void drawLegend(GraphicsContext g) {
        double x = plot.left + 4, y = TOP / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Plot.FONT);
        x = legendEntry(g, x, y, SIDE_A, null, labelA);
        x = legendEntry(g, x, y, SIDE_B, null, labelB);
        x = legendEntry(g, x, y, Plot.MUTED, null, "train");
        legendEntry(g, x, y, Plot.MUTED, LEGEND_DASH, "dev");
    }

    /** Draws one legend entry at x and returns where the next starts; an entry that does not fit is left out. */
    private double legendEntry(GraphicsContext g, double x, double y, Color c, double[] dashes, String text) {
        double width = 22 + plot.textWidth(text);
        if (x + width > canvas.getWidth() - 4) {
            return x;
        }
        g.setStroke(c);
        g.setLineWidth(2.2);
        g.setLineDashes(dashes);
        g.strokeLine(x, y, x + 18, y);
        g.setLineDashes((double[]) null);
        g.setFill(Plot.TEXT);
        g.fillText(text, x + 22, y);
        return x + width + 14;
    }
}
