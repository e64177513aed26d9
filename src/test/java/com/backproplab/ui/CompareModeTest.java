package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.data.Dataset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare mode in the real window: two sides, each its own trainer, driven together by the transport bar. */
@WindowTest
class CompareModeTest {
    private static final int TIMEOUT_S = 8;
    private LabWindow window;
    private int markers;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        window = new LabWindow();
        window.install(stage);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static Snapshot await(String side, Supplier<Snapshot> latest, Predicate<Snapshot> p) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> p.test(latest.get()));
        } catch (TimeoutException e) {
            Snapshot s = latest.get();
            throw new AssertionError("side " + side + ": no snapshot matched in " + TIMEOUT_S + " s; latest: "
                    + (s == null ? "none" : "step " + s.step() + ", playing " + s.playing() + ", optimizer "
                    + s.training().optimizer()));
        }
        return latest.get();
    }

    private Snapshot awaitA(Predicate<Snapshot> p) {
        return await("A", window.session()::latest, p);
    }

    private Snapshot awaitB(Predicate<Snapshot> p) {
        return await("B", window.compare()::latestB, p);
    }

    /**
     * Sends a marker (a speed no control sends) through both trainers' queues and waits until both show it: every
     * command sent before has been handled by then, so the snapshots prove what the commands did or did not do.
     */
    private Snapshot[] settle(FxRobot robot) {
        double marker = 4321.5 + markers++;
        robot.interact(() -> {
            window.session().send(new Command.SetSpeed(marker));
            window.compare().commandsB().send(new Command.SetSpeed(marker));
        });
        return new Snapshot[] {awaitA(s -> s.stepsPerSecond() == marker), awaitB(s -> s.stepsPerSecond() == marker)};
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T node(FxRobot robot, String id) {
        T n = (T) robot.lookup("#" + id).query();
        assertNotNull(n, id);
        return n;
    }

    private static Bounds onScreen(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    private void enter(FxRobot robot) {
        robot.clickOn("#compareToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.compare().activeProperty().get());
        awaitB(s -> s != null);
    }

    private CheckMenuItem menuItem() {
        return (CheckMenuItem) window.menus().view().getItems().stream()
                .filter(i -> "compareMenuItem".equals(i.getId())).findFirst().orElseThrow();
    }

    private BorderPane root() {
        return (BorderPane) window.root();
    }

    // ---- tests -------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("should cost nothing while off: no second trainer, no follower of side A's commands")
    void offByDefault(FxRobot robot) {
        assertFalse(window.compare().activeProperty().get());
        assertNull(window.compare().latestB());
        assertTrue(robot.lookup("#compareCanvasB").tryQuery().isEmpty());
        assertTrue(robot.lookup("#compareView").tryQuery().isEmpty());
        assertFalse(menuItem().isSelected());
    }

    @Test
    @DisplayName("should show two canvases side by side, same size, both sides copying A's setup at step 0")
    void enteringShowsTwoCanvases(FxRobot robot) {
        robot.clickOn("#step");
        robot.clickOn("#step");
        awaitA(s -> s.step() == 2);
        enter(robot);
        DataCanvas a = window.canvas(), b = node(robot, "compareCanvasB");
        assertTrue(a.isVisible() && b.isVisible() && a.getScene() != null && b.getScene() != null);
        Bounds ba = onScreen(a), bb = onScreen(b);
        assertTrue(bb.getMinX() > ba.getMaxX(), "B is right of A: " + ba + " / " + bb);
        assertEquals(ba.getMinY(), bb.getMinY(), 0.5, "the canvases start at the same height");
        assertEquals(ba.getWidth(), bb.getWidth(), 1.0);
        assertEquals(ba.getHeight(), bb.getHeight(), 0.5);
        assertTrue(ba.getWidth() > 300, "a canvas is " + ba.getWidth() + " px wide");
        Snapshot[] s = settle(robot);
        assertEquals(0, s[0].step(), "side A starts again from its initialization");
        assertEquals(0, s[1].step());
        assertFalse(s[0].playing() || s[1].playing());
        assertEquals(s[0].network(), s[1].network());
        assertEquals(s[0].training(), s[1].training());
        assertEquals(s[0].dataSettings(), s[1].dataSettings());
        assertSame(s[0].data(), s[1].data());
        assertEquals(s[0].metrics(), s[1].metrics(), "same seed, same weights, same cost");
        Label chipA = node(robot, "compareLabelA"), chipB = node(robot, "compareLabelB");
        assertEquals("A", chipA.getText());
        assertEquals("B · same as A", chipB.getText());
        TabPane tabs = node(robot, "compareTabs");
        assertEquals(2, tabs.getTabs().size());
        assertTrue(menuItem().isSelected(), "the View item is checked");
    }

    @Test
    @DisplayName("should send a setting changed on side B to B's trainer only, and name the difference")
    void settingOnSideBReachesOnlyB(FxRobot robot) {
        enter(robot);
        TabPane tabs = node(robot, "compareTabs");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        CompareSettings settings = window.compare().settingsB();
        ComboBox<OptimizerKind> optimizer = robot.from(settings).lookup("#optimizer").query();
        TextField l2 = robot.from(settings).lookup("#l2").query();
        robot.interact(() -> {
            optimizer.setValue(OptimizerKind.MOMENTUM);
            l2.setText("0.05");
            l2.fireEvent(new ActionEvent());
        });
        Snapshot[] s = settle(robot);
        assertEquals(OptimizerKind.MOMENTUM, s[1].training().optimizer());
        assertEquals(0.05, s[1].training().l2());
        assertEquals(OptimizerKind.ADAM, s[0].training().optimizer(), "side A keeps its optimizer");
        assertEquals(0.0, s[0].training().l2());
        assertEquals(OptimizerKind.ADAM, window.commands().training().optimizer());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A · Adam · L2 λ 0", ((Label) node(robot, "compareLabelA")).getText());
        assertEquals("B · Momentum · L2 λ 0.05", ((Label) node(robot, "compareLabelB")).getText());
    }

    @Test
    @DisplayName("should re-initialize side B alone when B's network changes, leaving side A's run as it is")
    void networkChangeOnBLeavesA(FxRobot robot) {
        enter(robot);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#step");
        }
        Snapshot[] stepped = settle(robot);
        assertEquals(3, stepped[0].step());
        assertEquals(3, stepped[1].step());
        ComboBox<Activation> activation = robot.from(window.compare().settingsB()).lookup("#activation").query();
        robot.interact(() -> activation.setValue(Activation.RELU));
        Snapshot[] s = settle(robot);
        assertEquals(Activation.RELU, s[1].network().activation());
        assertEquals(0, s[1].step(), "B starts again from its new initialization");
        assertEquals(Activation.TANH, s[0].network().activation());
        assertEquals(3, s[0].step(), "A goes on");
        assertEquals(stepped[0].metrics(), s[0].metrics());
    }

    @Test
    @DisplayName("should train both sides on Play, step both on Step and restart both on Reset")
    void transportDrivesBoth(FxRobot robot) {
        enter(robot);
        robot.clickOn("#play");
        awaitA(s -> s.playing() && s.step() > 20);
        awaitB(s -> s.playing() && s.step() > 20);
        robot.clickOn("#play");
        awaitA(s -> !s.playing());
        awaitB(s -> !s.playing());
        Snapshot[] before = settle(robot);
        robot.clickOn("#step");
        Snapshot[] after = settle(robot);
        assertEquals(before[0].step() + 1, after[0].step());
        assertEquals(before[1].step() + 1, after[1].step());
        robot.clickOn("#reset");
        Snapshot[] reset = settle(robot);
        assertEquals(0, reset[0].step());
        assertEquals(0, reset[1].step());
    }

    @Test
    @DisplayName("should give side B every change of the shared points")
    void pointsAreShared(FxRobot robot) {
        enter(robot);
        robot.clickOn("#compareClear");
        awaitB(s -> s.data().size() == 0);
        Dataset three = Dataset.of(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new int[] {1, 0, 1});
        robot.interact(() -> window.points().replace(three));
        assertEquals(three, awaitB(s -> s.data().size() == 3).data());
        robot.clickOn("#compareUndo");
        awaitB(s -> s.data().size() == 0);
    }

    @Test
    @DisplayName("should give back the single view on exit, keeping side A's run and closing side B")
    void exitKeepsA(FxRobot robot) throws TimeoutException {
        Node left = root().getLeft(), centre = root().getCenter(), right = root().getRight();
        enter(robot);
        robot.clickOn("#play");
        awaitA(s -> s.step() > 20);
        robot.clickOn("#play");
        Snapshot a = settle(robot)[0];
        robot.clickOn("#compareExit");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.compare().activeProperty().get());
        assertNull(window.compare().latestB());
        assertSame(left, root().getLeft());
        assertSame(centre, root().getCenter());
        assertSame(right, root().getRight());
        assertTrue(window.canvas().getScene() != null, "side A's canvas is back in the single view");
        assertTrue(robot.lookup("#compareCanvasB").tryQuery().isEmpty());
        assertFalse(((ToggleButton) node(robot, "compareToggle")).isSelected());
        // Paused, side A publishes once more by itself: the single view's charts, left alone meanwhile, catch up.
        awaitA(s -> s.version() > a.version());
        robot.interact(() -> window.session().send(new Command.SetSpeed(99.5)));
        Snapshot kept = awaitA(s -> s.stepsPerSecond() == 99.5);
        assertEquals(a.step(), kept.step(), "side A's run goes on where it was");
        assertEquals(a.metrics(), kept.metrics());
        // Play now drives side A alone, and the second trainer thread is gone.
        robot.clickOn("#play");
        awaitA(s -> s.step() > a.step());
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("backprop-trainer")).count() == 1);
    }

    @Test
    @DisplayName("should enter and leave from the View menu too")
    void viewMenu(FxRobot robot) {
        assertEquals("Compare side by side", menuItem().getText());
        robot.clickOn("#viewMenu").clickOn("Compare side by side");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.compare().activeProperty().get());
        assertTrue(menuItem().isSelected());
        assertTrue(((ToggleButton) node(robot, "compareToggle")).isSelected());
        assertNotNull(robot.lookup("#compareCanvasB").query());
        robot.clickOn("#viewMenu").clickOn("Compare side by side");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.compare().activeProperty().get());
        assertTrue(robot.lookup("#compareCanvasB").tryQuery().isEmpty());
    }
}
