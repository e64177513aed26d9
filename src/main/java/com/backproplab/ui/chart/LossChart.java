package com.backproplab.ui.chart;

import com.backproplab.engine.ExponentialAverage;
import com.backproplab.plot.Ticks;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Train, dev and mini-batch cost over steps, with log-scale and smoothing toggles. */
public final class LossChart extends ChartPane {
    // Okabe-Ito colours, told apart by colour-blind readers; dev is also dashed so it reads in grey too.
    static final Color TRAIN = Color.web("#0072b2");
    static final Color DEV = Color.web("#d55e00");
    static final Color BATCH = Color.web("#009e73");
    private static final Color BATCH_FAINT = BATCH.deriveColor(0, 1, 1, 0.28);
    private static final double[] DASH = {6, 4};
    private static final double[] LEGEND_DASH = {4, 3};
    /** Beta of the smoothed batch cost: about the last 1 / (1 - beta) = 10 steps (see docs/math.md, Momentum). */
    static final double SMOOTHING_BETA = 0.9;
    private static final double LEFT = 42, TOP = 20, BOTTOM = 18;

    private final CheckBox logScale = new CheckBox("log");
    private final CheckBox smoothing = new CheckBox("smooth");
    private final Plot plot = new Plot();

    private final double[] xs = new double[History.CAPACITY];
    private final double[] ys = new double[History.CAPACITY];
    /** The x of the measured samples of the train or dev series, joined by the line. */
    private final double[] measuredX = new double[History.CAPACITY];
    private final double[] smooth = new double[History.CAPACITY];
    private final double[] ox = new double[2 * History.CAPACITY];
    private final double[] oy = new double[2 * History.CAPACITY];
    private final double[] endY = new double[4];
    private final double[] endValue = new double[4];
    private final Color[] endColor = new Color[4];

    /** An empty chart; call {@link #render(Snapshot)} with each new snapshot. */
    public LossChart() {
        super("lossChart", "lossCanvas", "Cost");
        logScale.setId("lossLogScale");
        smoothing.setId("lossSmoothing");
        smoothing.setSelected(true);
        addControls(smoothing, logScale);
        logScale.selectedProperty().addListener((o, a, b) -> redraw());
        smoothing.selectedProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        History hist = last == null ? null : last.history();
        int n = hist == null ? 0 : hist.size();
        boolean log = logScale.isSelected(), smoothOn = smoothing.isSelected();
        plot.look = look();

        for (int i = 0; i < n; i++) {
            xs[i] = hist.step(i);
        }
        if (smoothOn) {
            smoothBatch(hist, n);
        }
        // The value range covers every series drawn, so nothing leaves the plot.
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double v = value(hist, i, k);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        plot.frame(LEFT, TOP, w - rightMargin(hist, n, log, smoothOn), h - BOTTOM);
        plot.xRange(0, n == 0 ? 1 : xs[n - 1]);
        plot.yFit(min, max, log);
        plot.drawAxes(g, w, h);

        // One sample is the run's start, measured before any step: nothing to draw a line through yet.
        if (hint(g, plot, n <= 1)) {
            drawLegend(g, smoothOn, true);
            return;
        }
        for (int i = 0; i < n; i++) {
            xs[i] = plot.px(xs[i]);
        }
        int ends = 0;
        plot.clip(g);
        g.setLineDashes((double[]) null);
        // Faint raw batch cost first, so the smooth curves sit on top of it.
        g.setLineWidth(1);
        g.setStroke(smoothOn ? BATCH_FAINT : BATCH);
        double lastBatch = line(g, hist, n, 2);
        if (smoothOn) {
            g.setLineWidth(1.6);
            g.setStroke(BATCH);
            for (int i = 0; i < n; i++) {
                ys[i] = plot.py(smooth[i]);
            }
            strokeDownsampled(g, n);
            lastBatch = lastFinite(smooth, n);
        }
        g.setLineWidth(1.8);
        g.setStroke(DEV);
        g.setLineDashes(DASH);
        double lastDev = line(g, hist, n, 1);
        g.setLineDashes((double[]) null);
        g.setStroke(TRAIN);
        double lastTrain = line(g, hist, n, 0);
        g.restore();

        ends = end(ends, lastTrain, TRAIN);
        ends = end(ends, lastDev, DEV);
        ends = end(ends, lastBatch, BATCH);
        drawEndLabels(g, ends);
        drawLegend(g, smoothOn, hasFinite(hist, n));
    }

