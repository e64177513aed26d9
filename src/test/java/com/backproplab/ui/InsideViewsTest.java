package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.data.Bounds;
import com.backproplab.engine.LogisticPath;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.training.ActivationHistograms;
import com.backproplab.training.DataSettings;
import com.backproplab.training.HiddenSpace;
import com.backproplab.training.OptimizerPaths;
import com.backproplab.training.PathSetup;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.ActivationHistogramChart;
import com.backproplab.ui.chart.HiddenSpaceChart;
import com.backproplab.ui.chart.InsideViews;
import com.backproplab.ui.chart.PathChart;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The views of the inside of the network in the real window: they open, show the trainer's data, and move. */
@WindowTest
class InsideViewsTest {
    private static final int TIMEOUT_S = 20;

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private static void choose(OpenWindow w, String title) {
        TabPane tabs = w.node("perLayerTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        w.run(() -> tabs.getSelectionModel().select(tab));
    }

    private static void play(OpenWindow w) {
        w.run(() -> {
            w.window.commands().speed(Double.POSITIVE_INFINITY);
            w.window.commands().togglePlay();
        });
    }

    @Test
    @DisplayName("should draw the histograms of the trainer's activations, and new ones while training runs")
    void histogramsOpenAndMove() {
        try (OpenWindow w = OpenWindow.at(1024, 700)) {
            choose(w, "Inside");
            ActivationHistogramChart chart = w.node("activationHistograms");
            w.settle();
            // Paused, the latest snapshot stays: the chart shows its very counts, only painted.
            waitFor("the latest histograms", () -> chart.drawn() == w.latest().inside().histograms());
            Snapshot s = w.latest();
            ActivationHistograms first = chart.drawn();
            assertEquals(s.split().train().size(), first.points());
            assertEquals(s.network().hidden().size() + 1, first.layers());
            for (int l = 1; l < first.layers(); l++) {
                assertEquals(s.network().hidden().get(l - 1) * first.points(), first.total(l));
            }
            play(w);
            waitFor("histograms of trained weights", () -> chart.drawn() != first && w.latest().step() > 300);
            assertTrue(w.latest().inside().step() > 0);
        }
    }

    @Test
    @DisplayName("should draw the last hidden layer's view of the points, and move it while training runs")
    void hiddenSpaceOpensAndMoves() {
        try (OpenWindow w = OpenWindow.at(1024, 700)) {
            choose(w, "Inside");
            InsideViews views = w.node("insideViews");
            w.run(() -> views.viewProperty().set(InsideViews.View.HIDDEN_SPACE));
            HiddenSpaceChart chart = w.node("hiddenSpace");
            assertTrue(chart.isVisible() && !views.histograms().isVisible(), "one view at a time");
            w.settle();
            waitFor("the latest hidden space", () -> chart.drawn() == w.latest().inside().hidden());
            Snapshot s = w.latest();
            HiddenSpace first = chart.drawn();
            assertEquals(s.network().hidden().get(s.network().hidden().size() - 1), first.units());
            assertEquals(s.split().train().size(), first.points());
            play(w);
            waitFor("a hidden space of trained weights", () -> chart.drawn() != first && w.latest().step() > 300);
            HiddenSpace later = chart.drawn();
            assertNotSame(first, later);
            assertTrue(later.u(0) != first.u(0) || later.v(0) != first.v(0), "the points moved");
        }
    }

    /** Opens View › Optimizer paths and returns its chart. */
    private static PathChart openPaths(OpenWindow w) {
        MenuItem item = w.window.menus().view().getItems().stream()
                .filter(i -> "optimizerPathsItem".equals(i.getId())).findFirst().orElseThrow();
        w.run(item::fire);
        Stage paths = OpenWindow.on(() -> (Stage) Window.getWindows().stream()
                .filter(x -> x instanceof Stage st && "Optimizer paths".equals(st.getTitle())).findFirst()
                .orElseThrow());
        assertTrue(paths.isShowing());
        PathChart chart = (PathChart) paths.getScene().lookup("#pathChart");
        assertNotNull(chart);
        return chart;
    }

    @Test
    @DisplayName("should start every path where the plot is clicked, and follow the main window's normalization")
    void pathsStartWhereClickedAndFollowTheWindow() {
        try (OpenWindow w = OpenWindow.at(1280, 800)) {
            PathChart chart = openPaths(w);
            waitFor("the first paths", () -> chart.shown() != null && chart.shown().steps() > 0);
            assertTrue(chart.shown().setup().normalized(), "as the main window: normalized");
            Bounds view = chart.shown().surface().view();
            double w1 = view.xMin() + 0.25 * (view.xMax() - view.xMin());
            double w2 = view.yMin() + 0.25 * (view.yMax() - view.yMin());
            double x = OpenWindow.on(() -> chart.pixelX(w1)), y = OpenWindow.on(() -> chart.pixelY(w2));
            double tolerance = 0.02 * (view.xMax() - view.xMin());
            Node canvas = chart.lookup("#pathCanvas");
            // A mouse event is made in scene coordinates; the canvas receives them as its own.
            Point2D at = OpenWindow.on(() -> canvas.localToScene(x, y));
            w.run(() -> canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), at.getX(),
                    at.getY(), MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false,
                    null)));
            waitFor("paths from the click", () -> Math.abs(chart.shown().setup().w1() - w1) < tolerance
                    && Math.abs(chart.shown().setup().w2() - w2) < tolerance);
            for (OptimizerKind kind : OptimizerPaths.kinds()) {
                assertEquals(chart.shown().setup().w1(), chart.shown().w1(kind, 0), "every path starts there");
            }
            DataSettings d = w.latest().dataSettings();
            w.run(() -> w.window.commands().dataSettings(new DataSettings(d.devFraction(), d.splitSeed(), false)));
            waitFor("raw paths", () -> !chart.shown().setup().normalized());
            assertEquals(w1, chart.shown().setup().w1(), tolerance, "from the same start");
        }
    }

    @Test
    @DisplayName("should open the optimizer paths from the View menu and draw each trainer's weights at every step")
    void optimizerPathsFollowTheirTrainers() {
        try (OpenWindow w = OpenWindow.at(1024, 700)) {
            PathChart chart = openPaths(w);
            waitFor("thirty steps of the paths", () -> chart.shown() != null && chart.shown().steps() >= 30);
            OptimizerPaths shown = chart.shown();
            PathSetup setup = shown.setup();
            assertEquals(w.latest().split().train().size(), setup.size(), "the main window's training points");
            for (OptimizerKind kind : OptimizerPaths.kinds()) {
                LogisticPath trainer = new LogisticPath(setup.x1(), setup.x2(), setup.y(), setup.w1(), setup.w2(),
                        setup.hyper().withOptimizer(kind));
                for (int t = 1; t <= shown.steps(); t++) {
                    trainer.step();
                    assertEquals(trainer.w1(), shown.w1(kind, t), kind + " w1 at step " + t);
                    assertEquals(trainer.w2(), shown.w2(kind, t), kind + " w2 at step " + t);
                }
            }
            waitFor("the paths going on", () -> chart.shown().steps() > shown.steps());
        }
        assertTrue(OpenWindow.on(() -> Window.getWindows().stream().noneMatch(x -> x instanceof Stage st
                && "Optimizer paths".equals(st.getTitle()) && st.isShowing())), "closed with the main window");
    }
}
