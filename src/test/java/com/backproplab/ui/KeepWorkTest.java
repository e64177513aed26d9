package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.cli.Cli;
import com.backproplab.engine.OptimizerState;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.plot.Contour;
import com.backproplab.plot.Palette;
import com.backproplab.run.AutosaveStore;
import com.backproplab.run.HistoryCsvTest;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainedState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keeping the user's work: autosave and restore, the unsaved-changes prompt, the title bar. */
@WindowTest
class KeepWorkTest {
    static final int TIMEOUT_S = 20;
    /** A short autosave interval, so that a test sees an autosave without waiting half a minute. */
    static final Duration FAST = Duration.millis(200);

    @TempDir
    Path dir;
    private final List<Opened> opened = new ArrayList<>();
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    /** A window on a stage of its own. */
    record Opened(LabWindow window, Stage stage) {
    }

    @Start
    void start(Stage primary) {
        // Closing a test's window must not end the toolkit the next tests need.
        Platform.setImplicitExit(false);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Opened o : opened) {
            WaitForAsyncUtils.asyncFx(() -> {
                o.stage().hide();
                return o.window().close();
            }).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    // ---- helpers shared with the other tests of files ----------------------------------------------------------

    /** A new window on its own stage; with {@code cfg}, keeping its work there (restoring when asked). */
    Opened open(Path cfg, boolean restore) throws Exception {
        Opened o = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            LabWindow w = new LabWindow();
            w.install(s);
            s.show();
            return new Opened(w, s);
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        opened.add(o);
        if (cfg != null) {
            WaitForAsyncUtils.asyncFx(() -> Autosave.attach(o.window(), AutosaveStore.in(cfg), FAST, restore))
                    .get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        return o;
    }

    static <T> T fx(Supplier<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action::get).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Runs a file action on the FX thread and waits for the window to show its outcome; returns its message. */
    static String done(Supplier<CompletableFuture<String>> action) throws Exception {
        return fx(action).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    static Snapshot await(LabWindow w, Predicate<Snapshot> p) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> p.test(w.session().latest()));
        return w.session().latest();
    }

    static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    /** The trainer's weights, optimizer state and progress right now. */
    static TrainedState trained(LabWindow w) throws Exception {
        CompletableFuture<TrainedState> f = new CompletableFuture<>();
        fx(() -> {
            w.session().send(new Command.Export(f));
            return null;
        });
        return f.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The blobs experiment of HistoryCsvTest trained {@code steps} steps by the command line, as {@code name}. */
    static Path trainedExperiment(Path dir, String name, int steps) throws Exception {
        Path exp = HistoryCsvTest.experiment(dir);
        Path out = dir.resolve(name);
        cli("train", exp, "--steps", steps, "--out", out);
        return out;
    }

    static void cli(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(a, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }

    /** Asserts that the trainer holds exactly the weights, optimizer state and progress of {@code p}. */
    static void assertSameState(Parameters p, TrainedState t) {
        assertEquals(p.step(), t.step());
        assertEquals(p.epoch(), t.epoch());
        assertEquals(p.position(), t.position());
        for (int l = 1; l <= t.network().layers(); l++) {
            double[][] w = t.network().weights(l);
            for (int i = 0; i < w.length; i++) {
                assertArrayEquals(p.weights()[l - 1][i], w[i], 0.0, "W[" + l + "] row " + i);
            }
            assertArrayEquals(p.biases()[l - 1], t.network().biases(l), 0.0, "b[" + l + "]");
        }
        OptimizerState a = p.optimizerState(), b = t.optimizerState();
        assertEquals(a.kind(), b.kind());
        assertEquals(a.t(), b.t());
        for (int l = 1; l <= t.network().layers(); l++) {
            assertArrayEquals(a.vw()[l], b.vw()[l], 0.0, "vW[" + l + "]");
            assertArrayEquals(a.sw()[l], b.sw()[l], 0.0, "sW[" + l + "]");
            assertArrayEquals(a.vb()[l], b.vb()[l], 0.0, "vb[" + l + "]");
            assertArrayEquals(a.sb()[l], b.sb()[l], 0.0, "sb[" + l + "]");
        }
    }

    static String banner(LabWindow w, String id) throws Exception {
        return fx(() -> {
            Label l = (Label) w.root().lookup("#" + id + "Text");
            return l.getParent().isVisible() ? l.getText() : null;
        });
    }

    /** The unsaved-changes dialog's button, once the dialog is up. */
    static Button promptButton(FxRobot robot, String id) throws Exception {
        waitFor("the unsaved-changes prompt", () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryButton();
    }

    static void quit(Opened o) throws Exception {
        fx(() -> {
            o.window().fileCommands().quit();
            return null;
        });
    }

    // ---- save, quit, start -------------------------------------------------------------------------------------

    @Test
    @DisplayName("should restore points, network, weights, optimizer state and step exactly after save, quit, start")
    void saveQuitStart(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        Path file = trainedExperiment(dir, "trained.json", 25);
        Opened first = open(cfg, true);
        LabWindow w = first.window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 25);
        fx(() -> {
            w.points().replace(w.points().data().withPoint(1.5, -2.5, 1));
            w.commands().step();
            return null;
        });
        Snapshot edited = await(w, s -> s.step() == 26 && s.data().size() == 81);
        Path saved = dir.resolve("saved.json");
        assertNull(done(() -> w.files().saveExperiment(saved)));
        assertEquals("Backprop Lab — saved.json", fx(() -> w.titleProperty().get()));
        TrainedState before = trained(w);
        quit(first);
        waitFor("the window to close", () -> !first.stage().isShowing());
        w.close().get(TIMEOUT_S, TimeUnit.SECONDS);
        assertFalse(Files.exists(cfg.resolve("running.lock")), "a normal quit leaves no crash marker");

        Opened second = open(cfg, true);
        LabWindow v = second.window();
        Snapshot s = await(v, x -> x.step() == 26 && x.data().size() == 81);
        assertEquals(edited.data(), s.data());
        assertEquals(edited.network(), s.network());
        assertEquals(edited.training(), s.training());
        assertEquals(edited.dataSettings(), s.dataSettings());
        assertSameState(Parameters.of(before.network(), before.optimizerState(), before.step(), before.epoch(),
                before.position()), trained(v));
        assertEquals("Backprop Lab — saved.json", fx(() -> v.titleProperty().get()), "the file, nothing unsaved");
        assertNull(banner(v, "infoBanner"), "a normal restore says nothing");
        assertNull(banner(v, "noticeBanner"));
        assertTrue(fx(() -> !v.points().canUndoProperty().get()), "a restored session has nothing to undo");
        // It goes on exactly as the first window would have: one more step from the same state.
        fx(() -> {
            v.commands().step();
            return null;
        });
        await(v, x -> x.step() == 27);
    }

    @Test
    @DisplayName("should bring back unsaved changes after quitting with Don't Save, still marked unsaved")
    void quitWithoutSaving(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        Path file = trainedExperiment(dir, "trained.json", 10);
        Opened first = open(cfg, true);
        LabWindow w = first.window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 10);
        fx(() -> {
            w.commands().step();
            w.commands().step();
            return null;
        });
        await(w, s -> s.step() == 12);
        waitFor("the unsaved marker", () -> fx(() -> w.titleProperty().get()).equals("Backprop Lab — *trained.json"));
        TrainedState before = trained(w);
        quit(first);
        click(robot, "promptDiscard");
        waitFor("the window to close", () -> !first.stage().isShowing());
        w.close().get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(10, ExperimentJson.read(file).parameters().step(), "Don't Save leaves the file as it was");

        LabWindow v = open(cfg, true).window();
        await(v, x -> x.step() == 12);
        assertSameState(Parameters.of(before.network(), before.optimizerState(), before.step(), before.epoch(),
                before.position()), trained(v));
        assertEquals("Backprop Lab — *trained.json", fx(() -> v.titleProperty().get()));
    }

    // ---- crash and corruption ----------------------------------------------------------------------------------

    @Test
    @DisplayName("should restore the last autosave after a start that left its crash marker, saying so in one line")
    void afterCrashMarker(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        Path file = trainedExperiment(dir, "trained.json", 15);
        Opened first = open(cfg, true);
        LabWindow w = first.window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 15);
        // Within an interval of the change, the autosave holds it.
        waitFor("the autosave of step 15", () -> Files.exists(cfg.resolve("autosave.json"))
                && ExperimentJson.read(cfg.resolve("autosave.json")).parameters() != null
                && ExperimentJson.read(cfg.resolve("autosave.json")).parameters().step() == 15);
        fx(() -> {
            first.stage().hide();
            return null;
        });
        w.close().get(TIMEOUT_S, TimeUnit.SECONDS);
        // What kill -9 leaves behind (KillRestoreTest kills a real process).
        Files.writeString(cfg.resolve("running.lock"), "pid 1\n");

        LabWindow v = open(cfg, true).window();
        await(v, x -> x.step() == 15);
        String info = banner(v, "infoBanner");
        assertNotNull(info);
        assertTrue(info.matches("Restored the autosave of [0-9-]* ?\\d\\d:\\d\\d: Backprop Lab did not close"
                + " normally\\."), info);
        assertSameState(ExperimentJson.read(file).parameters(), trained(v));
        assertEquals("Backprop Lab — trained.json", fx(() -> v.titleProperty().get()));
    }

    @Test
    @DisplayName("should move a corrupt autosave aside with the reader's sentence and start with the defaults")
    void corruptAutosave(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        Files.createDirectories(cfg);
        String garbage = "{\"version\": 1, \"network\": {\"hidden\": [3]}, \"training\": {\"learningRat";
        Files.writeString(cfg.resolve("autosave.json"), garbage);
        LabWindow w = open(cfg, true).window();
        String notice = banner(w, "noticeBanner");
        assertNotNull(notice);
        assertTrue(notice.startsWith("The autosave could not be read (" + cfg.resolve("autosave.json") + ":1: not valid"
                + " JSON"), notice);
        assertTrue(notice.contains("; it was kept as autosave-unreadable-"), notice);
        assertTrue(notice.endsWith(", and the window starts afresh."), notice);
        assertFalse(notice.contains("\n"));
        Path moved;
        try (var files = Files.list(cfg)) {
            moved = files.filter(p -> p.getFileName().toString().startsWith("autosave-unreadable-")).findFirst()
                    .orElseThrow();
        }
        assertEquals(garbage, Files.readString(moved), "moved aside untouched");
        assertEquals(400, await(w, s -> s.data().size() == 400).data().size(), "the default session");
        // The app goes on keeping its work.
        waitFor("a new autosave", () -> Files.exists(cfg.resolve("autosave.json")));
        Experiment e = ExperimentJson.read(cfg.resolve("autosave.json"));
        assertEquals(LabWindow.defaultPoints(), e.data().points());
    }

    @Test
    @DisplayName("should keep an autosave with unsaved changes aside when the window starts on a named file")
    void openInsteadOfRestore(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        Opened first = open(cfg, true);
        fx(() -> {
            first.window().commands().step();
            return null;
        });
        await(first.window(), s -> s.step() == 1);
        quit(first);
        click(robot, "promptDiscard");
        waitFor("the window to close", () -> !first.stage().isShowing());
        first.window().close().get(TIMEOUT_S, TimeUnit.SECONDS);
        String unsaved = Files.readString(cfg.resolve("autosave.json"));

        LabWindow w = open(cfg, false).window();
        assertEquals("The last session had unsaved changes: it was kept as " + cfg.resolve("autosave-previous.json")
                + ".", banner(w, "infoBanner"));
        assertEquals(unsaved, Files.readString(cfg.resolve("autosave-previous.json")));
        assertEquals(0, w.session().latest().step(), "not restored");
    }

    // ---- the unsaved-changes prompt ----------------------------------------------------------------------------

    @Test
    @DisplayName("should quit at once without changes, also after opening a file, a pause and a new view")
    void noPromptWithoutChanges(FxRobot robot) throws Exception {
        Opened fresh = open(null, false);
        assertEquals("Backprop Lab", fx(() -> fresh.window().titleProperty().get()));
        quit(fresh);
        waitFor("the fresh window to close", () -> !fresh.stage().isShowing());

        Path file = trainedExperiment(dir, "trained.json", 5);
        Opened o = open(null, false);
        LabWindow w = o.window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 5);
        fx(() -> {
            // Neither the speed, nor pausing, nor the view is saved in the file.
            w.showSpeed(50);
            w.session().send(new Command.Pause());
            w.loader().fit(com.backproplab.training.Viewport.defaults());
            return null;
        });
        await(w, x -> x.stepsPerSecond() < 60 && x.step() == 5);
        assertFalse(fx(() -> w.document().isDirty()));
        quit(o);
        waitFor("the window to close", () -> !o.stage().isShowing());
        assertTrue(robot.lookup("#unsavedPrompt").tryQuery().isEmpty());
    }

