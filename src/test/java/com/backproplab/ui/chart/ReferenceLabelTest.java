package com.backproplab.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.training.Snapshot;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The update/weight ratio's "healthy ~1e-3" label reads on top of the curves that cross it. */
@WindowTest
class ReferenceLabelTest {
    private GradientChart chart;

    @Start
    void start(Stage stage) {
        chart = FxPixels.show(stage, new GradientChart());
    }

    @Test
    @DisplayName("should draw the 1e-3 label over the curves, on a backing, with no curve showing through it")
    void labelOnTop() {
        Snapshot s = TrainedSnapshots.deepTanh();
        FxPixels p = FxPixels.after(() -> {
            chart.show(Quantity.RATIO);
            chart.render(s);
        }, chart.canvas());
        double[] box = chart.referenceBox();
        assertNotNull(box, "the label was drawn");
        int x0 = (int) Math.ceil(box[0]), y0 = (int) Math.ceil(box[1]);
        int x1 = (int) Math.floor(box[0] + box[2]), y1 = (int) Math.floor(box[1] + box[3]);
        int layers = s.history().layers();
        int underLabel = 0, besideLabel = 0;
        for (int l = 1; l <= layers; l++) {
            Color c = LayerColors.of(l, layers);
            underLabel += p.count(c, 30, x0, y0, x1, y1);
            // The same height left of the label: the curves run there, so they would run under it too.
            besideLabel += p.count(c, 30, (int) chart.plotBounds()[0] + 2, y0 - 10, x0 - 2, y1 + 10);
        }
        assertTrue(besideLabel > 0, "the curves pass at the label's height");
        assertEquals(0, underLabel, "no curve shows through the label");
        assertTrue(p.dark(x0, y0, x1, y1) > 15, "the label's text is drawn");
    }
}
