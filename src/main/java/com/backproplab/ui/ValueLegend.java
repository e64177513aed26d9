package com.backproplab.ui;

import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The legend of a regression run above the canvas, in place of the classes': the value palette as a bar from the
 * scale's low end to its high end (the points and the heatmap share it, {@link OutputScale}), the dev points' ring,
 * and the yhat = 0 line.
 */
final class ValueLegend extends HBox {
    private final Rectangle bar = new Rectangle(90, 10);
    private final Label low = new Label(), high = new Label();
    private OutputScale shown;
    private boolean dark;

    ValueLegend() {
        super(6);
        setId("valueLegend");
        getStyleClass().add("legend");
        setAlignment(Pos.CENTER_LEFT);
        low.setId("valueLegendLow");
        high.setId("valueLegendHigh");
        Circle dev = new Circle(4.5);
        dev.getStyleClass().add("legend-dev");
        Line zero = new Line(0, 0, 16, 0);
        zero.getStyleClass().add("legend-line");
        getChildren().addAll(new Label("ŷ"), low, bar, high, dev, new Label("dev (hollow)"), zero, new Label("ŷ = 0"));
        setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        show(OutputScale.PROBABILITY, false);
    }

    /** Shows the range of {@code scale} in the light or dark palette (nothing to do when unchanged). */
    void show(OutputScale scale, boolean darkPalette) {
        if (scale.equals(shown) && darkPalette == dark) {
            return;
        }
        shown = scale;
        dark = darkPalette;
        low.setText(format(scale.low()));
        high.setText(format(scale.high()));
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            int argb = Palette.heat(i / 8.0, darkPalette);
            stops.add(new Stop(i / 8.0, Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255)));
        }
        bar.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
    }

    /** The low and high ends as shown (for tests). */
    String rangeText() {
        return low.getText() + " … " + high.getText();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
