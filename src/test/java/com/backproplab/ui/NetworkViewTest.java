package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network tab in the real window: live unit heatmaps, hover and pin, weights and biases typed in, wide layers. */
@WindowTest
class NetworkViewTest {
    private static final int TIMEOUT_S = 20;
    private LabWindow window;
    private Stage stage;
    private NetworkView view;
    private double marker = 4321.5;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        stage = new Stage();
        window = new LabWindow();
        window.install(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(stage::close).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    private void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private Snapshot await(Predicate<Snapshot> p) {
        waitFor("a snapshot", () -> p.test(window.session().latest()));
        return window.session().latest();
    }

    /** The first snapshot after every command sent so far was handled (a speed sent behind them marks it). */
    private Snapshot settle(FxRobot robot) {
        double speed = marker++;
        robot.interact(() -> window.session().send(new Command.SetSpeed(speed)));
        return await(s -> s.stepsPerSecond() == speed);
    }

    /** Chooses the Network tab and waits until it shows every unit's heatmap of the latest grid. */
    private NetworkView networkTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#perLayerTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        view = robot.lookup("#networkView").query();
        Snapshot s = await(x -> x.grid() != null && x.grid().units() != null && x.weights() != null);
        waitFor("the heatmaps", () -> WaitForAsyncUtils.asyncFx(() -> view.drawnUnits() != null
                && view.drawnUnits() == window.session().latest().grid().units()).get());
        assertEquals(s.weights().layers(), view.networkLayout().layers());
        return view;
    }

