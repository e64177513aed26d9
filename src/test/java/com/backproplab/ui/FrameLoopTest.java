package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The frame loop driven by hand: its pulses get the times the test chooses, not the animation timer's. */
@ExtendWith(ApplicationExtension.class)
class FrameLoopTest {
    private static final long MS = 1_000_000L;
    private TrainingSession session;
    private Snapshot current;
    private final List<Snapshot> rendered = new ArrayList<>();
    private final List<Boolean> chartsDue = new ArrayList<>();
    private DataCanvas canvas;
    private FrameLoop loop;

    private final List<String> rates = new ArrayList<>();
    private int framesShown;

    @BeforeEach
    void setUp() {
        session = new TrainingSession(NetworkConfig.defaults(), TrainingConfig.defaults(), DataSettings.defaults(),
                Preset.XOR.generate(100, 0.1, 1), Viewport.defaults(), 16);
        current = session.latest();
        canvas = new DataCanvas(new PointsModel(current.data(), d -> { }, () -> { }));
        loop = new FrameLoop(() -> current, () -> framesShown++, canvas, (s, charts) -> {
            rendered.add(s);
            chartsDue.add(charts);
        }, rates::add);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Snapshot await(Predicate<Snapshot> p) throws TimeoutException {
        WaitForAsyncUtils.waitFor(6, TimeUnit.SECONDS, () -> p.test(session.latest()));
        return session.latest();
    }

    @Test
    @DisplayName("should draw a snapshot once, at the first pulse that sees it")
    void drawsNewSnapshotsOnly() {
        loop.pulse(1_000 * MS);
        loop.pulse(1_016 * MS);
        loop.pulse(1_033 * MS);
        assertEquals(List.of(current), rendered);
        assertEquals(List.of(true), chartsDue, "paused: the charts draw with every new snapshot");
    }

    @Test
    @DisplayName("should redraw the charts at most every 50 ms while training plays")
    void throttlesChartsWhilePlaying() throws TimeoutException {
        session.start();
        session.send(new Command.Play());
        Snapshot a = await(Snapshot::playing);
        Snapshot b = await(s -> s.playing() && s.version() > a.version());
        long t = 10_000 * MS;
        current = a;
        loop.pulse(t);
        current = b;
        loop.pulse(t + 16 * MS);
        current = a;
        loop.pulse(t + 33 * MS);
        current = b;
        loop.pulse(t + FrameLoop.CHART_INTERVAL_NANOS);
        assertEquals(List.of(a, b, a, b), rendered, "every new snapshot is drawn");
        assertEquals(List.of(true, false, false, true), chartsDue);
    }

    @Test
    @DisplayName("should call the frame hook on every pulse with its time, and tell the trainer of every frame")
    void frameHook() {
        List<Long> hooked = new ArrayList<>();
        loop.setFrameHook((now, s) -> hooked.add(now));
        long t = 2_000 * MS;
        for (int i = 0; i <= 30; i++) {
            loop.pulse(t + i * 20 * MS);
        }
        assertEquals(31, hooked.size());
        assertEquals(31, framesShown, "each pulse, new snapshot or not, tells the trainer a frame was shown");
        assertEquals(t + 600 * MS, hooked.get(30));
        assertEquals(50, loop.fps(), 1e-9);
    }

    @Test
    @DisplayName("should show the frame rate on F3, its text renewed every quarter of a second")
    void overlay() {
        Label overlay = canvas.fpsOverlay();
        assertFalse(overlay.isVisible());
        loop.toggleOverlay();
        assertTrue(overlay.isVisible());
        assertEquals("0 fps   – steps/s", overlay.getText());
        long t = 2_000 * MS;
        loop.pulse(t);
        assertEquals("0 fps   – steps/s", overlay.getText());
        for (int i = 1; i <= 12; i++) {
            loop.pulse(t + i * 20 * MS);
        }
        assertEquals("0 fps   – steps/s", overlay.getText(), "240 ms later: not yet");
        loop.pulse(t + 260 * MS);
        assertEquals("50 fps   – steps/s", overlay.getText());
        loop.toggleOverlay();
        assertFalse(overlay.isVisible());
    }

    @Test
    @DisplayName("should give the toolbar and the overlay the same steps/s text at the same moment")
    void oneRate() {
        loop.toggleOverlay();
        long t = 2_000 * MS;
        current = playing(current, 12_345.6);
        for (int i = 0; i <= 40; i++) {
            loop.pulse(t + i * 17 * MS);
            String shown = rates.get(rates.size() - 1);
            assertTrue(canvas.fpsOverlay().getText().endsWith("   " + shown + " steps/s"),
                    canvas.fpsOverlay().getText() + " vs toolbar " + shown);
            if (i == 20) {
                current = playing(current, 98_765.4);
            }
        }
        assertEquals("12,346", rates.get(1), "playing: the measured rate, rounded");
        assertEquals("98,765", rates.get(rates.size() - 1));
        assertTrue(rates.size() <= 2 + 40 * 17 / 250 + 1, "at most four texts a second: " + rates);
    }

    /** {@code s} as a playing snapshot measuring {@code rate} steps/s. */
    private static Snapshot playing(Snapshot s, double rate) {
        return new Snapshot(s.version() + 1, true, s.stepsPerSecond(), s.step(), s.epoch(), s.learningRate(),
                s.network(), s.training(), s.dataSettings(), s.data(), s.split(), s.inputs(), s.metrics(),
                s.layers(), s.history(), s.grid(), s.dataProblem(), s.divergence(), rate, s.weights(), s.units(),
                s.inside());
    }
}
