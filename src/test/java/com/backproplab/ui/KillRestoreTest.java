package com.backproplab.ui;

import static com.backproplab.ui.KeepWorkTest.TIMEOUT_S;
import static com.backproplab.ui.KeepWorkTest.await;
import static com.backproplab.ui.KeepWorkTest.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentJson;
import com.backproplab.run.AutosaveStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real {@code kill -9} of the app in its own process, then a start that restores its last autosave. */
@WindowTest
class KillRestoreTest {
    /** A process that starts the JavaFX toolkit on a busy two-core machine may take a while. */
    private static final int CHILD_TIMEOUT_S = 120;

    @TempDir
    Path dir;
    private Process child;
    private LabWindow window;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage primary) {
        Platform.setImplicitExit(false);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        }
        if (window != null) {
            WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    /** The app in a process of its own (headless, through Monocle), its config folder under {@code xdg}. */
    private Process launch(Path xdg, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-D" + App.AUTOSAVE_PROPERTY + "=0.3", "-cp", System.getProperty("java.class.path"),
                "com.backproplab.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("XDG_CONFIG_HOME", xdg.toString());
        return pb.start();
    }

    @Test
    @DisplayName("should restore the last autosave after kill -9, saying so in one line")
    void killNine(FxRobot robot) throws Exception {
        Path file = KeepWorkTest.trainedExperiment(dir, "trained.json", 30);
        Path xdg = dir.resolve("xdg");
        Path cfg = xdg.resolve("backprop-lab");
        child = launch(xdg, "open", file.toString());
        Path autosave = cfg.resolve("autosave.json");
        try {
            WaitForAsyncUtils.waitFor(CHILD_TIMEOUT_S, TimeUnit.SECONDS, () -> {
                if (!child.isAlive()) {
                    return true;
                }
                try {
                    Experiment e = ExperimentJson.read(autosave);
                    return e.parameters() != null && e.parameters().step() == 30
                            && Files.exists(cfg.resolve("autosave-state.json"));
                } catch (Exception notYet) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no autosave of the opened file in " + CHILD_TIMEOUT_S + " s; the app said: "
                    + Files.readString(dir.resolve("child.log")));
        }
        assertTrue(child.isAlive(), () -> "the app ended by itself: " + readLog());
        assertTrue(Files.exists(cfg.resolve("running.lock")));
        child.destroyForcibly();
        assertTrue(child.waitFor(TIMEOUT_S, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(Files.exists(cfg.resolve("running.lock")), "kill -9 leaves the marker");

        window = fx(() -> {
            LabWindow w = new LabWindow();
            Stage s = new Stage();
            w.install(s);
            s.show();
            return w;
        });
        fx(() -> Autosave.attach(window, AutosaveStore.in(cfg), Duration.seconds(60), true))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        await(window, s -> s.step() == 30 && s.data().size() == 80);
        String info = KeepWorkTest.banner(window, "infoBanner");
        assertNotNull(info);
        assertTrue(info.startsWith("Restored the autosave of ") && info.endsWith(
                ": Backprop Lab did not close normally."), info);
        KeepWorkTest.assertSameState(ExperimentJson.read(file).parameters(), KeepWorkTest.trained(window));
        assertEquals("Backprop Lab — trained.json", fx(() -> window.titleProperty().get()));
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