    /** Bias-corrected exponential average of the batch cost over the samples; NaN samples are skipped. */
    private void smoothBatch(History hist, int n) {
        ExponentialAverage avg = new ExponentialAverage(SMOOTHING_BETA);
        for (int i = 0; i < n; i++) {
            double v = hist.batchCost(i);
            if (Double.isFinite(v)) {
                avg.add(v);
            }
            smooth[i] = avg.corrected();
        }
    }

    /** Room at the right for the widest current-value label ("2.46e-12" needs more than "0.35"). */
    private double rightMargin(History hist, int n, boolean log, boolean smoothOn) {
        double widest = 0;
        for (int k = 0; k < 3; k++) {
            for (int i = n - 1; i >= 0; i--) {
                double v = k == 2 && smoothOn ? smooth[i] : value(hist, i, k);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    widest = Math.max(widest, plot.textWidth(Ticks.value(v)));
                    break;
                }
            }
        }
        return Math.max(24, Math.min(72, widest + 10));
    }

    private static double value(History hist, int i, int k) {
        return k == 0 ? hist.trainCost(i) : k == 1 ? hist.devCost(i) : hist.batchCost(i);
    }

    /**
     * Strokes series k (0 train, 1 dev, 2 batch) and returns its last finite value. Train and dev are evaluated
     * only now and then (the trainer throttles it): their line joins the samples evaluated at their own step and
     * skips the others, which only repeat an earlier evaluation.
     */
    private double line(GraphicsContext g, History hist, int n, int k) {
        double lastV = Double.NaN;
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = value(hist, i, k);
            double y = plot.py(v);
            if (Double.isFinite(y)) {
                lastV = v;
            }
            if (k == 2 || hist.evaluated(i) && Double.isFinite(y)) {
                measuredX[m] = xs[i];
                ys[m++] = y;
            }
        }
        int out = Downsample.minMax(measuredX, ys, m, ox, oy);
        Series.stroke(g, ox, oy, out);
        return lastV;
    }

    private void strokeDownsampled(GraphicsContext g, int n) {
        int m = Downsample.minMax(xs, ys, n, ox, oy);
        Series.stroke(g, ox, oy, m);
    }

    private static double lastFinite(double[] v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (Double.isFinite(v[i])) {
                return v[i];
            }
        }
        return Double.NaN;
    }

    private static boolean hasFinite(History hist, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(hist.devCost(i))) {
                return true;
            }
        }
        return false;
    }

    private int end(int ends, double value, Color color) {
        double y = plot.py(value);
        if (!Double.isFinite(y)) {
            return ends;
        }
        // Insertion by y keeps the labels sorted top to bottom for the overlap pass.
        int i = ends;
        while (i > 0 && endY[i - 1] > y) {
            endY[i] = endY[i - 1];
            endValue[i] = endValue[i - 1];
            endColor[i] = endColor[i - 1];
            i--;
        }
        endY[i] = y;
        endValue[i] = value;
        endColor[i] = color;
        return ends + 1;
    }

    /** Current values at the right end, nudged apart so they never overlap. */
    private void drawEndLabels(GraphicsContext g, int ends) {
        double gap = 12;
        for (int i = 1; i < ends; i++) {
            endY[i] = Math.max(endY[i], endY[i - 1] + gap);
        }
        double over = ends > 0 ? endY[ends - 1] - (plot.bottom - 4) : 0;
        if (over > 0) {
            for (int i = 0; i < ends; i++) {
                endY[i] -= over;
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Plot.FONT);
        for (int i = 0; i < ends; i++) {
            g.setFill(endColor[i]);
            g.fillText(Ticks.value(endValue[i]), plot.right + 4, endY[i]);
        }
    }

    private void drawLegend(GraphicsContext g, boolean smoothOn, boolean hasDev) {
        double x = plot.left + 4, y = TOP / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Plot.FONT);
        x = legendEntry(g, x, y, TRAIN, false, "train");
        x = legendEntry(g, x, y, DEV, true, hasDev ? "dev" : "dev (none)");
        // A narrow chart (a 1024 px window) says "batch": the log/smooth toggles above tell the rest.
        String batch = smoothOn && x + 22 + plot.textWidth("batch smoothed") <= canvas.getWidth() / look().scale()
                ? "batch smoothed" : "batch";
        legendEntry(g, x, y, BATCH, false, batch);
    }

    private double legendEntry(GraphicsContext g, double x, double y, Color c, boolean dashed, String text) {
        g.setStroke(c);
        g.setLineWidth(1.8);
        g.setLineDashes(dashed ? LEGEND_DASH : null);
        g.strokeLine(x, y, x + 18, y);
        g.setLineDashes((double[]) null);
        g.setFill(look().text());
        g.fillText(text, x + 22, y);
        return x + 22 + plot.textWidth(text) + 14;
    }
}