    @Test
    @DisplayName("should ask before quitting, opening or starting anew after a change, and respect Cancel and Save")
    void promptAfterChanges(FxRobot robot) throws Exception {
        Path file = trainedExperiment(dir, "trained.json", 5);
        Opened o = open(null, false);
        LabWindow w = o.window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 5);
        assertEquals("Backprop Lab — trained.json", fx(() -> w.titleProperty().get()));
        fx(() -> {
            w.points().replace(w.points().data().withPoint(0.5, 0.5, 0));
            return null;
        });
        assertEquals("Backprop Lab — *trained.json", fx(() -> w.titleProperty().get()));

        // New: Cancel keeps everything.
        CompletableFuture<Boolean> renewed = fx(() -> w.fileCommands().newSession());
        click(robot, "promptCancel");
        assertFalse(renewed.get(TIMEOUT_S, TimeUnit.SECONDS));
        assertEquals(81, w.points().data().size());
        // Quit: Cancel keeps the window open.
        quit(o);
        click(robot, "promptCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(o.stage().isShowing());
        assertTrue(fx(() -> w.document().isDirty()));
        // Quit: Save writes the open file, then the window closes.
        quit(o);
        click(robot, "promptSave");
        waitFor("the window to close after saving", () -> !o.stage().isShowing());
        Experiment e = ExperimentJson.read(file);
        assertEquals(81, e.data().points().size());
        assertEquals(5, e.parameters().step());
    }