    private WritableImage canvasShot(FxRobot robot) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = view.canvas().snapshot(null, null));
        return out[0];
    }

    private void readout(String start) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> view.readout().startsWith(start));
        } catch (TimeoutException e) {
            throw new AssertionError("the readout is '" + view.readout() + "', not '" + start + "…'");
        }
    }

    private Point2D screen(double x, double y) {
        return view.canvas().localToScreen(x, y);
    }

    private Point2D unit(int l, int i) {
        NetworkLayout p = view.networkLayout();
        return screen(p.x(l), p.y(l, i));
    }

    /** A point a quarter of the way along the edge from unit j of layer l-1 to unit i of layer l. */
    private Point2D edge(int l, int i, int j) {
        NetworkLayout p = view.networkLayout();
        double x0 = p.x(l - 1) + p.node() / 2, y0 = p.y(l - 1, j), x1 = p.x(l) - p.node() / 2, y1 = p.y(l, i);
        return screen(x0 + 0.25 * (x1 - x0), y0 + 0.25 * (y1 - y0));
    }

    @Test
    @DisplayName("should draw each unit as a live heatmap, enlarge it on hover, pin it beside the canvas on click")
    void heatmapsHoverAndPin(FxRobot robot) {
        networkTab(robot);
        WritableImage shot = canvasShot(robot);
        NetworkLayout p = view.networkLayout();
        Set<Integer> colours = new HashSet<>();
        int x0 = (int) (p.x(p.layers()) - p.node() / 2 + 2), y0 = (int) (p.y(p.layers(), 0) - p.node() / 2 + 2);
        for (int y = y0; y < y0 + p.node() - 4; y++) {
            for (int x = x0; x < x0 + p.node() - 4; x++) {
                colours.add(shot.getPixelReader().getArgb(x, y));
            }
        }
        assertTrue(colours.size() > 5, "the output unit shows P(y=1) over the plane: " + colours.size() + " colours");

        robot.moveTo(unit(1, 0));
        readout("layer 1, unit 1 · b[1] (1) = ");
        robot.moveTo(edge(2, 0, 0)); // the top edge: no other crosses it
        readout("W[2] (1 ← 1) = ");
        assertTrue(view.readout().contains("layer 1, unit 1 → layer 2, unit 1"), view.readout());

        PinnedUnit pinned = robot.lookup("#pinnedUnit").query();
        assertFalse(pinned.isVisible());
        robot.clickOn(unit(1, 0));
        waitFor("the pinned unit", pinned::isVisible);
        waitFor("its title", () -> robot.lookup("#pinnedUnitTitle").queryLabeled().getText()
                .equals("layer 1, unit 1"));
        assertEquals("tanh activation over the plane", robot.lookup("#pinnedUnitSubtitle").queryLabeled().getText());
        waitFor("its place", () -> Math.min(pinned.getWidth(), pinned.getHeight()) >= CanvasAndPin.MIN);
        Bounds canvas = window.canvas().localToScene(window.canvas().getLayoutBounds());
        Bounds beside = pinned.localToScene(pinned.getLayoutBounds());
        assertTrue(beside.getMinX() >= canvas.getMaxX() || beside.getMinY() >= canvas.getMaxY(),
                "beside or below the canvas: " + canvas + ", " + beside);
        robot.type(KeyCode.ESCAPE);
        waitFor("Esc to unpin", () -> !pinned.isVisible());
        robot.clickOn(unit(0, 1));
        waitFor("the input pinned", () -> robot.lookup("#pinnedUnitTitle").queryLabeled().getText()
                .equals("input x\u2082"));
        robot.clickOn(unit(0, 1));
        waitFor("a click on it again to unpin", () -> !pinned.isVisible());
        robot.clickOn(unit(3, 0));
        waitFor("the output pinned", pinned::isVisible);
        robot.clickOn("#unpin");
        waitFor("the close button to unpin", () -> !pinned.isVisible());
    }

    @Test
    @DisplayName("should apply a weight typed on its edge through the trainer, refuse a bad one, and cancel on Esc")
    void editWeight(FxRobot robot) {
        networkTab(robot);
        Snapshot before = window.session().latest();
        double w = before.weights().weight(1, 0, 0);
        robot.clickOn(edge(1, 0, 0));
        ParameterEditor editor = view.editor();
        waitFor("the field", editor::isOpen);
        assertEquals(Forms.format(w), editor.field().getText());
        robot.write("abc").type(KeyCode.ENTER);
        waitFor("the refusal", () -> editor.field().getStyleClass().contains("invalid"));
        assertEquals("Not applied: the weight W[1] (1 ← 1) must be a number, found 'abc'.", editor.problem());
        assertEquals(w, settle(robot).weights().weight(1, 0, 0), "nothing sent");
        robot.interact(() -> editor.field().setText("2.5"));
        robot.type(KeyCode.ENTER);
        waitFor("the field to close", () -> !editor.isOpen());
        Snapshot edited = await(s -> s.weights().weight(1, 0, 0) == 2.5 && s.grid() != before.grid());
        assertEquals(before.step(), edited.step());
        waitFor("the edit to count as unsaved", () -> WaitForAsyncUtils.asyncFx(() -> window.document().isDirty()).get());

        robot.clickOn(edge(1, 0, 0));
        waitFor("the field again", editor::isOpen);
        robot.write("7").type(KeyCode.ESCAPE);
        waitFor("Esc to close", () -> !editor.isOpen());
        assertEquals(2.5, settle(robot).weights().weight(1, 0, 0), "Esc sends nothing");

        NetworkLayout p = view.networkLayout();
        double b = p.biasSize();
        robot.clickOn(screen(p.biasLeft(2) + b / 2, p.biasTop(2, 3) + b / 2));
        waitFor("the bias field", editor::isOpen);
        robot.interact(() -> editor.field().setText("-1.25"));
        robot.type(KeyCode.ENTER);
        await(s -> s.weights().bias(2, 3) == -1.25);
    }

    @Test
    @DisplayName("should keep 64 units a layer apart, scrolling, with the edges within their budget")
    void wideLayers(FxRobot robot) {
        robot.interact(() -> window.commands().network(NetworkConfig.defaults().withHidden(List.of(64, 64))));
        await(s -> s.weights() != null && s.weights().units(1) == 64);
        networkTab(robot);
        waitFor("the wide layout", () -> view.networkLayout().units(1) == 64);
        NetworkLayout p = view.networkLayout();
        for (int l = 0; l <= p.layers(); l++) {
            for (int i = 1; i < p.units(l); i++) {
                assertTrue(p.y(l, i) - p.y(l, i - 1) > p.node(), "units " + i + " and " + (i + 1) + " apart");
            }
            assertTrue(l == 0 || p.x(l) - p.x(l - 1) > p.node());
        }
        assertTrue(view.scrollBar().isVisible());
        assertTrue(view.drawnEdges() > 0 && view.drawnEdges() <= NetworkEdges.BUDGET, "" + view.drawnEdges());
        robot.interact(() -> view.scrollBar().setValue(view.scrollBar().getMax()));
        assertEquals(p.maxScroll(), view.networkLayout().scroll(), 1e-9);
        assertTrue(p.y(1, 63) < p.rowsBottom(), "the last unit in view once scrolled");
    }

    @Test
    @DisplayName("should show each layer's current ||dW[l]|| below it in the gradient chart's colour")
    void gradientNormsInLayerColours(FxRobot robot) {
        networkTab(robot);
        robot.interact(() -> window.commands().step());
        await(s -> s.step() == 1 && s.grid() != null && s.grid().step() == 1);
        waitFor("the step drawn", () -> WaitForAsyncUtils.asyncFx(() -> view.drawnUnits().step() == 1).get());
        WritableImage shot = canvasShot(robot);
        NetworkLayout p = view.networkLayout();
        for (int l = 1; l <= p.layers(); l++) {
            javafx.scene.paint.Color c = com.backproplab.ui.chart.LayerColors.of(l, p.layers());
            int near = 0;
            int right = Math.min((int) shot.getWidth(), (int) p.x(l) + 22);
            for (int y = (int) p.rowsBottom() + 15; y < (int) p.rowsBottom() + 31; y++) {
                for (int x = (int) p.x(l) - 22; x < right; x++) {
                    javafx.scene.paint.Color q = shot.getPixelReader().getColor(x, y);
                    if (Math.abs(q.getRed() - c.getRed()) + Math.abs(q.getGreen() - c.getGreen())
                            + Math.abs(q.getBlue() - c.getBlue()) < 0.12) {
                        near++;
                    }
                }
            }
            assertTrue(near > 3, "layer " + l + "'s norm in its colour: " + near + " pixels");
        }
    }

    @Test
    @DisplayName("should ask for the units' heatmaps only while the tab or a pinned unit shows them")
    void unitsOnlyWhileShown(FxRobot robot) {
        assertNull(await(s -> s.grid() != null).grid().units(), "the Gradients tab is in front");
        networkTab(robot);
        robot.clickOn(unit(2, 4));
        TabPane tabs = robot.lookup("#perLayerTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> window.commands().step());
        Snapshot stepped = await(s -> s.step() == 1 && s.grid() != null && s.grid().step() == 1);
        assertNotNull(stepped.grid().units(), "the pinned unit is shown");
        robot.clickOn("#unpin");
        robot.interact(() -> window.commands().step());
        assertNull(await(s -> s.step() == 2 && s.grid() != null && s.grid().step() == 2).grid().units());
    }
}
