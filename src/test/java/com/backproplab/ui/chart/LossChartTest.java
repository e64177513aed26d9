package com.backproplab.ui.chart;

import com.backproplab.WindowTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.training.Snapshot;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

@WindowTest
class LossChartTest {
    private LossChart chart;

    @Start
    void start(Stage stage) {
        chart = FxPixels.show(stage, new LossChart());
    }

    private FxPixels render(Snapshot s) {
        return FxPixels.rendered(chart, s);
    }

    @Test
    @DisplayName("should fill the scene with its canvas below the toggles")
    void layout(FxRobot robot) {
        FxPixels p = render(null);
        assertEquals(600, p.width);
        assertTrue(p.height > 230 && p.height < 300, "canvas height " + p.height);
        assertNotNull(robot.lookup("#lossLogScale").queryAs(CheckBox.class));
        assertNotNull(robot.lookup("#lossSmoothing").queryAs(CheckBox.class));
        assertSame(chart, robot.lookup("#lossChart").query());
    }

    @Test
    @DisplayName("should draw the axes and the hint, and no data, for an empty history")
    void empty() {
        Snapshot untrained = TrainedSnapshots.defaults().get(0);
        assertEquals(0, untrained.history().size());
        FxPixels blank = render(untrained);
        assertEquals(LossChart.HINT, chart.hintShown());
        // The hint is dark text in the middle of the plot.
        assertTrue(blank.dark(blank.width / 2 - 60, blank.height / 2 - 12, blank.width / 2 + 60,
                blank.height / 2 + 12) > 30);
        assertEquals(0, blank.count(LossChart.TRAIN, 10, 45, 25, blank.width - 50, blank.height - 20));
    }

    @Test
    @DisplayName("should draw the train curve and change the image when the data changes")
    void dataChangesImage() {
        List<Snapshot> runs = TrainedSnapshots.defaults();
        FxPixels early = render(runs.get(1));
        assertNull(chart.hintShown());
        FxPixels later = render(runs.get(2));
        assertTrue(early.differences(later) > 500, "pixels changed: " + early.differences(later));
        // The train colour appears inside the plot (not only in the legend at the top).
        assertTrue(later.count(LossChart.TRAIN, 40, 45, 25, later.width - 50, later.height - 20) > 20);
        assertTrue(later.count(LossChart.BATCH, 40, 45, 25, later.width - 50, later.height - 20) > 20);
    }

    @Test
    @DisplayName("should redraw when the log scale or the smoothing is toggled, and not for the same snapshot")
    void toggles(FxRobot robot) {
        Snapshot s = TrainedSnapshots.defaults().get(2);
        FxPixels linear = render(s);
        FxPixels again = render(s);
        assertEquals(0, linear.differences(again));
        CheckBox log = robot.lookup("#lossLogScale").queryAs(CheckBox.class);
        FxPixels logged = FxPixels.after(() -> log.setSelected(true), chart.canvas());
        assertTrue(linear.differences(logged) > 500, "log scale changed " + linear.differences(logged));
        CheckBox smooth = robot.lookup("#lossSmoothing").queryAs(CheckBox.class);
        FxPixels raw = FxPixels.after(() -> smooth.setSelected(false), chart.canvas());
        assertTrue(logged.differences(raw) > 100, "smoothing changed " + logged.differences(raw));
        FxPixels.after(() -> {
            log.setSelected(false);
            smooth.setSelected(true);
        }, chart.canvas());
    }

    @Test
    @DisplayName("should redraw when resized")
    void resize() {
        Snapshot s = TrainedSnapshots.defaults().get(2);
        render(s);
        FxPixels small = FxPixels.after(() -> chart.setMaxSize(400, 250), chart.canvas());
        FxPixels.after(() -> chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE), chart.canvas());
        assertEquals(400, small.width);
        assertTrue(small.count(LossChart.TRAIN, 40, 45, 25, small.width - 50, small.height - 20) > 20);
    }

    @Test
    @DisplayName("should keep a diverged run up to its stop, from step 0, on a log scale it chose by itself")
    void divergedRunOnALogScale(FxRobot robot) {
        Snapshot ok = TrainedSnapshots.defaults().get(2), diverged = TrainedSnapshots.diverged();
        render(ok);
        assertFalse(chart.logScale(), "a cost within two decades stays linear");
        FxPixels p = render(diverged);
        assertNull(chart.hintShown(), "the charts are not emptied by the stop");
        assertTrue(chart.logScale() && chart.automaticScale());
        CheckBox log = robot.lookup("#lossLogScale").queryAs(CheckBox.class);
        assertTrue(log.isSelected(), "the box shows the scale in use");
        assertTrue(p.count(LossChart.TRAIN, 40, 45, 25, p.width - 50, p.height - 20) > 5);
        // Once the reader clicks, the choice stands.
        FxPixels.after(() -> log.setSelected(false), chart.canvas());
        assertFalse(chart.logScale());
        assertFalse(chart.automaticScale());
        render(ok);
        assertFalse(chart.logScale());
    }

    @Test
    @DisplayName("should draw a kept run faintly with its label, as far as the current run got, until cleared")
    void keptRuns(FxRobot robot) {
        List<Snapshot> runs = TrainedSnapshots.defaults();
        Snapshot earlier = runs.get(2), current = TrainedSnapshots.deepTanh();
        GhostRuns ghosts = new GhostRuns(() -> current);
        ghosts.observe(earlier);
        ghosts.observe(current);
        FxPixels without = render(current);
        FxPixels with = FxPixels.after(() -> chart.setGhosts(ghosts), chart.canvas());
        assertTrue(without.differences(with) > 200, "pixels changed: " + without.differences(with));
        assertEquals(List.of("run 1: 8-8 units"), chart.ghostLabels());
        Button clear = robot.lookup("#clearGhosts").queryAs(Button.class);
        assertTrue(clear.isVisible());
        FxPixels cleared = FxPixels.after(clear::fire, chart.canvas());
        assertTrue(ghosts.ghosts().isEmpty());
        assertEquals(0, without.differences(cleared), "back to the current run alone");
        assertFalse(clear.isVisible());
    }
}
