package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The current costs and accuracies, train beside dev, and the bias/variance reading in one sentence. */
final class MetricsPane extends VBox {
    private final Label trainCost = value("trainCost"), devCost = value("devCost");
    private final Label trainAcc = value("trainAcc"), devAcc = value("devAcc");
    /** As tall as its longest sentence, so the charts below do not jump while training plays. */
    private final Label reading = new SteadyLabel(readings());

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
        reading.setId("biasVariance");
        reading.getStyleClass().add("reading");
        getChildren().addAll(g, reading);
    }

    /** Every reading with wide numbers: the label keeps the height of the tallest. */
    private static java.util.List<String> readings() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (double train : new double[] {Double.NaN, 0.0, 0.888, 0.911, 0.988}) {
            for (double dev : new double[] {Double.NaN, 0.0, 0.888, 0.988}) {
                all.add(Snapshot.reading(train, dev));
            }
        }
        return all;
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("metric-value");
        Forms.steadyWidth(l, "0.0000");
        return l;
    }

    private static Label head(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("metric-head");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    void update(Snapshot s) {
        Snapshot.Metrics m = s.metrics();
        TransportBar.setIfChanged(trainCost, cost(m.trainCost()));
        TransportBar.setIfChanged(devCost, cost(m.devCost()));
        TransportBar.setIfChanged(trainAcc, percent(m.trainAccuracy()));
        TransportBar.setIfChanged(devAcc, percent(m.devAccuracy()));
        TransportBar.setIfChanged(reading, s.biasVarianceReading());
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
