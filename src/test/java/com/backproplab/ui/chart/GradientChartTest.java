package com.backproplab.ui.chart;

import com.backproplab.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.training.Snapshot;
import javafx.scene.control.ChoiceBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

@WindowTest
class GradientChartTest {
    private GradientChart chart;

    @Start
    void start(Stage stage) {
        chart = FxPixels.show(stage, new GradientChart());
    }

    private FxPixels render(Snapshot s) {
        return FxPixels.rendered(chart, s);
    }

    /** Pixels of colour c in the line plot, i.e. left of the bar panel and below the legend. */
    private int inLines(FxPixels p, Color c) {
        double[] b = chart.plotBounds();
        return p.count(c, 24, (int) b[0] + 2, (int) b[1] + 2, (int) b[2] - 1, (int) b[3] - 1);
    }

    private int inBars(FxPixels p, Color c) {
        double[] b = chart.barBounds(), plot = chart.plotBounds();
        return p.count(c, 2, (int) b[0], (int) plot[1], (int) b[1], (int) plot[3]);
    }

    @Test
    @DisplayName("should draw every layer's line and bar in its own colour")
    void layerColours(FxRobot robot) {
        Snapshot s = TrainedSnapshots.defaults().get(2);
        int layers = s.history().layers();
        assertEquals(3, layers);
        assertSame(chart, robot.lookup("#gradientChart").query());
        FxPixels p = render(s);
        assertNull(chart.hintShown());
        for (int l = 1; l <= layers; l++) {
            Color c = LayerColors.of(l, layers);
            assertTrue(inLines(p, c) > 10, "line of layer " + l + ": " + inLines(p, c));
            assertTrue(inBars(p, c) > 20, "bar of layer " + l + ": " + inBars(p, c));
        }
    }

    @Test
    @DisplayName("should show the hint and no lines for an empty history")
    void empty() {
        FxPixels p = render(TrainedSnapshots.defaults().get(0));
        assertEquals(GradientChart.HINT, chart.hintShown());
        assertTrue(p.dark(p.width / 3 - 60, p.height / 2 - 12, p.width / 3 + 80, p.height / 2 + 12) > 30);
        FxPixels none = render(null);
        assertEquals(0, p.differences(none), "an empty history looks like no snapshot");
    }

    @Test
    @DisplayName("should change the image when the data or the quantity changes")
    void changes(FxRobot robot) {
        FxPixels early = render(TrainedSnapshots.defaults().get(1));
        FxPixels later = render(TrainedSnapshots.defaults().get(2));
        assertTrue(early.differences(later) > 300, "data changed " + early.differences(later));
        @SuppressWarnings("unchecked")
        ChoiceBox<Quantity> box = robot.lookup("#gradientQuantity").queryAs(ChoiceBox.class);
        FxPixels weights = FxPixels.after(() -> box.setValue(Quantity.WEIGHT), chart.canvas());
        assertTrue(later.differences(weights) > 300, "quantity changed " + later.differences(weights));
        FxPixels ratio = FxPixels.after(() -> box.setValue(Quantity.RATIO), chart.canvas());
        assertTrue(weights.differences(ratio) > 300);
        FxPixels spread = FxPixels.after(() -> box.setValue(Quantity.ACTIVATION), chart.canvas());
        assertTrue(ratio.differences(spread) > 300, "activation spread drawn");
        FxPixels.after(() -> box.setValue(Quantity.GRADIENT), chart.canvas());
    }

    @Test
    @DisplayName("should draw a smaller current gradient as a shorter bar (seven layers of a deep sigmoid net)")
    void barsFollowValues() {
        Snapshot s = TrainedSnapshots.deepSigmoid();
        int layers = s.history().layers();
        assertEquals(7, layers);
        int small = 1, big = 1;
        for (int l = 2; l <= layers; l++) {
            small = s.layers().gradNorm(l) < s.layers().gradNorm(small) ? l : small;
            big = s.layers().gradNorm(l) > s.layers().gradNorm(big) ? l : big;
        }
        FxPixels p = render(s);
        int lo = inBars(p, LayerColors.of(small, layers)), hi = inBars(p, LayerColors.of(big, layers));
        assertTrue(lo > 0 && lo < hi, "bar of layer " + small + " has " + lo + " px, of layer " + big + " " + hi);
    }
}
