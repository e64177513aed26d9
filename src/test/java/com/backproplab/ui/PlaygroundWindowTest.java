package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.data.Dataset;
import com.backproplab.engine.Feature;
import com.backproplab.engine.Problem;
import com.backproplab.plot.Palette;
import com.backproplab.training.BoundaryGrid;
import com.backproplab.training.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 in the window: feature toggles, the L1 field, the problem choice, and the canvas's options. */
@WindowTest
class PlaygroundWindowTest {
    private OpenWindow o;

    @BeforeEach
    void open() {
        o = OpenWindow.at(1280, 800);
    }

    @AfterEach
    void close() {
        o.close();
    }

    @Test
    @DisplayName("should give the first layer one input per feature toggled on, and never none")
    void featureToggles() {
        o.tab("Network");
        ToggleButton squared = o.node("feature-x1_squared");
        ToggleButton x1 = o.node("feature-x1");
        ToggleButton x2 = o.node("feature-x2");
        o.run(() -> squared.setSelected(true));
        Snapshot s = o.await(x -> x.network().features().contains(Feature.X1_SQUARED));
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED), s.network().features());
        assertEquals(3, s.network().layerSizes()[0]);
        assertEquals(3, s.inputs().width(), "the grid and the points get the same three inputs");
        o.run(() -> {
            x1.setSelected(false);
            x2.setSelected(false);
        });
        s = o.await(x -> x.network().features().equals(List.of(Feature.X1_SQUARED)));
        assertTrue(squared.isDisabled(), "the last feature on cannot be turned off");
        Label units = (Label) o.window.side().network().getChildren().stream()
                .filter(n -> n instanceof Label l && l.getText().startsWith("Units per layer")).findFirst().orElseThrow();
        assertEquals("Units per layer (input 1 → … → output 1)", units.getText());
        o.run(() -> o.window.commands().togglePlay());
        o.await(x -> x.step() > 50 && x.grid() != null);
        o.run(() -> o.window.commands().togglePlay());
    }

    @Test
    @DisplayName("should take L1 beside L2, answer bad input with its sentence and outline, and send a good value")
    void l1Field() {
        o.tab("Training");
        TextField l1 = o.node("l1");
        Label error = o.node("trainingError");
        o.run(() -> {
            l1.setText("-0.5");
            l1.fireEvent(new ActionEvent());
        });
        assertTrue(l1.getStyleClass().contains("invalid"));
        assertTrue(error.isVisible() && error.getText().contains("L1 λ₁ must be >= 0"), error.getText());
        assertEquals(0.0, o.settle().training().l1(), "nothing sent");
        o.run(() -> {
            l1.setText("0.01");
            l1.fireEvent(new ActionEvent());
        });
        assertEquals(0.01, o.await(x -> x.training().l1() > 0).training().l1());
        assertFalse(l1.getStyleClass().contains("invalid"));
    }

    @Test
    @DisplayName("should switch to regression: a bump preset, a linear output, R² and the value legend, and back")
    void regression() {
        o.tab("Data");
        @SuppressWarnings("unchecked")
        ComboBox<Problem> problem = o.node("problem");
        o.run(() -> problem.setValue(Problem.REGRESSION));
        Snapshot s = o.await(x -> x.network().problem() == Problem.REGRESSION && x.data().isRegression());
        assertEquals("Gaussian bump", o.window.side().data().presetText());
        assertTrue(o.window.canvas().scale().regression());
        o.run(() -> o.window.commands().togglePlay());
        Snapshot trained = o.await(x -> x.step() > 300 && x.metrics().trainCost() < 0.5 * s.metrics().trainCost());
        o.run(() -> o.window.commands().togglePlay());
        assertTrue(Double.isNaN(trained.metrics().trainAccuracy()));
        o.layout();
        assertEquals("R²", ((Label) o.node("accuracyHead")).getText());
        assertTrue(o.node("valueLegend").isVisible() && !o.node("legend").isVisible());
        assertFalse(trained.biasVarianceReading().contains("class"), trained.biasVarianceReading());
        o.run(() -> problem.setValue(Problem.CLASSIFICATION));
        o.await(x -> x.network().problem() == Problem.CLASSIFICATION && !x.data().isRegression());
        assertEquals("Circle", o.window.side().data().presetText());
        o.layout();
        assertEquals("Accuracy", ((Label) o.node("accuracyHead")).getText());
    }

    @Test
    @DisplayName("should switch the problem to regression when a regression CSV is imported")
    void importRegression(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("values.csv");
        Files.writeString(csv, "x1,x2,y\n0,0,1\n1,2,-0.5\n-2,1,0.25\n3,-1,0\n");
        String message = OpenWindow.on(() -> o.window.files().loadCsv(csv))
                .get(OpenWindow.OPEN_TIMEOUT_S, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(null, message);
        Snapshot s = o.await(x -> x.data().size() == 4 && x.network().problem() == Problem.REGRESSION);
        assertTrue(s.data().isRegression());
        @SuppressWarnings("unchecked")
        ComboBox<Problem> problem = o.node("problem");
        assertEquals(Problem.REGRESSION, problem.getValue());
        assertEquals(Problem.REGRESSION, OpenWindow.on(() -> o.window.files().currentExperiment()).network().problem());
    }

    @Test
    @DisplayName("should discretize the heatmap into the two regions' colours, and hide and show the dev points")
    void canvasOptions() {
        Snapshot s = o.await(x -> x.grid() != null && x.grid().viewport().equals(o.window.canvas().viewport()));
        CanvasOptions options = o.window.appearance().canvasOptions();
        double shaded = flatShare(s.grid());
        o.run(() -> options.discretizeProperty().set(true));
        double flat = flatShare(s.grid());
        assertTrue(flat > 0.9 && shaded < 0.5, "flat colours: shaded " + shaded + ", discretized " + flat);
        o.run(() -> options.discretizeProperty().set(false));
        assertEquals(shaded, flatShare(s.grid()), 1e-9);

        Dataset dev = s.split().dev();
        int[] at = lonelyPoint(dev, s.split().train());
        int shown = pixel(at[0], at[1]);
        o.run(() -> options.showDevProperty().set(false));
        int hidden = pixel(at[0], at[1]);
        o.run(() -> options.showDevProperty().set(true));
        assertTrue(shown != hidden, "the dev point's centre shows the heatmap once hidden");
        assertEquals(shown, pixel(at[0], at[1]));
    }

    /** Share of grid cells, away from the boundary and the points, drawn exactly in one of the two end colours. */
    private double flatShare(BoundaryGrid g) {
        WritableImage img = OpenWindow.on(() -> o.window.canvas().picture());
        PixelReader r = img.getPixelReader();
        DataCanvas c = o.window.canvas();
        Snapshot s = o.latest();
        int n = g.resolution(), cells = 0, flat = 0;
        for (int j = 2; j < n - 2; j += 3) {
            for (int i = 2; i < n - 2; i += 3) {
                if (nearBoundary(g, i, j) || nearPoint(s, g.viewport().x(i, n), g.viewport().y(j, n), c)) {
                    continue;
                }
                int argb = r.getArgb((int) c.toPixelX(g.viewport().x(i, n)), (int) c.toPixelY(g.viewport().y(j, n)));
                cells++;
                flat += argb == Palette.heat(0) || argb == Palette.heat(1) ? 1 : 0;
            }
        }
        assertTrue(cells > 20, "cells sampled: " + cells);
        return (double) flat / cells;
    }

    private static boolean nearBoundary(BoundaryGrid g, int i, int j) {
        boolean side = g.probability(i, j) >= 0.5;
        for (int dj = -2; dj <= 2; dj++) {
            for (int di = -2; di <= 2; di++) {
                if (g.probability(i + di, j + dj) >= 0.5 != side) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearPoint(Snapshot s, double x, double y, DataCanvas c) {
        double r = 12 * c.dataPerPixel();
        for (Dataset d : List.of(s.split().train(), s.split().dev())) {
            for (int k = 0; k < d.size(); k++) {
                if (Math.hypot(d.x1(k) - x, d.x2(k) - y) < r) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pixel of a dev point with no other point within 12 pixels. */
    private int[] lonelyPoint(Dataset dev, Dataset train) {
        DataCanvas c = o.window.canvas();
        double r = 12 * c.dataPerPixel();
        for (int k = 0; k < dev.size(); k++) {
            boolean alone = true;
            for (Dataset d : List.of(dev, train)) {
                for (int m = 0; m < d.size() && alone; m++) {
                    alone = d == dev && m == k || Math.hypot(d.x1(m) - dev.x1(k), d.x2(m) - dev.x2(k)) >= r;
                }
            }
            if (alone && Math.abs(dev.x1(k)) < 5 && Math.abs(dev.x2(k)) < 5) {
                return new int[] {(int) c.toPixelX(dev.x1(k)), (int) c.toPixelY(dev.x2(k))};
            }
        }
        throw new AssertionError("no dev point stands alone");
    }

    private int pixel(int x, int y) {
        WritableImage img = OpenWindow.on(() -> o.window.canvas().picture());
        return img.getPixelReader().getArgb(x, y);
    }
}
