package com.backproplab.ui;

import com.backproplab.engine.OptimizerKind;
import com.backproplab.training.OptimizerPaths;
import com.backproplab.ui.chart.PathChart;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The optimizer-path window's legend: one check box per optimizer in its path's colour, showing or hiding the path,
 * and under it where the path is now and its cost (or that it left the plot).
 */
final class PathLegend extends VBox {
    private final Map<OptimizerKind, Label> readings = new EnumMap<>(OptimizerKind.class);

    PathLegend(PathChart chart) {
        super(10);
        setPadding(new Insets(8));
        setMinWidth(190);
        for (OptimizerKind kind : OptimizerPaths.kinds()) {
            CheckBox box = new CheckBox(kind.label());
            box.setGraphic(new Circle(5, PathChart.color(kind)));
            box.setId("path-" + kind.key());
            box.setSelected(true);
            box.setOnAction(e -> chart.show(kind, box.isSelected()));
            Label reading = new Label("");
            reading.setId("pathReading-" + kind.key());
            reading.setMinWidth(170);
            readings.put(kind, reading);
            getChildren().add(new VBox(2, box, reading));
        }
    }

    /** Shows where each path of {@code p} is now. */
    void update(OptimizerPaths p) {
        int t = p.steps();
        for (OptimizerKind kind : OptimizerPaths.kinds()) {
            double a = p.w1(kind, t), b = p.w2(kind, t);
            var view = p.surface().view();
            boolean out = !(a >= view.xMin() && a <= view.xMax() && b >= view.yMin() && b <= view.yMax());
            readings.get(kind).setText(String.format(Locale.ROOT, "J %.4g at (%.3g, %.3g)%s", p.cost(kind, t), a, b,
                    out ? "\noff the plot" : ""));
        }
    }
}
