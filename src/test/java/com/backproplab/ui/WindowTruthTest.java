package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen shows is true: measured curves, new runs for new data, honest controls and readouts. */
@WindowTest
class WindowTruthTest {
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
    @DisplayName("should draw train and dev costs only where evaluated, from step 0, never a stale value repeated")
    void measuredCurves() {
        o.run(() -> o.window.commands().togglePlay());
        Snapshot s = o.await(x -> x.step() > 400);
        o.run(() -> o.window.commands().togglePlay());
        History h = s.history();
        assertEquals(0, h.step(0), "the history starts at step 0");
        assertTrue(Double.isFinite(h.trainCost(0)) && Double.isFinite(h.devCost(0)), "evaluated at step 0");
        int measured = 0;
        double previous = Double.NaN;
        for (int i = 0; i < h.size(); i++) {
            double c = h.trainCost(i);
            // The samples the chart draws: the start and those evaluated at their own step.
            if (i == 0 || h.evaluated(i)) {
                measured++;
                // A value left over from an earlier evaluation would repeat exactly (the old flat start).
                assertNotEquals(previous, c, "sample " + i + " at step " + h.step(i) + " repeats the last value");
                previous = c;
            }
        }
        assertTrue(measured >= 3, "several measurements: " + measured);
    }

    @Test
    @DisplayName("should start a new run for new data (preset, file) and show a loaded file's count, noise unknown")
    void newDataNewRun(@TempDir Path dir) throws Exception {
        o.run(() -> o.window.commands().togglePlay());
        o.await(s -> s.step() > 100);
        o.run(() -> o.window.commands().togglePlay());
        o.tab("Data");
        ComboBox<Preset> preset = o.node("presetChoice");
        o.run(() -> preset.setValue(Preset.MOONS));
        Snapshot moons = o.await(s -> s.data().size() == 400 && s.step() == 0);
        assertEquals(0, moons.history().size(), "the history starts again: no spike joins two datasets");
        o.run(() -> o.window.commands().step());
        o.await(s -> s.step() == 1);
        Path csv = dir.resolve("eight.csv");
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 8; i++) {
            text.append(i).append(',').append(i % 3).append(',').append(i % 2).append('\n');
        }
        Files.writeString(csv, text);
        assertNull(OpenWindow.on(() -> o.window.files().loadCsv(csv)).get(OpenWindow.TIMEOUT_S, TimeUnit.SECONDS));
        Snapshot loaded = o.await(s -> s.data().size() == 8 && s.step() == 0);
        assertEquals(0, loaded.history().size());
        o.layout();
        Spinner<Integer> points = o.node("pointCount");
        Label noise = o.node("noiseValue");
        assertEquals(8, points.getValue(), "Points shows the loaded count");
        assertTrue(points.isDisabled(), "and draws nothing until a preset is chosen");
        assertEquals("–", noise.getText(), "a file's noise is unknown");
        o.run(() -> preset.setValue(Preset.XOR));
        o.await(s -> s.data().size() == 400);
        assertEquals(400, points.getValue());
        assertEquals("0.20", noise.getText());
    }

    @Test
    @DisplayName("should close the optimizer list on picking Momentum, the form reflowing only after it closed")
    void momentumDoesNotReopen(FxRobot robot) {
        // A short window and large text: the Training tab scrolls, and it is scrolled a little, so rows going away
        // under an open list would pull the list down.
        o.run(() -> {
            o.stage.setWidth(1024);
            o.stage.setHeight(560);
            o.window.root().setStyle("-fx-font-size: 17px;");
        });
        o.tab("Training");
        ScrollPane scroll = o.node("scrollTraining");
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight() + 12,
                "the tab scrolls");
        // Scrolled down a little, the list's box still in view.
        double overflow = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        o.run(() -> scroll.setVvalue(Math.min(1, 12 / overflow)));
        ComboBox<OptimizerKind> optimizer = o.node("optimizer");
        List<String> movedWhileOpen = new ArrayList<>();
        Bounds[] at = new Bounds[1];
        o.run(() -> {
            at[0] = optimizer.localToScreen(optimizer.getLayoutBounds());
            optimizer.localToSceneTransformProperty().addListener((obs, a, b) -> {
                if (optimizer.isShowing()) {
                    movedWhileOpen.add(String.valueOf(b));
                }
            });
        });
        robot.clickOn(optimizer);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(optimizer.isShowing());
        ListCell<?> momentum = robot.lookup(".list-cell").match(
                (ListCell<?> c) -> "Momentum".equals(c.getText())).query();
        // A person's click: the list selects on the press, a frame or more passes, then the release closes it.
        robot.moveTo(momentum).press(javafx.scene.input.MouseButton.PRIMARY);
        o.layout();
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        o.layout();
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        o.layout();
        assertEquals(OptimizerKind.MOMENTUM, optimizer.getValue());
        assertFalse(optimizer.isShowing(), "the list closed and stayed closed");
        assertEquals(List.of(), movedWhileOpen, "nothing moved the list while it was open");
        assertTrue(o.node("beta").isVisible() && !o.node("beta1").isVisible(), "momentum's β shows, Adam's go");
        o.await(s -> s.training().optimizer() == OptimizerKind.MOMENTUM);
    }

    @Test
    @DisplayName("should show the same steps/s in the toolbar and the F3 overlay")
    void oneStepsPerSecond(FxRobot robot) {
        robot.type(KeyCode.F3);
        o.run(() -> o.window.commands().togglePlay());
        o.await(s -> s.playing() && s.measuredStepsPerSecond() > 0);
        Label toolbar = o.node("stepsPerSecond");
        Label overlay = o.node("fpsOverlay");
        for (int i = 0; i < 20; i++) {
            String[] both = OpenWindow.on(() -> new String[] {toolbar.getText(), overlay.getText()});
            assertTrue(both[1].endsWith("   " + both[0] + " steps/s"), "toolbar " + both[0] + ", overlay " + both[1]);
            WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    @DisplayName("should name every choice in words (leaky ReLU, small random), never by its file key")
    void humanNames() {
        List<ComboBox<?>> boxes = List.of(o.node("activation"), o.node("init"), o.node("optimizer"),
                o.node("schedule"), o.node("presetChoice"));
        for (ComboBox<?> box : boxes) {
            for (Object item : box.getItems()) {
                String name = names(box, item);
                assertFalse(name.contains("_"), box.getId() + " shows " + name);
            }
        }
        ComboBox<Activation> activation = o.node("activation");
        o.run(() -> activation.setValue(Activation.LEAKY_RELU));
        assertEquals("leaky ReLU", activation.getButtonCell().getText());
        ComboBox<InitScheme> init = o.node("init");
        assertEquals("small random (× 0.01)", names(init, InitScheme.SMALL_RANDOM));
        ComboBox<Schedule.Kind> schedule = o.node("schedule");
        assertEquals("constant", names(schedule, Schedule.Kind.CONSTANT));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String names(ComboBox box, Object item) {
        return box.getConverter().toString(item);
    }

    @Test
    @DisplayName("should show the hover readout below the canvas, never over the points it describes")
    void hoverReadoutBesideThePlot(FxRobot robot) {
        DataCanvas canvas = o.window.canvas();
        Point2D p = canvas.localToScreen(canvas.toPixelX(-5.5), canvas.toPixelY(5.5));
        robot.moveTo(p);
        o.layout();
        Label line = o.node("canvasHint");
        assertTrue(line.getText().startsWith("x1 = -5.5"), line.getText());
        Bounds readout = line.localToScene(line.getLayoutBounds());
        Bounds canvasBox = canvas.localToScene(canvas.getLayoutBounds());
        assertTrue(readout.getMinY() >= canvasBox.getMaxY(), "below the canvas: " + readout + " vs " + canvasBox);
        assertTrue(canvas.getChildrenUnmodifiable().stream().noneMatch(n -> n instanceof Label l && l.isVisible()),
                "no label over the plot");
        robot.moveTo((javafx.scene.Node) o.node("play"));
        o.layout();
        assertEquals(CanvasArea.DRAW_HINT, line.getText(), "off the plot the line is the hint again");
    }

    @Test
    @DisplayName("should describe erasing in the hint line while the eraser is on")
    void eraserHint(FxRobot robot) {
        Label line = o.node("canvasHint");
        assertEquals(CanvasArea.DRAW_HINT, line.getText());
        ToggleButton eraser = o.node("eraser");
        robot.clickOn(eraser);
        o.layout();
        assertTrue(line.getText().startsWith("Eraser: press and drag"), line.getText());
        robot.type(KeyCode.E);
        o.layout();
        assertEquals(CanvasArea.DRAW_HINT, line.getText());
    }

    @Test
    @DisplayName("should save points with the user's usual file permissions")
    void savedPermissions(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path saved = dir.resolve("points.csv");
        assertNull(OpenWindow.on(() -> o.window.files().saveCsv(saved)).get(OpenWindow.TIMEOUT_S, TimeUnit.SECONDS));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved));
    }
}
