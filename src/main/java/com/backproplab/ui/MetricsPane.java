package com.backproplab.ui;

import com.backproplab.training.Diagnosis;
import com.backproplab.training.Snapshot;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The current costs and accuracies, train beside dev, and the diagnosis of the run in one sentence
 * ({@link Diagnosis}): two lines are reserved for it, so the panel never changes height while training; a longer
 * sentence ends in an ellipsis and shows whole in its tooltip.
 */
final class MetricsPane extends VBox {
    /** The diagnosis is read afresh at most this often while training. */
    private static final long DIAGNOSIS_NANOS = 250_000_000L;
    private final Label trainCost = value("trainCost"), devCost = value("devCost");
    private final Label trainAcc = value("trainAcc"), devAcc = value("devAcc");
    private final Label reading = new Label();
    private final Tooltip readingTip = new Tooltip();
    private long diagnosedVersion = -1;
    private long diagnosedAt;

    MetricsPane() {
        getStyleClass().add("metrics");
        setSpacing(6);
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(2);
        g.add(head(""), 0, 0);
        g.add(head("Train"), 1, 0);
        g.add(head("Dev"), 2, 0);
        g.add(head("Cost J"), 0, 1);
        g.add(trainCost, 1, 1);
        g.add(devCost, 2, 1);
        g.add(head("Accuracy"), 0, 2);
        g.add(trainAcc, 1, 2);
        g.add(devAcc, 2, 2);
        reading.setId("diagnosis");
        reading.getStyleClass().add("reading");
        reading.setWrapText(true);
        reading.setTextOverrun(OverrunStyle.ELLIPSIS);
        reading.setAlignment(Pos.TOP_LEFT);
        readingTip.setWrapText(true);
        readingTip.setMaxWidth(360);
        reading.setTooltip(readingTip);
        // Exactly two lines of the label's font, whatever the sentence: the charts below never jump.
        reserveTwoLines(reading);
        getChildren().addAll(g, reading);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("metric-value");
        l.setMinWidth(70);
        return l;
    }

    private static Label head(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("metric-head");
        return l;
    }

    void update(Snapshot s) {
        Snapshot.Metrics m = s.metrics();
        TransportBar.setIfChanged(trainCost, cost(m.trainCost()));
        TransportBar.setIfChanged(devCost, cost(m.devCost()));
        TransportBar.setIfChanged(trainAcc, percent(m.trainAccuracy()));
        TransportBar.setIfChanged(devAcc, percent(m.devAccuracy()));
        // Read at most a few times a second while training: a sentence is read slowly, and every new text costs
        // the window a layout pass.
        long now = System.nanoTime();
        if (s.version() != diagnosedVersion && (!s.playing() || now - diagnosedAt >= DIAGNOSIS_NANOS)) {
            diagnosedVersion = s.version();
            diagnosedAt = now;
            Diagnosis d = Diagnosis.of(s);
            TransportBar.setIfChanged(reading, d.sentence());
            if (!d.sentence().equals(readingTip.getText())) {
                readingTip.setText(d.sentence());
            }
            String colour = "-fx-text-fill: " + colour(d.condition()) + ";";
            if (!colour.equals(reading.getStyle())) {
                reading.setStyle(colour);
            }
        }
    }

    /** Dark grey when all is well or too early to say, amber for bias and variance, red for what needs a fix. */
    private static String colour(Diagnosis.Condition c) {
        switch (c) {
            case NOT_TRAINED:
            case STILL_LEARNING:
            case GOOD_FIT:
                return "#374151";
            case HIGH_BIAS:
            case HIGH_VARIANCE:
                return "#8a4b00";
            default:
                return "#b3261e";
        }
    }

    /** Makes {@code l} exactly two lines of its font high, now and whenever its font changes (CSS). */
    static void reserveTwoLines(Label l) {
        Runnable fit = () -> {
            Text probe = new Text("Ag\nAg");
            probe.setFont(l.getFont());
            double h = Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
            l.setMinHeight(h);
            l.setPrefHeight(h);
            l.setMaxHeight(h);
        };
        l.fontProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }

    /** The diagnosis shown (for tests). */
    String diagnosis() {
        return reading.getText();
    }

    static String cost(double c) {
        if (Double.isNaN(c)) {
            return "–";
        }
        // A runaway cost (1e19) must not push the table apart: large or tiny values in scientific notation.
        return Double.isInfinite(c) ? "∞" : c != 0 && (Math.abs(c) >= 1e4 || Math.abs(c) < 1e-3)
                ? String.format(Locale.ROOT, "%.3g", c) : String.format(Locale.ROOT, "%.4f", c);
    }

    private static String percent(double a) {
        return Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * a);
    }
}
