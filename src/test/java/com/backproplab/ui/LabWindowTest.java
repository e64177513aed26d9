package com.backproplab.ui;

import com.backproplab.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@WindowTest
class LabWindowTest {
    private static final int TIMEOUT_S = 6;
    private LabWindow window;
    private int markers;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    private Stage stage;

    @Start
    void start(Stage primary) {
        // A stage of its own: the window sizes its stage to the screen, which must not stay with TestFX's primary
        // stage for the tests that come after.
        stage = new Stage();
        window = new LabWindow();
        window.install(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        // Exceptions thrown in FX event handlers land here; every test asserts there were none.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(stage::close).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    /** Shows the side panel's tab {@code title} (Data, Network, Training): its controls are then on screen. */
    private void tab(FxRobot robot, String title) {
        javafx.scene.control.TabPane side = node(robot, "sidePanel");
        robot.interact(() -> side.getSelectionModel().select(
                side.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Snapshot await(Predicate<Snapshot> p) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> p.test(window.session().latest()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no snapshot matched in " + TIMEOUT_S + " s; latest: step "
                    + window.session().latest().step() + ", points " + window.session().latest().data().size()
                    + ", divergence " + window.session().latest().divergence() + ", playing "
                    + window.session().latest().playing() + ", problem " + window.session().latest().dataProblem());
        }
        return window.session().latest();
    }

    private Snapshot latest() {
        return window.session().latest();
    }

    /**
     * Sends a marker (a speed no control sends) through the trainer's queue and waits for the snapshot that shows
     * it: every command sent before has been handled by then, so the snapshot proves what they did, or did not do.
     */
    private Snapshot settle(FxRobot robot) {
        double marker = 1234.5 + markers++;
        robot.interact(() -> window.session().send(new Command.SetSpeed(marker)));
        return await(s -> s.stepsPerSecond() == marker);
    }

    /** Runs a file action on the FX thread and waits until the window shows its outcome; returns its message. */
    private String done(FxRobot robot, Supplier<CompletableFuture<String>> action) throws Exception {
        @SuppressWarnings("unchecked")
        CompletableFuture<String>[] f = new CompletableFuture[1];
        robot.interact(() -> f[0] = action.get());
        return f[0].get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private String captionText(FxRobot robot) {
        ExperimentCaption caption = node(robot, "experimentCaption");
        return caption.text();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(FxRobot robot, String id) {
        T n = (T) robot.lookup("#" + id).query();
        assertNotNull(n, id);
        return n;
    }

    private void clear(FxRobot robot) {
        robot.interact(() -> window.points().clear());
        await(s -> s.data().size() == 0);
    }

    /** The screen point (whole pixels) nearest to data point (x1, x2). */
    private Point2D screenOf(double x1, double x2) {
        DataCanvas c = window.canvas();
        Point2D p = c.localToScreen(c.toPixelX(x1), c.toPixelY(x2));
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    /** Data coordinates of a screen point. */
    private double[] dataOf(Point2D screen) {
        DataCanvas c = window.canvas();
        Point2D local = c.screenToLocal(screen);
        return new double[] {c.toDataX(local.getX()), c.toDataY(local.getY())};
    }

    private void type(FxRobot robot, String fieldId, String text) {
        TextField f = node(robot, fieldId);
        robot.interact(() -> {
            f.setText(text);
            f.fireEvent(new ActionEvent());
        });
    }

    // ---- drawing points ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("should add a class 1 point at the clicked data coordinate on a left click")
    void leftClickAddsClass1(FxRobot robot) {
        clear(robot);
        Point2D at = screenOf(2.0, -1.5);
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        Snapshot s = await(x -> x.data().size() == 1);
        double[] expected = dataOf(at);
        double halfPixel = 0.5 * window.canvas().dataPerPixel();
        assertEquals(1, s.data().label(0));
        assertEquals(expected[0], s.data().x1(0), halfPixel);
        assertEquals(expected[1], s.data().x2(0), halfPixel);
        assertEquals(2.0, s.data().x1(0), 2 * window.canvas().dataPerPixel());
        assertEquals(-1.5, s.data().x2(0), 2 * window.canvas().dataPerPixel());
    }

    @Test
    @DisplayName("should add class 0 on a right click and on Shift+click")
    void rightClickAddsClass0(FxRobot robot) {
        clear(robot);
        robot.moveTo(screenOf(-3, 3)).clickOn(MouseButton.SECONDARY);
        Snapshot s = await(x -> x.data().size() == 1);
        assertEquals(0, s.data().label(0));
        assertEquals(-3, s.data().x1(0), 2 * window.canvas().dataPerPixel());
        robot.moveTo(screenOf(3, 3)).press(KeyCode.SHIFT).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        s = await(x -> x.data().size() == 2);
        assertEquals(0, s.data().label(1));
        assertEquals(3, s.data().x1(1), 2 * window.canvas().dataPerPixel());
    }

    @Test
    @DisplayName("should paint spaced points along a drag, all of the pressed class")
    void dragPaints(FxRobot robot) {
        clear(robot);
        Point2D from = screenOf(-4, 0), to = screenOf(4, 0);
        double pixels = to.getX() - from.getX();
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        Snapshot s = await(x -> x.data().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        Dataset d = window.points().data();
        int expected = 1 + (int) (pixels / DataCanvas.STROKE_SPACING_PX);
        assertTrue(d.size() >= expected - 2 && d.size() <= expected + 1,
                "a drag over " + pixels + " px painted " + d.size() + " points, expected about " + expected);
        for (int i = 0; i < d.size(); i++) {
            assertEquals(1, d.label(i));
            assertEquals(0, d.x2(i), 2 * window.canvas().dataPerPixel());
        }
        assertEquals(d.size(), await(x -> x.data().size() == d.size()).data().size());
        // One stroke is one undo step.
        robot.interact(() -> window.points().undo());
        assertEquals(0, await(x -> x.data().size() == 0).data().size());
        assertNotNull(s);
    }

    @Test
    @DisplayName("should remove the points under the brush in eraser mode")
    void eraser(FxRobot robot) {
        clear(robot);
        robot.interact(() -> window.points().replace(Dataset.of(new double[] {1, 1.1, -4}, new double[] {1, 1, -4},
                new int[] {1, 0, 1})));
        await(s -> s.data().size() == 3);
        robot.clickOn("#eraser");
        robot.moveTo(screenOf(1.05, 1)).clickOn(MouseButton.PRIMARY);
        Snapshot s = await(x -> x.data().size() == 1);
        assertEquals(-4, s.data().x1(0), 1e-12);
    }

    @Test
    @DisplayName("should restore cleared points with Ctrl+Z while the canvas has focus")
    void undoClear(FxRobot robot) {
        Dataset before = window.points().data();
        assertEquals(400, before.size());
        robot.clickOn("#clear");
        await(s -> s.data().size() == 0);
        robot.interact(() -> window.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Snapshot s = await(x -> x.data().size() == 400);
        assertEquals(before, s.data());
    }

    // ---- transport ---------------------------------------------------------------------------------------------

    @Test
    @DisplayName("should train on XOR when playing (steps up, cost down) and stop on pause")
    void playAndPauseOnXor(FxRobot robot) throws Exception {
        ComboBox<Preset> preset = node(robot, "presetChoice");
        robot.interact(() -> preset.setValue(Preset.XOR));
        Dataset xor = Preset.XOR.generate(400, 0.2, 1);
        robot.interact(() -> window.commands().reset());
        Snapshot start = await(s -> s.data().equals(xor) && s.step() == 0);
        double cost0 = start.metrics().trainCost();
        robot.clickOn("#play");
        Snapshot trained = await(s -> s.step() > 200 && s.metrics().trainCost() < 0.6 * cost0);
        assertTrue(trained.playing());
        Label counter = node(robot, "stepCounter");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> Long.parseLong(counter.getText().replace(",", "")) > 200);
        robot.clickOn("#play");
        Snapshot paused = await(s -> !s.playing());
        assertEquals(paused.step(), settle(robot).step(), "no step after the pause");
    }

    @Test
    @DisplayName("should open at a lecture-friendly 300 steps/s, with max still at the slider's end")
    void defaultSpeed(FxRobot robot) {
        Label value = node(robot, "speedValue");
        assertEquals("300 steps/s", value.getText());
        assertEquals(LabWindow.DEFAULT_STEPS_PER_SECOND, await(x -> x.stepsPerSecond() < 1000).stepsPerSecond(),
                1.0);
        javafx.scene.control.Slider speed = node(robot, "speed");
        robot.interact(() -> speed.setValue(speed.getMax()));
        assertEquals("max", value.getText());
        assertTrue(Double.isInfinite(await(x -> Double.isInfinite(x.stepsPerSecond())).stepsPerSecond()));
    }

    @Test
    @DisplayName("should advance exactly one step per Step click and per S key")
    void stepOnce(FxRobot robot) {
        long s0 = latest().step();
        robot.clickOn("#step");
        await(s -> s.step() == s0 + 1);
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.S);
        await(s -> s.step() == s0 + 2);
        robot.type(KeyCode.RIGHT);
        await(s -> s.step() == s0 + 3);
        Snapshot settled = settle(robot);
        assertEquals(s0 + 3, settled.step(), "one step per press, no more");
        assertFalse(settled.playing());
    }

    @Test
    @DisplayName("should toggle play with Space while the canvas or a slider has focus, but not while typing in a field")
    void spaceShortcut(FxRobot robot) {
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.SPACE);
        await(Snapshot::playing);
        robot.type(KeyCode.SPACE);
        await(s -> !s.playing());
        // A slider does not use Space: after a drag of the speed, Space still plays and pauses.
        javafx.scene.control.Slider speed = node(robot, "speed");
        robot.interact(speed::requestFocus);
        assertTrue(speed.isFocused());
        robot.type(KeyCode.SPACE);
        await(Snapshot::playing);
        robot.type(KeyCode.SPACE);
        await(s -> !s.playing());
        TextField lr = node(robot, "learningRate");
        tab(robot, "Training");
        robot.interact(lr::requestFocus);
        assertTrue(lr.isFocused());
        robot.type(KeyCode.SPACE);
        assertFalse(settle(robot).playing(), "the space in the field did not reach the trainer");
        assertTrue(lr.getText().contains(" "), "the space went into the field");
    }

    @Test
    @DisplayName("should toggle twice for two quick presses, before the trainer has answered the first")
    void quickDoubleToggle(FxRobot robot) {
        assertFalse(latest().playing());
        // Both presses in one FX event: no snapshot can arrive between them.
        robot.interact(() -> {
            window.commands().togglePlay();
            window.commands().togglePlay();
        });
        assertFalse(settle(robot).playing(), "play then pause leaves the session paused");
    }

    @Test
    @DisplayName("should draw every weight of the network as an edge, coloured by sign, in the Network tab")
    void networkGraph(FxRobot robot) {
        javafx.scene.control.TabPane tabs = node(robot, "perLayerTabs");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        NetworkView view = node(robot, "networkView");
        robot.clickOn("#step");
        await(x -> x.step() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, await(x -> x.weights() != null && x.step() >= 1).weights().layers());
        // The default 2-8-8-1 network: 2*8 + 8*8 + 8*1 weights.
        assertEquals(88, waitForEdges(view, 88));
        javafx.scene.image.WritableImage img = snapshotOf(robot, view.canvas());
        int blue = 0, orange = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                javafx.scene.paint.Color c = img.getPixelReader().getColor(x, y);
                if (c.getBlue() > c.getRed() + 0.2) {
                    blue++;
                } else if (c.getRed() > c.getBlue() + 0.2) {
                    orange++;
                }
            }
        }
        assertTrue(blue > 50 && orange > 50, "blue " + blue + ", orange " + orange);
    }

    private int waitForEdges(NetworkView view, int expected) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < end && view.drawnEdges() != expected) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        return view.drawnEdges();
    }

    private static javafx.scene.image.WritableImage snapshotOf(FxRobot robot, javafx.scene.canvas.Canvas canvas) {
        javafx.scene.image.WritableImage[] out = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> out[0] = canvas.snapshot(null, null));
        return out[0];
    }