    @Test
    @DisplayName("should mark training steps as unsaved, and New with Don't Save start the default session")
    void stepsAreChanges(FxRobot robot) throws Exception {
        Opened o = open(null, false);
        LabWindow w = o.window();
        fx(() -> {
            w.commands().step();
            return null;
        });
        await(w, s -> s.step() == 1);
        waitFor("the unsaved marker", () -> fx(() -> w.titleProperty().get()).equals("Backprop Lab — *untitled"));
        CompletableFuture<Boolean> renewed = fx(() -> w.fileCommands().newSession());
        click(robot, "promptDiscard");
        assertTrue(renewed.get(TIMEOUT_S, TimeUnit.SECONDS));
        Snapshot s = await(w, x -> x.step() == 0);
        assertEquals(LabWindow.defaultPoints(), s.data());
        waitFor("a clean title", () -> fx(() -> w.titleProperty().get()).equals("Backprop Lab"));
    }

    /** The pixels of the canvas on the screen, row by row. */
    private static int[] screenPixels(FxRobot robot, DataCanvas c) throws Exception {
        javafx.geometry.Bounds b = fx(() -> c.localToScreen(c.getLayoutBounds()));
        return pixels(robot.capture(new javafx.geometry.Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight())).getImage());
    }

    private static int[] pixels(javafx.scene.image.Image image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static int px(DataCanvas c, double x) throws Exception {
        return (int) Math.round(fx(() -> c.toPixelX(x)));
    }

    private static int py(DataCanvas c, double y) throws Exception {
        return (int) Math.round(fx(() -> c.toPixelY(y)));
    }

    private static boolean near(int rgb, int expected, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 255) - ((expected >> shift) & 255)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Waits for the prompt (off the FX thread), then presses its button {@code id}. */
    static void click(FxRobot robot, String id) throws Exception {
        Button b = promptButton(robot, id);
        robot.interact(b::fire);
    }

    // ---- exports -----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("should export the history with the rows of train --trace for the same run")
    void historyMatchesTrace(FxRobot robot) throws Exception {
        Path exp = HistoryCsvTest.experiment(dir);
        LabWindow w = open(null, false).window();
        assertNull(done(() -> w.files().openExperiment(exp)));
        await(w, s -> s.data().size() == 80);
        fx(() -> {
            // Slow enough for some evaluations at sample steps (the window evaluates at most every 16 ms).
            w.session().send(new Command.SetSpeed(3000));
            w.commands().togglePlay();
            return null;
        });
        await(w, s -> s.step() >= 700);
        fx(() -> {
            w.commands().togglePlay();
            return null;
        });
        Snapshot end = await(w, s -> !s.playing());
        Path out = dir.resolve("history.csv");
        assertNull(done(() -> w.exports().history(out)));
        String info = banner(w, "infoBanner");
        // Every sample but the starting one (step 0, before any update) is a row: the trace has no step 0.
        int rows = end.history().size() - 1;
        assertTrue(info != null && info.startsWith("Exported " + rows + " rows of history to "), info);
        Path trace = dir.resolve("trace.csv");
        cli("train", exp, "--steps", end.step(), "--trace", trace);
        assertEquals(end.step() + 1, Files.readAllLines(trace).size());
        assertEquals(rows + 1, Files.readAllLines(out).size());
        assertTrue(rows >= 500, "rows: " + rows);
        assertTrue(HistoryCsvTest.assertRowsOfTrace(out, trace) >= 1);
    }

    @Test
    @DisplayName("should export the heatmap, contour and points as the window shows them, pixel for pixel")
    void pngMatchesWindow(FxRobot robot) throws Exception {
        Path file = trainedExperiment(dir, "trained.json", 300);
        LabWindow w = open(null, false).window();
        assertNull(done(() -> w.files().openExperiment(file)));
        await(w, s -> s.step() == 300 && s.grid() != null && s.grid().step() == 300
                && s.grid().viewport().equals(w.canvas().viewport()));
        WaitForAsyncUtils.waitForFxEvents();
        // The screen as it settles: a frame can show a new heatmap under the previous contour (the heatmap image is
        // rewritten in place while the last frame is drawn), so wait until the screen holds what the canvas holds.
        // Captured before the export: its confirmation then floats over the top of the canvas.
        DataCanvas c = w.canvas();
        int[][] screen = new int[1][];
        waitFor("the screen to show the canvas", () -> {
            screen[0] = screenPixels(robot, c);
            return java.util.Arrays.equals(screen[0], fx(() -> pixels(c.picture())));
        });
        Path png = dir.resolve("canvas.png");
        assertNull(done(() -> w.exports().png(png)));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        int width = img.getWidth();
        assertEquals(screen[0].length, width * img.getHeight());
        int differ = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                differ += (img.getRGB(x, y) & 0xFFFFFF) == (screen[0][y * width + x] & 0xFFFFFF) ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels that differ from the screen");
        // What the user sees: the heatmap's palette where there are no points, the points, the dark 0.5 contour.
        double p = fx(() -> c.probabilityAt(5.7, -5.7));
        assertTrue(near(img.getRGB(px(c, 5.7), py(c, -5.7)), Palette.heat(p), 12), "heatmap in a corner");
        int blue = 0, orange = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                blue += near(img.getRGB(x, y), Palette.CLASS1, 8) ? 1 : 0;
                orange += near(img.getRGB(x, y), Palette.CLASS0, 8) ? 1 : 0;
            }
        }
        assertTrue(blue > 100 && orange > 100, "points of both classes: " + blue + " and " + orange + " pixels");
        Contour contour = fx(() -> c.figure().contour());
        assertTrue(contour.size() > 10);
        int onLine = 0;
        for (int k = 0; k < contour.size(); k++) {
            int x = px(c, (contour.x0(k) + contour.x1(k)) / 2), y = py(c, (contour.y0(k) + contour.y1(k)) / 2);
            boolean dark = false;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    dark |= near(img.getRGB(x + dx, y + dy), 0xFF1D2330, 60);
                }
            }
            onLine += dark ? 1 : 0;
        }
        assertTrue(onLine > contour.size() * 0.8, onLine + " of " + contour.size() + " contour segments drawn");
    }
}
