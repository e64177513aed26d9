package com.backproplab.ui;

import com.backproplab.training.Diagnosis;
import com.backproplab.training.RegressionFit;
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
 * The current costs and accuracies (for regression, R² instead: the share of the variance of y explained), train
 * beside dev, and the diagnosis of the run in one sentence
 * ({@link Diagnosis}): it keeps the height of the longest sentence at its width, so the panel never changes height
 * while training and no sentence is cut; its tooltip repeats it.
 */
final class MetricsPane extends VBox {
    /** The diagnosis is read afresh at most this often while training. */
    private static final long DIAGNOSIS_NANOS = 250_000_000L;
    /** A sentence of the diagnosis's longest length, with wide figures: the height the sentence keeps. */
    static final String LONGEST = "Vanishing gradients: layer 1 gets 1.2e-9 of layer 12's gradient."
            + " Use He or Xavier init, ReLU, batch norm.";
    private final Label trainCost = value("trainCost"), devCost = value("devCost");
    private final Label trainAcc = value("trainAcc"), devAcc = value("devAcc");
    private final Label accuracyHead = head("Accuracy");
    /**
     * As many lines as the longest sentence takes at the card's width (diagnosis sentences are at most 105
     * characters, DiagnosisTest): the same height whatever it says, and never cut in a narrow window.
     */
    private final Label reading = new SteadyLabel(java.util.List.of(LONGEST));
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
        accuracyHead.setId("accuracyHead");
        g.add(accuracyHead, 0, 2);
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
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    void update(Snapshot s) {
        Snapshot.Metrics m = s.metrics();
        TransportBar.setIfChanged(trainCost, cost(m.trainCost()));
        TransportBar.setIfChanged(devCost, cost(m.devCost()));
        if (s.data().isRegression()) {
            TransportBar.setIfChanged(accuracyHead, "R²");
            TransportBar.setIfChanged(trainAcc, r2(RegressionFit.r2(s.split().train(), m.trainCost())));
            TransportBar.setIfChanged(devAcc, r2(RegressionFit.r2(s.split().dev(), m.devCost())));
        } else {
            TransportBar.setIfChanged(accuracyHead, "Accuracy");
            TransportBar.setIfChanged(trainAcc, percent(m.trainAccuracy()));
            TransportBar.setIfChanged(devAcc, percent(m.devAccuracy()));
        }
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
            String tone = tone(d.condition());
            if (!reading.getStyleClass().contains(tone)) {
                reading.getStyleClass().removeAll("reading-ok", "reading-warn", "reading-alarm");
                reading.getStyleClass().add(tone);
            }
        }
    }

    /**
     * The style class of a condition's colour (app.css, dark.css): dark grey when all is well or too early to say,
     * amber for bias and variance, red for what needs a fix.
     */
    private static String tone(Diagnosis.Condition c) {
        switch (c) {
            case NOT_TRAINED:
            case STILL_LEARNING:
            case GOOD_FIT:
                return "reading-ok";
            case HIGH_BIAS:
            case HIGH_VARIANCE:
                return "reading-warn";
            default:
                return "reading-alarm";
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

    private static String r2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double a) {
        return Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * a);
    }
}