    @Test
    @DisplayName("should toggle the FPS overlay with F3")
    void fpsOverlay(FxRobot robot) {
        Label overlay = node(robot, "fpsOverlay");
        assertFalse(overlay.isVisible());
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.F3);
        assertTrue(overlay.isVisible());
        assertTrue(overlay.getText().contains("fps"), overlay.getText());
        robot.type(KeyCode.F3);
        assertFalse(overlay.isVisible());
    }

    @Test
    @DisplayName("should paint the heatmap in the palette colour of the network's P(y=1)")
    void heatmapColours(FxRobot robot) {
        Snapshot s = await(x -> x.grid() != null);
        DataCanvas c = window.canvas();
        double x = 5.7, y = -5.7; // a corner without points
        robot.interact(() -> c.render(s));
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = c.snapshot(null, null));
        int px = (int) Math.round(c.toPixelX(x)), py = (int) Math.round(c.toPixelY(y));
        int drawn = shot[0].getPixelReader().getArgb(px, py);
        int expected = com.backproplab.plot.Palette.heat(c.probabilityAt(x, y));
        for (int shift = 0; shift <= 16; shift += 8) {
            int a = (drawn >> shift) & 255, b = (expected >> shift) & 255;
            assertTrue(Math.abs(a - b) <= 12, String.format("pixel %06X, palette %06X", drawn & 0xFFFFFF,
                    expected & 0xFFFFFF));
        }
    }

    // ---- network and training controls -------------------------------------------------------------------------

    @Test
    @DisplayName("should resize the network when the number of hidden layers changes")
    void layers(FxRobot robot) {
        Spinner<Integer> layers = node(robot, "layers");
        robot.interact(() -> layers.getValueFactory().setValue(4));
        Snapshot s = await(x -> x.network().hidden().size() == 4);
        assertEquals(List.of(8, 8, 8, 8), s.network().hidden());
        assertEquals(4, robot.lookup("#perLayerUnits .spinner").queryAll().size());
        Spinner<Integer> third = node(robot, "layerUnits2");
        robot.interact(() -> third.getValueFactory().setValue(5));
        await(x -> x.network().hidden().equals(List.of(8, 8, 5, 8)));
        robot.clickOn("#step");
        s = await(x -> x.step() == 1 && x.layers().layers() == 5);
        assertEquals(5, s.history().layers());
        robot.interact(() -> layers.getValueFactory().setValue(0));
        await(x -> x.network().hidden().isEmpty());
    }

    @Test
    @DisplayName("should switch batch norm on with its checkbox and still lower the cost on XOR")
    void batchNorm(FxRobot robot) {
        CheckBox bn = node(robot, "batchNorm");
        assertFalse(bn.isSelected());
        assertTrue(bn.getTooltip().getText().contains("mini-batch"));
        ComboBox<Preset> preset = node(robot, "presetChoice");
        robot.interact(() -> preset.setValue(Preset.XOR));
        robot.clickOn("#batchNorm");
        Dataset xor = Preset.XOR.generate(400, 0.2, 1);
        Snapshot start = await(s -> s.network().batchNorm() && s.data().equals(xor) && s.step() == 0);
        double cost0 = start.metrics().trainCost();
        robot.clickOn("#play");
        Snapshot trained = await(s -> s.step() > 100 && s.metrics().trainCost() < 0.6 * cost0);
        assertTrue(trained.network().batchNorm());
        robot.clickOn("#play");
        await(s -> !s.playing());
        robot.clickOn("#batchNorm");
        assertFalse(await(s -> !s.network().batchNorm()).network().batchNorm());
    }

    @Test
    @DisplayName("should show the divergence banner for gradient descent at lr 50 with ReLU and init scale 10, and"
            + " recover on Reset")
    void divergence(FxRobot robot) {
        // ReLU, not tanh: tanh saturates, its cost stays finite and training never diverges. Gradient descent, not
        // Adam, whose steps of about the learning rate each keep the cost finite.
        ComboBox<Activation> act = node(robot, "activation");
        ComboBox<InitScheme> init = node(robot, "init");
        ComboBox<OptimizerKind> opt = node(robot, "optimizer");
        Spinner<Double> scale = node(robot, "initScale");
        assertTrue(scale.isDisabled(), "the scale is for init 'scaled' only");
        robot.interact(() -> {
            act.setValue(Activation.RELU);
            init.setValue(InitScheme.SCALED);
            opt.setValue(OptimizerKind.GD);
        });
        assertFalse(scale.isDisabled());
        robot.interact(() -> scale.getValueFactory().setValue(10.0));
        type(robot, "learningRate", "50");
        await(s -> s.training().learningRate() == 50 && s.network().initScale() == 10
                && s.network().activation() == Activation.RELU && s.training().optimizer() == OptimizerKind.GD);
        robot.clickOn("#play");
        Snapshot d = await(s -> s.divergence() != null);
        assertFalse(d.playing());
        WaitForAsyncUtils.waitForFxEvents();
        Node banner = node(robot, "divergenceBanner");
        Label text = node(robot, "divergenceBannerText");
        assertTrue(banner.isVisible());
        assertEquals(d.divergence().message(), text.getText());
        assertTrue(text.getText().contains("step " + d.divergence().step()), text.getText());
        // Fix the learning rate: the banner stays until Reset.
        type(robot, "learningRate", "0.01");
        await(s -> s.training().learningRate() == 0.01);
        assertNotNull(latest().divergence());
        robot.clickOn("#bannerReset");
        Snapshot r = await(s -> s.divergence() == null);
        assertEquals(0, r.step());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible());
        // Fix the init too, then it trains again.
        robot.interact(() -> init.setValue(InitScheme.HE));
        await(s -> s.network().init() == InitScheme.HE);
        robot.clickOn("#play");
        Snapshot ok = await(s -> s.step() > 50);
        assertNull(ok.divergence());
        assertTrue(Double.isFinite(ok.metrics().trainCost()));
    }

    @Test
    @DisplayName("should accept edits while training: learning rate, points and layers")
    void editsWhilePlaying(FxRobot robot) {
        robot.clickOn("#play");
        await(s -> s.playing() && s.step() > 10);
        type(robot, "learningRate", "0.03");
        await(s -> s.training().learningRate() == 0.03 && s.playing());
        int n = latest().data().size();
        robot.moveTo(screenOf(5, 5)).clickOn(MouseButton.PRIMARY);
        robot.moveTo(screenOf(-5, 5)).clickOn(MouseButton.SECONDARY);
        await(s -> s.data().size() == n + 2);
        Spinner<Integer> layers = node(robot, "layers");
        robot.interact(() -> layers.getValueFactory().setValue(3));
        Snapshot s3 = await(s -> s.network().hidden().size() == 3 && s.playing());
        long step = s3.step();
        Snapshot later = await(s -> s.step() > step + 20 && s.layers().layers() == 4);
        assertTrue(later.playing());
        assertEquals(0.03, later.training().learningRate());
    }

    @Test
    @DisplayName("should show the sentence of an invalid hyperparameter and not send it")
    void invalidValue(FxRobot robot) {
        type(robot, "keepProb", "1.5");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = node(robot, "trainingError");
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("keep_prob must be in (0, 1]"), error.getText());
        type(robot, "learningRate", "abc");
        assertTrue(error.getText().contains("Not applied: The learning rate must be a number"), error.getText());
        type(robot, "learningRate", "0.02");
        type(robot, "keepProb", "0.8");
        Snapshot s = await(x -> x.training().keepProb() == 0.8);
        assertEquals(0.02, s.training().learningRate());
        assertFalse(error.isVisible());
    }

    @Test
    @DisplayName("should show only the hyperparameters of the chosen optimizer")
    void optimizerFields(FxRobot robot) {
        ComboBox<OptimizerKind> opt = node(robot, "optimizer");
        Node beta = node(robot, "beta"), beta1 = node(robot, "beta1"), beta2 = node(robot, "beta2"),
                eps = node(robot, "epsilon");
        assertFalse(beta.isVisible());
        assertTrue(beta1.isVisible() && beta2.isVisible() && eps.isVisible());
        robot.interact(() -> opt.setValue(OptimizerKind.MOMENTUM));
        assertTrue(beta.isVisible());
        assertFalse(beta1.isVisible() || beta2.isVisible() || eps.isVisible());
        robot.interact(() -> opt.setValue(OptimizerKind.RMSPROP));
        assertTrue(beta2.isVisible() && eps.isVisible());
        assertFalse(beta.isVisible() || beta1.isVisible());
        robot.interact(() -> opt.setValue(OptimizerKind.GD));
        assertFalse(beta.isVisible() || beta1.isVisible() || beta2.isVisible() || eps.isVisible());
        assertEquals(OptimizerKind.GD, await(s -> s.training().optimizer() == OptimizerKind.GD).training().optimizer());
    }

    // ---- files -------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("should show the file and line of a malformed CSV and keep the current points")
    void malformedCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n1,2,1\n3,abc,0\n");
        Dataset before = window.points().data();
        String message = done(robot, () -> window.files().loadCsv(bad));
        assertNotNull(message);
        assertTrue(message.contains("bad.csv:3"), message);
        Label shown = node(robot, "noticeBannerText");
        assertTrue(shown.isVisible());
        assertEquals(message, shown.getText());
        assertEquals(before, window.points().data());
        assertEquals("Backprop Lab", window.titleProperty().get());

        Path good = dir.resolve("far.csv");
        Files.writeString(good, "x1,x2,label\n10,20,1\n-10,0,0\n");
        assertNull(done(robot, () -> window.files().loadCsv(good)));
        Snapshot s = await(x -> x.data().size() == 2);
        assertEquals("Backprop Lab — *far.csv", window.titleProperty().get(), "an imported CSV names the session");
        javafx.scene.control.ComboBox<?> presetBox = robot.lookup("#presetChoice").queryAs(javafx.scene.control.ComboBox.class);
        assertNull(presetBox.getValue(), "the preset box no longer claims the points are a spiral");
        assertEquals(2, latest().data().size(), "showing the loaded state drew nothing");
        assertTrue(window.canvas().viewport().yMax() >= 20, "the view fits the loaded points");
        assertTrue(s.grid().viewport().yMax() >= 20 || await(x -> x.grid().viewport().yMax() >= 20) != null);
        robot.interact(() -> window.points().undo());
        assertEquals(before, await(x -> x.data().size() == 400).data());
    }

    // ---- experiment files --------------------------------------------------------------------------------------

    /** A ReLU 5-3 network with momentum on a small CSV beside the experiment, with saved weights at step 37. */
    private static Path writeExperiment(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i % 7 - 3).append(',').append(i % 5 - 2).append(',').append(i % 2).append('\n');
        }
        Files.writeString(dir.resolve("data/pts.csv"), csv);
        NetworkConfig nc = new NetworkConfig(List.of(5, 3), Activation.RELU, InitScheme.HE, 1.0, 42);
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.MOMENTUM).withLearningRate(0.05);
        Network net = Network.initialize(nc);
        double[][][] w = new double[net.layers()][][];
        double[][] b = new double[net.layers()][];
        for (int l = 1; l <= net.layers(); l++) {
            w[l - 1] = net.weights(l);
            b[l - 1] = net.biases(l);
        }
        Experiment e = new Experiment(Experiment.VERSION, "ReLU demo", "Watch the kinks of a ReLU boundary.", nc, tc,
                new ExperimentData("data/pts.csv", null, 0.25, 3, false),
                new Parameters(w, b, 37, 4, 0, null));
        Path file = dir.resolve("demo.json");
        ExperimentJson.write(file, e);
        return file;
    }

    @Test
    @DisplayName("should open an experiment: controls, snapshot, caption and title show it, paused at its step")
    void openExperiment(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = writeExperiment(dir);
        Dataset before = window.points().data();
        assertNull(done(robot, () -> window.openExperiment(file)));
        Snapshot s = await(x -> x.step() == 37 && x.data().size() == 30);
        assertEquals(List.of(5, 3), s.network().hidden());
        assertEquals(Activation.RELU, s.network().activation());
        assertEquals(OptimizerKind.MOMENTUM, s.training().optimizer());
        assertEquals(0.05, s.training().learningRate());
        assertEquals(0.25, s.dataSettings().devFraction());
        assertEquals(3, s.dataSettings().splitSeed());
        assertFalse(s.dataSettings().normalize());
        assertEquals(4, s.epoch());
        assertFalse(s.playing());

        Spinner<Integer> layers = node(robot, "layers");
        Spinner<Integer> first = node(robot, "layerUnits0"), second = node(robot, "layerUnits1");
        ComboBox<Activation> act = node(robot, "activation");
        ComboBox<OptimizerKind> opt = node(robot, "optimizer");
        TextField lr = node(robot, "learningRate");
        assertEquals(2, layers.getValue());
        assertEquals(5, first.getValue());
        assertEquals(3, second.getValue());
        assertEquals(Activation.RELU, act.getValue());
        assertEquals(OptimizerKind.MOMENTUM, opt.getValue());
        assertEquals("0.05", lr.getText());
        Node caption = node(robot, "experimentCaption");
        assertTrue(caption.isVisible());
        String text = captionText(robot);
        assertTrue(text.contains("ReLU demo") && text.contains("Watch the kinks of a ReLU boundary."), text);
        assertEquals("Backprop Lab — demo.json", window.titleProperty().get());

        // Nothing more was sent after the experiment: the step stays, and the controls agree with the trainer.
        assertEquals(37, settle(robot).step());
        // The points the experiment replaced are one Ctrl+Z away.
        robot.interact(() -> window.points().undo());
        assertEquals(before, await(x -> x.data().equals(before)).data());
        // A preset replaces the experiment's points wholesale: its caption goes with them.
        ComboBox<Preset> preset = node(robot, "presetChoice");
        robot.interact(() -> preset.setValue(Preset.MOONS));
        assertEquals("", captionText(robot));
        assertFalse(caption.isVisible());
    }

    @Test
    @DisplayName("should show the one-line message of a malformed experiment and change nothing")
    void malformedExperiment(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"version\": 1, \"network\": { \"hidden\": [3] },\n"
                + "  \"training\": { \"learningrat\": 0.5 },\n"
                + "  \"data\": { \"points\": [[0, 0, 0], [1, 1, 1]] } }\n");
        await(x -> x.grid() != null);
        Snapshot before = latest();
        Dataset points = window.points().data();
        String message = done(robot, () -> window.openExperiment(bad));
        assertNotNull(message);
        assertTrue(message.contains("training.learningrat: unknown key"), message);
        assertFalse(message.contains("\n"));
        Label shown = node(robot, "noticeBannerText");
        assertTrue(shown.isVisible());
        assertEquals(message, shown.getText());
        Snapshot after = settle(robot);
        // No command changed the trainer's state.
        assertEquals(before.network(), after.network());
        assertEquals(before.training(), after.training());
        assertEquals(before.dataSettings(), after.dataSettings());
        assertEquals(before.data(), after.data());
        assertEquals(before.step(), after.step());
        assertEquals(points, window.points().data());
        assertEquals("Backprop Lab", window.titleProperty().get());
        Spinner<Integer> layers = node(robot, "layers");
        TextField lr = node(robot, "learningRate");
        assertEquals(2, layers.getValue());
        assertEquals("0.01", lr.getText());
        assertEquals("", captionText(robot));
        assertTrue(((Button) node(robot, "undo")).isDisable(), "nothing went on the undo stack");
    }

    /** Saves through the window (the trainer exports its weights) and waits; returns the error message or null. */
    private String save(FxRobot robot, Path out) throws Exception {
        return done(robot, () -> window.files().saveExperiment(out));
    }

    @Test
    @DisplayName("should save an experiment with its trained weights that reads back with the same configs and points")
    void saveExperiment(FxRobot robot, @TempDir Path dir) throws Exception {
        Spinner<Integer> layers = node(robot, "layers");
        robot.interact(() -> layers.getValueFactory().setValue(3));
        type(robot, "learningRate", "0.03");
        robot.clickOn("#batchNorm");
        robot.moveTo(screenOf(4, 4)).clickOn(MouseButton.PRIMARY);
        Snapshot s = await(x -> x.network().hidden().size() == 3 && x.training().learningRate() == 0.03
                && x.network().batchNorm() && x.data().size() == 401);
        robot.clickOn("#step");
        Snapshot stepped = await(x -> x.step() == s.step() + 1);
        Path out = dir.resolve("saved.json");
        assertNull(save(robot, out));
        Experiment e = ExperimentJson.read(out);
        // The trained weights come along: the step count and the shapes of the trainer's network.
        assertEquals(stepped.step(), e.parameters().step());
        assertEquals(4, e.parameters().weights().length);
        assertEquals(3, e.parameters().gamma().length, "batch norm's gamma of the 3 hidden layers");
        assertEquals(s.network(), e.network());
        assertEquals(s.training(), e.training());
        assertEquals(s.data(), e.data().points());
        assertNull(e.data().file(), "the points are inline: the file stands alone");
        assertEquals(s.dataSettings().devFraction(), e.data().devFraction());
        assertEquals(s.dataSettings().splitSeed(), e.data().splitSeed());
        assertEquals(s.dataSettings().normalize(), e.data().normalize());
        assertNull(e.title());
        assertEquals("Backprop Lab — saved.json", window.titleProperty().get());
    }

    @Test
    @DisplayName("should keep an opened experiment's title and caption when saving it again")
    void reopenAndSave(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = writeExperiment(dir);
        assertNull(done(robot, () -> window.openExperiment(file)));
        await(x -> x.step() == 37);
        Path out = dir.resolve("again.json");
        assertNull(save(robot, out));
        assertEquals(37, ExperimentJson.read(out).parameters().step(), "the opened weights are saved again");
        Experiment a = ExperimentJson.read(file), b = ExperimentJson.read(out);
        assertEquals(a.title(), b.title());
        assertEquals(a.caption(), b.caption());
        assertEquals(a.network(), b.network());
        assertEquals(a.training(), b.training());
        assertEquals(a.data().load(file), b.data().points());
        assertEquals(a.data().devFraction(), b.data().devFraction());
        assertEquals(a.data().splitSeed(), b.data().splitSeed());
        // Reading the saved file back into the window gives the same state again.
        assertNull(done(robot, () -> window.openExperiment(out)));
        assertEquals(a.network(), await(x -> x.step() == 37 && x.network().equals(a.network())).network());
    }

    // ---- the FX thread never waits -----------------------------------------------------------------------------

    /** Occupies the window's file thread until {@code gate} opens: the next file action queues behind it. */
    private void holdFileThread(FxRobot robot, CountDownLatch gate) {
        robot.interact(() -> window.files().tasks().run("Holding the file thread",
                () -> gate.await(TIMEOUT_S, TimeUnit.SECONDS), (result, e) -> null));
    }

    @Test
    @DisplayName("should read a file off the FX thread, showing a busy state, the window responsive meanwhile")
    void busyWhileReading(FxRobot robot, @TempDir Path dir) throws Exception {
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "x1,x2,label\n1,2,1\n-1,0,0\n");
        CountDownLatch gate = new CountDownLatch(1);
        holdFileThread(robot, gate);
        @SuppressWarnings("unchecked")
        CompletableFuture<String>[] loading = new CompletableFuture[1];
        robot.interact(() -> loading[0] = window.files().loadCsv(csv));
        Banner busy = node(robot, "busyBanner");
        assertTrue(busy.isVisible());
        // The file waits, the FX thread does not: Space still goes through it to the trainer.
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.SPACE);
        await(Snapshot::playing);
        assertFalse(loading[0].isDone());
        assertEquals(400, window.points().data().size());
        gate.countDown();
        assertNull(loading[0].get(TIMEOUT_S, TimeUnit.SECONDS));
        assertFalse(busy.isVisible());
        assertEquals(2, await(s -> s.data().size() == 2).data().size());
        assertEquals("Backprop Lab — *two.csv", window.titleProperty().get());
    }

    @Test
    @DisplayName("should close without waiting on the FX thread, and finish writing a file before the session stops")
    void closeFinishesWrites(FxRobot robot, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("points.csv");
        CountDownLatch gate = new CountDownLatch(1);
        holdFileThread(robot, gate);
        robot.interact(() -> window.files().saveCsv(out));
        @SuppressWarnings("unchecked")
        CompletableFuture<Void>[] closed = new CompletableFuture[1];
        robot.interact(() -> closed[0] = window.close());
        assertFalse(closed[0].isDone(), "the file is still to be written");
        gate.countDown();
        closed[0].get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(window.points().data(), DatasetCsv.read(out));
    }
}
