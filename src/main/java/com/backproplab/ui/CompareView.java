package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.CompareChart;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The centre of the window in compare mode: side A's canvas and side B's side by side, each under a header that
 * names the side in its colour with what sets it apart and its current figures, their cost curves overlaid in one
 * chart below, and the window's file messages and experiment caption repeated above (the single view's canvas
 * area, which shows them, is out of sight meanwhile).
 */
final class CompareView extends VBox {
    /** Least time between chart redraws while training plays, as in the single view. */
    static final long CHART_INTERVAL_NANOS = FrameLoop.CHART_INTERVAL_NANOS;

    private final Column a, b;
    private final CompareChart chart = new CompareChart();
    private final Label caption = new Label();
    private final Banner notice = new Banner("compareNotice", "banner-error", "mdi2f-file-alert-outline");
    private final Banner busy = new Banner("compareBusy", "banner-busy", "mdi2p-progress-clock");
    private Snapshot chartA, chartB;
    private long lastChart;

    /**
     * @param canvasA side A's canvas (the window's, lent to this view while compare mode is on)
     * @param canvasB side B's canvas
     * @param points the shared points (undo and clear)
     * @param reset restarts both sides (the banners' Reset)
     * @param exit leaves compare mode
     */
    CompareView(DataCanvas canvasA, DataCanvas canvasB, PointsModel points, Runnable reset, Runnable exit) {
        super(6);
        a = new Column('A', canvasA, false, points, reset);
        b = new Column('B', canvasB, true, points, reset);
        Button undo = new Button("Undo", new FontIcon("mdi2u-undo"));
        undo.setId("compareUndo");
        undo.setTooltip(Forms.tip("Undo the last change of the points, on both sides (Ctrl+Z)"));
        undo.setOnAction(e -> points.undo());
        undo.disableProperty().bind(points.canUndoProperty().not());
        Button clear = new Button("Clear", new FontIcon("mdi2d-delete-sweep"));
        clear.setId("compareClear");
        clear.setTooltip(Forms.tip("Remove all points of both sides (Ctrl+Z brings them back)"));
        clear.setOnAction(e -> points.clear());
        Label hint = new Label("Both sides train on the same points: draw on either canvas.");
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button leave = new Button("Exit compare", new FontIcon("mdi2c-close"));
        leave.setId("compareExit");
        leave.setTooltip(Forms.tip("Back to the single view, keeping side A"));
        leave.setOnAction(e -> exit.run());
        HBox tools = new HBox(6, undo, clear, hint, gap, leave);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("canvas-tools");
        caption.setId("compareCaption");
        caption.getStyleClass().add("compare-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setVisible(false);
        caption.setManaged(false);

        HBox columns = new HBox(10, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        chart.setMinHeight(140);
        SplitPane split = new SplitPane(columns, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        split.getStyleClass().add("compare-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(tools, notice, busy, caption, split);
        setId("compareView");
        getStyleClass().addAll("centre", "compare-view");
        getStylesheets().add(Objects.requireNonNull(CompareView.class.getResource("compare.css")).toExternalForm());
    }

    /** Draws the sides' latest snapshots: side B's canvas, both headers and banners, and the chart when due. */
    void render(Snapshot sideA, Snapshot sideB, long now) {
        a.render(sideA);
        b.render(sideB);
        boolean playing = sideA.playing() || sideB.playing();
        if ((sideA != chartA || sideB != chartB) && (!playing || now - lastChart >= CHART_INTERVAL_NANOS)) {
            chartA = sideA;
            chartB = sideB;
            lastChart = now;
            chart.render(sideA, sideB);
        }
    }

    /** The labels of the sides: what sets each apart, e.g. "A · Momentum" and "B · Adam". */
    void showLabels(String labelA, String labelB) {
        a.chip.setText(labelA);
        b.chip.setText(labelB);
        chart.setLabels(labelA, labelB);
    }

    /** Repeats the single view's file messages (null hides one). */
    void showFileMessages(String error, String working) {
        notice.show(error);
        busy.show(working);
    }

    /** Repeats the experiment's title and caption (empty hides the line). */
    void showCaption(String text) {
        if (!text.equals(caption.getText())) {
            caption.setText(text);
            caption.setVisible(!text.isEmpty());
            caption.setManaged(!text.isEmpty());
        }
    }

    /** Gives side A's canvas back (compare mode ends). */
    void releaseCanvasA() {
        a.plot.getChildren().remove(a.canvas);
    }

    CompareChart chart() {
        return chart;
    }

    /** One side: its header (label and figures) above its canvas, with its banners floating over the canvas. */
    private static final class Column extends VBox {
        final Label chip = new Label();
        final Label figures = new Label("–\n–");
        final DataCanvas canvas;
        /** False for side A's canvas, which the window's own frame loop draws. */
        private final boolean drawsCanvas;
        final StackPane plot;
        private final Banner stopped;
        private final Banner dataProblem;
        private Snapshot shown;

        Column(char side, DataCanvas canvas, boolean drawsCanvas, PointsModel points, Runnable reset) {
            super(4);
            this.canvas = canvas;
            this.drawsCanvas = drawsCanvas;
            chip.setId("compareLabel" + side);
            chip.getStyleClass().addAll("compare-chip", side == 'A' ? "compare-a" : "compare-b");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            figures.setId("compareFigures" + side);
            figures.getStyleClass().add("compare-figures");
            figures.setMinWidth(0);
            figures.setMinHeight(Region.USE_PREF_SIZE);
            HBox head = new HBox(8, chip, figures);
            head.setAlignment(Pos.CENTER_LEFT);
            head.setMinHeight(Region.USE_PREF_SIZE);
            stopped = new Banner("compareStopped" + side, "banner-error", "mdi2a-alert");
            stopped.action("compareReset" + side, "Reset", "mdi2r-restart", reset);
            dataProblem = new Banner("compareDataProblem" + side, "banner-warn", "mdi2a-alert-circle-outline");
            dataProblem.action("compareUndo" + side, "Undo", "mdi2u-undo", points::undo);
            VBox banners = new VBox(4, stopped, dataProblem);
            banners.setPickOnBounds(false);
            banners.setMaxHeight(Region.USE_PREF_SIZE);
            banners.setPadding(new Insets(4, 8, 0, 8));
            plot = new StackPane(canvas, banners);
            StackPane.setAlignment(banners, Pos.TOP_CENTER);
            plot.getStyleClass().addAll("compare-plot", side == 'A' ? "compare-a" : "compare-b");
            plot.setMinSize(0, 0);
            canvas.setMinSize(0, 0);
            VBox.setVgrow(plot, Priority.ALWAYS);
            getChildren().addAll(head, plot);
            setMinWidth(0);
            setPrefWidth(0);
        }

        void render(Snapshot s) {
            if (s == shown) {
                return;
            }
            if (drawsCanvas) {
                canvas.render(s);
            }
            shown = s;
            TransportBar.setIfChanged(figures, figures(s));
            stopped.show(CanvasArea.stopMessage(s));
            dataProblem.show(s.dataProblem());
        }

        /** Two lines whatever the state, so that both sides' canvases start at the same height. */
        private static String figures(Snapshot s) {
            Snapshot.Metrics m = s.metrics();
            StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "step %,d", s.step()));
            if (s.playing()) {
                t.append(String.format(Locale.ROOT, " · %,.0f steps/s", s.measuredStepsPerSecond()));
            }
            t.append("\ncost ").append(MetricsPane.cost(m.trainCost()));
            if (Double.isFinite(m.devCost())) {
                t.append(" (dev ").append(MetricsPane.cost(m.devCost())).append(')');
            }
            if (Double.isFinite(m.trainAccuracy())) {
                t.append(String.format(Locale.ROOT, " · accuracy %.1f%%", 100 * m.trainAccuracy()));
            }
            if (Double.isFinite(m.devAccuracy())) {
                t.append(String.format(Locale.ROOT, " (dev %.1f%%)", 100 * m.devAccuracy()));
            }
            return t.toString();
        }
    }
}
