package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;

/**
 * The window's one {@link AnimationTimer}: each pulse reads the latest snapshot and, when it is new, hands it to the
 * views; it also keeps the frame-rate meter, its overlay (F3) and the steps/s the window shows: one text, given to
 * the toolbar and the overlay at the same moment, so they never disagree. Time comes in as the pulse's
 * {@code now}, so a test drives {@link #pulse} with times of its own.
 */
final class FrameLoop {
    /** Draws a new snapshot; {@code chartsDue} says whether the charts redraw too. */
    interface Renderer {
        void render(Snapshot s, boolean chartsDue);
    }

    /** Least time between chart redraws while training plays. */
    static final long CHART_INTERVAL_NANOS = 50_000_000L;
    /** Least time between two texts of the FPS overlay (a number changing every frame cannot be read). */
    static final long OVERLAY_INTERVAL_NANOS = 250_000_000L;

    private final Supplier<Snapshot> latest;
    /** Tells the trainer that a frame was shown, so that its next snapshot is ready for the next one. */
    private final Runnable frameShown;
    private final Renderer renderer;
    private final Consumer<String> rateView;
    private final DataCanvas canvas;
    private final FpsMeter meter = new FpsMeter(60);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };
    private LabWindow.FrameHook frameHook;
    private long lastVersion = -1;
    private long lastChartRender;
    private long lastOverlay;
    /** The steps/s text shown (toolbar and overlay), and whether it was for a playing session. */
    private String rate = "–";
    private boolean ratePlaying;

    /**
     * The overlay is the canvas's FPS label; {@code rateView} shows the steps/s text in the toolbar; {@code frameShown}
     * runs at every pulse.
     */
    FrameLoop(Supplier<Snapshot> latest, Runnable frameShown, DataCanvas canvas, Renderer renderer,
              Consumer<String> rateView) {
        this.latest = latest;
        this.frameShown = frameShown;
        this.canvas = canvas;
        this.renderer = renderer;
        this.rateView = rateView;
        rateView.accept(rate);
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    void setFrameHook(LabWindow.FrameHook hook) {
        this.frameHook = hook;
    }

    /** One animation pulse at {@code now} nanoseconds. */
    void pulse(long now) {
        meter.pulse(now);
        Snapshot s = latest.get();
        frameShown.run();
        if (frameHook != null) {
            frameHook.frame(now, s);
        }
        // A number changing every frame cannot be read: both texts change at most four times a second, and at
        // once when training starts or stops.
        if (now - lastOverlay > OVERLAY_INTERVAL_NANOS || s.playing() != ratePlaying) {
            lastOverlay = now;
            ratePlaying = s.playing();
            rate = s.playing() ? String.format(Locale.ROOT, "%,.0f", s.measuredStepsPerSecond()) : "–";
            rateView.accept(rate);
            Label overlay = canvas.fpsOverlay();
            if (overlay.isVisible()) {
                overlay.setText(overlayText());
            }
        }
        if (s.version() == lastVersion) {
            return;
        }
        lastVersion = s.version();
        // Charts move slowly at full speed: 20 redraws a second are enough and leave the frame budget to the heatmap.
        boolean chartsDue = !s.playing() || now - lastChartRender >= CHART_INTERVAL_NANOS;
        if (chartsDue) {
            lastChartRender = now;
        }
        renderer.render(s, chartsDue);
    }

    /** Frames per second over the last 60 pulses. */
    double fps() {
        return meter.fps();
    }

    /** F3: shows or hides the frame rate over the canvas. */
    void toggleOverlay() {
        Label l = canvas.fpsOverlay();
        l.setVisible(!l.isVisible());
        l.setText(overlayText());
        canvas.requestLayout();
    }

    /** Whether the FPS overlay shows. */
    boolean overlayShown() {
        return canvas.fpsOverlay().isVisible();
    }

    private String overlayText() {
        return String.format(Locale.ROOT, "%.0f fps   %s steps/s", fps(), rate);
    }
}
