package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * One long-lived training thread that owns the network. Commands come in through a queue; the latest state goes
 * out as an immutable {@link Snapshot} in a single latest-value slot, at most about 60 times a second whatever the
 * training speed (at full speed, at each frame the window reports). The thread never waits for its readers. A
 * failure on this thread or the grid worker's stops training and shows in {@link Snapshot#divergence()}.
 */
public final class TrainingSession implements AutoCloseable {
    /** Snapshots are published at most this often while training (about one per frame at 60 Hz). */
    private static final long PUBLISH_NANOS = 16_000_000L;
    private static final LongSupplier CLOCK = System::nanoTime;

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Thread thread;

    // Everything below is owned by the training thread (and by the constructor before it starts).
    private final TrainingRun run;
    /** One step of the run (false when it diverged or reached the pause point), bound once rather than at every slice. */
    private final BooleanSupplier stepOnce;
    private final Pacing pacing = new Pacing(CLOCK, PUBLISH_NANOS);
    private final RateMeter rate = new RateMeter(CLOCK);
    private final WeightsCache weights = new WeightsCache();
    private final BackgroundPriority priority = new BackgroundPriority();
    private final GridWorker grids;
    private Viewport viewport;
    private boolean playing;
    /** A view shows the per-unit heatmaps: the grids carry every unit's activations. */
    private boolean unitsShown;
    /** Playing pauses once the run has this many steps (Long.MAX_VALUE: no limit). */
    private long stopAt = Long.MAX_VALUE;
    /** A new grid (or a grid failure) arrived and is not published yet. */
    private boolean pendingRefresh;
    /** The weights or the data changed: the next publication evaluates the costs afresh. */
    private boolean weightsOrDataChanged = true;
    private long version;
    private long publishedStep = -1;
    private boolean first; // the publication in the constructor (see there)

    /** A paused session; call {@link #start()} to run its thread. */
    public TrainingSession(NetworkConfig network, TrainingConfig training, DataSettings settings, Dataset data,
                           Viewport viewport, int gridResolution) {
        this.run = new TrainingRun(network, training, settings, data, new ThrottledEvaluation(CLOCK, PUBLISH_NANOS));
        this.stepOnce = () -> run.step() && run.steps() < stopAt;
        this.viewport = viewport;
        this.grids = new GridWorker(gridResolution, () -> commands.add(new Command.Refresh()));
        grids.submitFirst(run.gridRequest(viewport, false));
        // The layer inspection waits for the trainer's first publication (its views are hidden at first): on the
        // thread that builds the window it cost 0.06 s of the first frame.
        first = true;
        publish(true);
        first = false;
        this.thread = new Thread(this::loop, "backprop-trainer");
        thread.setDaemon(true);
    }

    /** Starts the training thread and its grid worker. */
    public void start() {
        grids.start();
        thread.start();
    }

    /** The window showed a frame (any thread; never blocks): at full speed the next snapshot is published now. */
    public void frameShown() {
        pacing.frameShown();
    }

    /** Queues a command; never blocks. */
    public void send(Command command) {
        commands.add(command);
    }

    /** The latest published state (never null). */
    public Snapshot latest() {
        return latest.get();
    }

