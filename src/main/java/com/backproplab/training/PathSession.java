package com.backproplab.training;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Trains the optimizer paths ({@link PathRun}) on a thread of its own at a chosen pace, and publishes each state as
 * an {@link OptimizerPaths} in a latest-value slot that the view reads when it draws. Commands run on that thread in
 * the order sent; nothing waits for the view. Until the first {@link #setup} there is nothing to train.
 */
public final class PathSession implements AutoCloseable {
    /** Ticks a second while playing; each tick takes the steps the speed owes. */
    static final int TICKS_PER_SECOND = 60;
    /** Pace of a new session, steps a second: slow enough to follow each step. */
    public static final double DEFAULT_SPEED = 30;
    /** Steps a run takes at most. */
    public static final int MAX_STEPS = PathRun.MAX_STEPS;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backprop-paths");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<OptimizerPaths> latest = new AtomicReference<>();
    // Owned by the path thread.
    private PathRun run;
    private boolean playing;
    private double speed = DEFAULT_SPEED;
    private double owed;
    private long version;
    private ScheduledFuture<?> ticker;

    /** New data, start or hyperparameters: the paths start again (and keep playing if they were). */
    public void setup(PathSetup setup) {
        execute(() -> {
            run = new PathRun(setup);
            owed = 0;
        });
    }

    public void play() {
        execute(() -> {
            playing = run != null && run.steps() < PathRun.MAX_STEPS;
            if (playing && ticker == null) {
                long period = 1_000_000_000L / TICKS_PER_SECOND;
                ticker = thread.scheduleAtFixedRate(this::tick, period, period, TimeUnit.NANOSECONDS);
            }
        });
    }

    public void pause() {
        execute(() -> playing = false);
    }

    /** One step of every path, paused. */
    public void step() {
        execute(() -> {
            playing = false;
            if (run != null) {
                run.step();
            }
        });
    }

    /** Steps a second while playing. */
    public void speed(double stepsPerSecond) {
        execute(() -> speed = stepsPerSecond);
    }

    /** The latest state, or null before the first setup. */
    public OptimizerPaths latest() {
        return latest.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    /** Runs {@code task} on the path thread, then publishes; a failure pauses and is printed, the thread lives on. */
    private void execute(Runnable task) {
        ExecutorService t = thread;
        if (t.isShutdown()) {
            return;
        }
        t.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                playing = false;
                System.err.println("backprop-lab: the optimizer paths stopped: " + e);
            }
            publish();
        });
    }

    private void tick() {
        if (!playing || run == null) {
            stopTicking();
            return;
        }
        int before = run.steps();
        try {
            owed += speed / TICKS_PER_SECOND;
            while (owed >= 1 && playing) {
                owed--;
                playing = run.step();
            }
        } catch (RuntimeException e) {
            playing = false;
            System.err.println("backprop-lab: the optimizer paths stopped: " + e);
        }
        if (run.steps() != before || !playing) {
            publish(); // a tick that owed no step changes nothing to draw
        }
    }

    private void stopTicking() {
        if (ticker != null) {
            ticker.cancel(false);
            ticker = null;
        }
        owed = 0;
    }

    private void publish() {
        if (!playing) {
            stopTicking();
        }
        if (run != null) {
            latest.set(run.snapshot(++version, playing));
        }
    }
}
