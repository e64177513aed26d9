package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.io.BoundaryRenderer;
import com.backproplab.plot.BoundaryFigure;
import com.backproplab.data.Bounds;
import com.backproplab.plot.Contour;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.DataCanvas;
import com.backproplab.ui.LabWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The PNG of {@code render} and the window's canvas show the same view, ticks and contour of one experiment. */
@WindowTest
class RenderMatchesWindowTest {
    private static final long STEPS = 300;
    private LabWindow window;

    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the window sizes its stage to the screen, which must not stay with the primary one.
        stage = new Stage();
        window = new LabWindow();
        window.install(stage);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        window.close();
        javafx.application.Platform.runLater(stage::close);
    }

    /** Two blobs far outside the default view, so the view is fitted around them (and the margin matters). */
    private static Path experiment(Path dir) throws Exception {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            int label = i % 2;
            double x = (label == 1 ? 18 : -22) + (i * 7 % 11) - 5, y = (label == 1 ? 14 : -9) + (i * 5 % 9) - 4;
            points.append(points.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%s, %s, %d]", x, y,
                    label));
        }
        Path exp = dir.resolve("far.json");
        Files.writeString(exp, "{\"network\": {\"hidden\": [4]}, \"training\": {\"learningRate\": 0.05},"
                + " \"data\": {\"points\": [" + points + "], \"devFraction\": 0.25}}");
        return exp;
    }

    @Test
    @DisplayName("should show the same view, ticks and 0.5 contour in the window as in the rendered PNG")
    void sameFigure(FxRobot robot, @TempDir Path dir) throws Exception {
        Path trained = dir.resolve("trained.json");
        CliTest.Result r = CliTest.cli("train", experiment(dir), "--steps", STEPS, "--out", trained);
        assertEquals(0, r.status(), r.err());

        // What `render trained.json --steps 0` draws, at the resolution of the window's boundary grid.
        BoundaryFigure png = BoundaryRenderer.figure(RenderCommand.scene(Training.of(trained)),
                LabWindow.GRID_RESOLUTION);

        List<CompletableFuture<String>> opened = new ArrayList<>();
        robot.interact(() -> opened.add(window.openExperiment(trained)));
        assertNull(opened.get(0).get(30, TimeUnit.SECONDS));
        DataCanvas canvas = window.canvas();
        Snapshot s = await(x -> x.step() == STEPS && x.grid() != null && x.grid().step() == STEPS
                && x.grid().viewport().equals(canvas.viewport()));
        BoundaryFigure[] shown = new BoundaryFigure[1];
        robot.interact(() -> {
            canvas.render(s);
            shown[0] = canvas.figure();
        });
        BoundaryFigure win = shown[0];

        assertNotEquals(Bounds.defaults(), png.view(), "the points lie outside the default view");
        assertEquals(png.view(), win.view());
        assertEquals(png.xTicks(), win.xTicks());
        assertEquals(png.yTicks(), win.yTicks());
        Contour a = png.contour(), b = win.contour();
        assertTrue(a.size() > 20, "the boundary crosses the view: " + a);
        assertEquals(a.size(), b.size());
        double tolerance = 1e-6 * (png.view().xMax() - png.view().xMin());
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.x0(k), b.x0(k), tolerance, "segment " + k);
            assertEquals(a.y0(k), b.y0(k), tolerance, "segment " + k);
            assertEquals(a.x1(k), b.x1(k), tolerance, "segment " + k);
            assertEquals(a.y1(k), b.y1(k), tolerance, "segment " + k);
        }
    }

    private Snapshot await(java.util.function.Predicate<Snapshot> p) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> p.test(window.session().latest()));
        return window.session().latest();
    }
}