    /** Stops the thread and waits for it briefly. */
    @Override
    public void close() {
        send(new Command.Shutdown());
        grids.stop();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The trainer thread: handles the queued commands, trains a slice when playing, publishes when due. */
    private void loop() {
        try {
            boolean alive = true;
            while (alive) {
                Command c = canTrain() || pendingRefresh
                        ? commands.poll(pacing.waitNanos(canTrain(), pendingRefresh), TimeUnit.NANOSECONDS)
                        : commands.take();
                boolean changed = false;
                while (c != null) {
                    if (c instanceof Command.Shutdown) {
                        alive = false;
                        break;
                    }
                    Command next = commands.poll();
                    if (c instanceof Command.Refresh) {
                        // A new grid: shown at the next publication, at once when not training. A failed one stops
                        // training, and the failure is shown instead.
                        pendingRefresh = true;
                        RuntimeException failure = grids.takeFailure();
                        if (failure != null) {
                            fail(" while drawing the decision boundary", failure);
                        }
                    } else if (c instanceof Command.SetData && next instanceof Command.SetData) {
                        // A paint stroke queues one edit per mouse event: only the newest points matter.
                        changed = true;
                    } else {
                        handleSafely(c);
                        changed = true;
                    }
                    c = next;
                }
                if (alive) {
                    trainAndPublish(changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            grids.stop();
        }
    }

    private void trainAndPublish(boolean changed) {
        boolean training = canTrain();
        try {
            if (training) {
                pacing.trainSlice(stepOnce);
                playing = run.trainable() && run.steps() < stopAt;
            }
            // Training that stopped on its own (divergence) is published at once: the loop is about to wait for
            // the next command, and the screen must not keep showing "playing".
            boolean stopped = training && !canTrain();
            boolean stepped = run.steps() != publishedStep;
            boolean due = pacing.publicationDue(CLOCK.getAsLong());
            if (changed || stopped || (pendingRefresh && (!training || due)) || (stepped && due)) {
                publish(stopped);
            }
            if (training) {
                priority.lowerOnce(); // after Play is shown; the threads that draw frames first: see BackgroundPriority
            }
        } catch (RuntimeException e) {
            fail("", e);
        }
    }

    private void handleSafely(Command c) {
        try {
            handle(c);
        } catch (RuntimeException e) {
            // A bad command must not kill the thread the whole window depends on.
            if (c instanceof Command.Export ex) {
                ex.result().completeExceptionally(e);
            }
            fail(" while handling " + c.getClass().getSimpleName(), e);
        }
    }

    /**
     * An unexpected failure on the trainer or grid thread: stop, print it, and show it like a divergence (Reset
     * recovers).
     *
     * @param where what the thread was doing, as a phrase starting with a space, or empty
     */
    private void fail(String where, RuntimeException e) {
        playing = false;
        String message = "Training stopped at step " + run.steps() + " by an internal error" + where + " (" + e
                + "). Press Reset to start again.";
        System.err.println("backprop-lab: " + message);
        run.stop(message);
        try {
            publish(true);
        } catch (RuntimeException again) {
            System.err.println("backprop-lab: cannot publish after " + e + ": " + again);
        }
    }

    private boolean canTrain() {
        return playing && run.trainable();
    }

    private void handle(Command c) {
        if (c instanceof Command.Play || c instanceof Command.PlayUntil) {
            // Untrainable data or a divergence keeps the session paused: the UI never shows "playing" while
            // nothing trains, and Reset after a divergence does not start training by itself.
            stopAt = c instanceof Command.PlayUntil u ? u.step() : Long.MAX_VALUE;
            playing = run.trainable() && run.steps() < stopAt;
            pacing.restart();
            rate.clear();
        } else if (c instanceof Command.Pause) {
            playing = false;
        } else if (c instanceof Command.StepOnce) {
            weightsOrDataChanged = true;
            playing = false;
            if (run.trainable()) {
                run.step();
            }
        } else if (c instanceof Command.SetSpeed s) {
            pacing.setSpeed(s.stepsPerSecond());
        } else if (c instanceof Command.SetTraining t) {
            run.setTraining(t.training());
        } else if (c instanceof Command.Export e) {
            e.result().complete(run.export());
        } else if (c instanceof Command.SetViewport v) {
            viewport = v.viewport();
            weightsOrDataChanged();
        } else if (c instanceof Command.SetWeight || c instanceof Command.SetBias) {
            if (run.edit(c)) {
                weightsOrDataChanged();
                weights.invalidate();
            }
        } else if (c instanceof Command.ShowUnits u) {
            if (u.show() && !unitsShown) {
                grids.invalidate(); // the next grid, at this very step too, brings the units
            }
            unitsShown = u.show();
        } else if (c instanceof Command.SetData d) {
            run.setData(d.data());
            weightsOrDataChanged();
        } else if (c instanceof Command.SetDataSettings d) {
            run.setDataSettings(d.settings());
            weightsOrDataChanged();
        } else if (c instanceof Command.Reset) {
            run.reset();
            newWeights();
        } else if (c instanceof Command.SetNetwork n) {
            run.setNetwork(n.network());
            newWeights();
        } else if (c instanceof Command.LoadParameters p) {
            run.load(p);
            newWeights();
        }
        // Untrainable data pauses; Reset and load clear a divergence but do not start training by themselves.
        playing &= run.trainable();
    }

    /** Another picture: the costs are evaluated afresh and the grid is drawn again, even at the same step. */
    private void weightsOrDataChanged() {
        weightsOrDataChanged = true;
        grids.invalidate();
    }

    /** Weights of a new run: the step count starts again, so the rate and the drawing copy start again too. */
    private void newWeights() {
        weightsOrDataChanged();
        weights.invalidate();
        rate.clear();
    }

    private void publish(boolean stopped) {
        boolean changed = stopped || weightsOrDataChanged;
        weightsOrDataChanged = false;
        pendingRefresh = false;
        long now = CLOCK.getAsLong();
        pacing.published(now);
        // Read before the next is asked for: a grid finishing meanwhile waits, so each snapshot brings one new grid.
        BoundaryGrid grid = grids.newest();
        long step = run.steps();
        publishedStep = step;
        if (first) {
            run.evaluateOutside(true);
        } else {
            run.evaluate(changed || !playing, viewport);
        }
        // The worker draws on its own thread, so the trainer pays only for a copy of the weights. While frames drive,
        // every publication asks for a grid: the frames pace the grids, not the grid clock.
        if (run.finite()) {
            boolean idle = !playing || !pacing.fullSpeed(); // a paused or paced trainer leaves a core to the grid
            grids.schedule(step, changed || !playing || pacing.framesDrive(now), now,
                    () -> run.gridRequest(viewport, unitsShown).withBothCores(idle));
        }
        if (playing) {
            rate.record(step);
        } else {
            rate.clear(); // a pause must not count as slow training
        }
        latest.set(run.snapshot(++version, playing, pacing.speed(), grid, rate.stepsPerSecond(),
                weights.of(run.network(), step)));
    }
}
