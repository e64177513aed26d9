package com.backproplab.ui;

import com.backproplab.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.GhostRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Progress card in the real window: the diagnosis sentence, the gradient check, and runs kept on Reset. */
@WindowTest
class ProgressPanelTest {
    private static final int TIMEOUT_S = 20;
    private LabWindow window;
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

    private <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    @Test
    @DisplayName("should keep the diagnosis two lines high whatever it says, while training")
    void diagnosisKeepsItsHeight(FxRobot robot) {
        Label diagnosis = node(robot, "diagnosis");
        String before = diagnosis.getText();
        assertTrue(before.startsWith("Not trained yet"), before);
        List<Double> heights = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        robot.interact(() -> window.commands().speed(Double.POSITIVE_INFINITY));
        robot.interact(() -> window.commands().togglePlay());
        waitFor("a few different sentences", () -> {
            WaitForAsyncUtils.asyncFx(() -> {
                heights.add(diagnosis.getHeight());
                if (sentences.isEmpty() || !sentences.get(sentences.size() - 1).equals(diagnosis.getText())) {
                    sentences.add(diagnosis.getText());
                }
            }).get();
            return window.session().latest().step() > 3000 && sentences.size() >= 2;
        });
        robot.interact(() -> window.commands().togglePlay());
        assertTrue(heights.stream().distinct().count() == 1, "heights " + heights.stream().distinct().toList());
        assertTrue(heights.get(0) > 20, "two lines: " + heights.get(0));
        assertFalse(sentences.get(sentences.size() - 1).startsWith("Not trained yet"), sentences.toString());
    }

    @Test
    @DisplayName("should check the gradients in the background and call a correct backprop great")
    void gradientCheckIsGreat(FxRobot robot) {
        Button check = node(robot, "gradientCheck");
        Label result = node(robot, "gradientCheckResult");
        assertFalse(result.isVisible(), "no room is taken before a check");
        robot.interact(check::fire);
        waitFor("the verdict", () -> result.getText().startsWith("Step"));
        assertTrue(result.getText().startsWith("Step 0: difference "), result.getText());
        assertTrue(result.getText().contains("great") && result.getText().contains("below 1e-7 is great, above 1e-5"
                + " likely a bug"), result.getText());
        assertEquals("Check gradients", check.getText());
    }

    @Test
    @DisplayName("should call a stationary point undefined in the window too, never a bug")
    void gradientCheckAtAStationaryPoint(FxRobot robot) {
        // Zero init, and every point of the balanced spiral in training: every gradient is exactly zero.
        robot.interact(() -> {
            window.commands().network(NetworkConfig.defaults().withInit(InitScheme.ZEROS, 1.0));
            window.commands().dataSettings(new DataSettings(0, 1, true));
        });
        await(s -> s.network().init() == InitScheme.ZEROS && s.dataSettings().devFraction() == 0);
        Button check = node(robot, "gradientCheck");
        Label result = node(robot, "gradientCheckResult");
        robot.interact(check::fire);
        waitFor("the verdict", () -> result.getText().startsWith("Step"));
        assertTrue(result.getText().contains("stationary point") && result.getText().contains("undefined")
                && result.getText().contains("absolute difference"), result.getText());
        assertFalse(result.getText().contains("likely a bug in backprop"), result.getText());
    }

    @Test
    @DisplayName("should keep the run before a Reset on the charts, and the diagnosis should say why zero init fails")
    void resetKeepsTheRun(FxRobot robot) {
        robot.interact(() -> window.commands().network(NetworkConfig.defaults().withInit(InitScheme.ZEROS, 1.0)));
        await(s -> s.network().init() == InitScheme.ZEROS);
        for (int i = 0; i < 40; i++) {
            window.session().send(new Command.StepOnce());
        }
        await(s -> s.step() == 40);
        Label diagnosis = node(robot, "diagnosis");
        waitFor("the diagnosis of step 40", () -> diagnosis.getText().startsWith("Symmetric units (zero init)"));
        long run = window.session().latest().history().run();
        robot.interact(() -> window.commands().reset());
        await(s -> s.history().run() != run);
        GhostRuns ghosts = window.ghosts();
        waitFor("the kept run", () -> ghosts.ghosts().size() == 1);
        assertEquals("run 1", ghosts.ghosts().get(0).label());
        assertEquals(41, ghosts.ghosts().get(0).history().size(), "steps 0 to 40");
    }
}
