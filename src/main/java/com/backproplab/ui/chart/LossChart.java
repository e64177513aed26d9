package com.backproplab.ui.chart;

import com.backproplab.engine.ExponentialAverage;
import com.backproplab.plot.Ticks;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Train, dev and mini-batch cost over steps from step 0 (the cost before the first update), with log-scale and
 * smoothing toggles; the scale turns log by itself when the cost spans decades ({@link CostScale}). Earlier runs
 * kept in {@link GhostRuns} are drawn faintly underneath, labelled, as far as the current run got.
 */
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

    private final CostScale scale = new CostScale(this::redraw);
    private final CheckBox smoothing = new CheckBox("smooth");
    private final Button clearGhosts = new Button("clear earlier runs");
    private final Plot plot = new Plot();
    private final GhostLines ghostLines = new GhostLines();

    private final double[] xs = new double[History.CAPACITY];
    private final double[] ys = new double[History.CAPACITY];
    /** The x of the samples a train or dev line joins. */
    private final double[] measuredX = new double[History.CAPACITY];
    private final double[] smooth = new double[History.CAPACITY];
    private final double[] ox = new double[2 * History.CAPACITY];
    private final double[] oy = new double[2 * History.CAPACITY];
    private final EndLabels ends = new EndLabels();

    /** An empty chart; call {@link #render(Snapshot)} with each new snapshot. */
    public LossChart() {
        super("lossChart", "lossCanvas", "Cost");
        smoothing.setId("lossSmoothing");
        smoothing.setSelected(true);
        clearGhosts.setId("clearGhosts");
        clearGhosts.setTooltip(new Tooltip("Forget the earlier runs drawn faintly on both charts."));
        clearGhosts.setStyle("-fx-font-size: 10px; -fx-padding: 1 6 1 6;");
        clearGhosts.setOnAction(e -> {
            if (ghosts != null) {
                ghosts.clear();
            }
        });
        showClear(false);
        addControls(clearGhosts, smoothing, scale.box);
        smoothing.selectedProperty().addListener((o, a, b) -> redraw());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        History hist = last == null ? null : last.history();
        int n = hist == null ? 0 : hist.size();
        boolean smoothOn = smoothing.isSelected();
        plot.look = look();
        List<GhostRuns.Ghost> kept = ghostRuns();
        showClear(ghosts != null && !ghosts.ghosts().isEmpty());
        double lastStep = lastStep(kept);

        for (int i = 0; i < n; i++) {
            xs[i] = hist.step(i);
        }
        if (smoothOn) {
            smoothBatch(hist, n);
        }
        // The value range covers every series drawn, kept runs included, so nothing leaves the plot.
        double[] range = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                widen(range, value(hist, i, k));
            }
        }
        for (GhostRuns.Ghost ghost : kept) {
            History gh = ghost.history();
            for (int i = 0; i < gh.size() && gh.step(i) <= lastStep; i++) {
                widen(range, gh.trainCost(i));
                widen(range, gh.devCost(i));
            }
        }
        boolean log = scale.log(range[1], range[2]);
        plot.frame(LEFT, TOP, w - rightMargin(hist, n, log, smoothOn), h - BOTTOM);
        plot.xRange(0, lastStep > 0 ? lastStep : 1);
        plot.yFit(log ? range[1] : range[0], range[2], log);
        plot.drawAxes(g, w, h);

        if (hint(g, plot, n == 0 && kept.isEmpty())) {
            drawLegend(g, smoothOn, true);
            return;
        }
        for (int i = 0; i < n; i++) {
            xs[i] = plot.px(xs[i]);
        }
        ends.clear();
        plot.clip(g);
        drawGhosts(g, kept, lastStep);
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

        ends.add(plot, lastTrain, TRAIN);
        ends.add(plot, lastDev, DEV);
        ends.add(plot, lastBatch, BATCH);
        ends.draw(g, plot);
        ghostLines.drawLabels(g, plot);
        drawLegend(g, smoothOn, hasFinite(hist, n));
    }

    private void showClear(boolean show) {
        clearGhosts.setVisible(show);
        clearGhosts.setManaged(show);
    }

    /** Takes a value into {min, least positive, max}, when finite. */
    private static void widen(double[] range, double v) {
        if (Double.isFinite(v)) {
            range[0] = Math.min(range[0], v);
            range[2] = Math.max(range[2], v);
            if (v > 0) {
                range[1] = Math.min(range[1], v);
            }
        }
    }

    /** Each kept run's train cost (and dev cost, dashed) in its faint tone, labelled at the end of its line. */
    private void drawGhosts(GraphicsContext g, List<GhostRuns.Ghost> kept, double lastStep) {
        ghostLines.clearLabels();
        g.setLineWidth(1.3);
        for (int k = 0; k < kept.size(); k++) {
            History gh = kept.get(k).history();
            Color tone = GhostLines.tone(k);
            g.setStroke(GhostLines.faint(tone));
            g.setLineDashes(DASH);
            ghostLines.stroke(g, plot, gh, lastStep, gh::devCost);
            g.setLineDashes((double[]) null);
            int end = ghostLines.stroke(g, plot, gh, lastStep, gh::trainCost);
            if (end >= 0) {
                ghostLines.label(kept.get(k).label(), plot.px(gh.step(end)), plot.py(gh.trainCost(end)), tone);
            }
        }
    }

    /** The labels of the kept runs drawn last (for tests). */
    List<String> ghostLabels() {
        return ghostLines.drawn();
    }

    /** Whether the scale follows the cost by itself (the reader has not clicked "log"); for tests. */
    boolean automaticScale() {
        return scale.automatic();
    }

    /** Whether the last drawing used a log scale; for tests. */
    boolean logScale() {
        return plot.log();
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

    /** Strokes series k (0 train, 1 dev, 2 batch) and returns its last finite value. */
    private double line(GraphicsContext g, History hist, int n, int k) {
        // Train and dev are evaluated only now and then (the trainer throttles it): their line joins the samples
        // evaluated at their own step (and the run's start) and skips the others, which repeat an earlier value.
        double lastV = Double.NaN;
        int m = 0;
        for (int i = 0; i < n; i++) {
            double v = value(hist, i, k);
            double y = plot.py(v);
            if (Double.isFinite(y)) {
                lastV = v;
            }
            if (k == 2 || (i == 0 || hist.evaluated(i)) && Double.isFinite(y)) {
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

    private void drawLegend(GraphicsContext g, boolean smoothOn, boolean hasDev) {
        double x = plot.left + 4, y = TOP / 2;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Plot.FONT);
        x = legendEntry(g, x, y, TRAIN, false, "train");
        x = legendEntry(g, x, y, DEV, true, hasDev ? "dev" : "dev (none)");
        // A narrow chart (a 1024 px window) says "batch": the smooth toggle above tells the rest.
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
