package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.data.Normalization;
import com.backproplab.data.PreparedData;
import com.backproplab.data.Split;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import com.backproplab.engine.TrainingConfig;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One long-lived training thread that owns the network. Commands come in through a queue; the latest state goes
 * out as an immutable {@link Snapshot} in a single latest-value slot, at most about 60 times a second whatever the
 * training speed. The thread never waits for its readers.
 */
public final class TrainingSession implements AutoCloseable {
    /** Snapshots are published at most this often while training (about one per frame at 60 Hz). */
    private static final long PUBLISH_NANOS = 16_000_000L;

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Thread thread;
    private final int gridResolution;

    // Everything below is owned by the training thread (and by the constructor before it starts).
    private NetworkConfig networkConfig;
    private TrainingConfig trainingConfig;
    private DataSettings dataSettings;
    private Dataset data;
    private Viewport viewport;
    private Learner learner;
    private Split split;
    private Normalization normalization;
    private double[][] train;
    private double[][] dev;
    private boolean playing;
    private double speed = Double.POSITIVE_INFINITY;
    private Divergence divergence;
    private String dataProblem;
    private History.Recorder recorder;
    private StepStats lastStats;
    private final Predictor predictor = new Predictor();
    private Predictor.Evaluation trainEval;
    private Predictor.Evaluation devEval;
    private long lastEval;
    private long lastEvalNanos;
    /** Step of the weights last sent to the grid worker; -1 forces a new grid. */
    private long gridStep = -1;
    private final GridWorker gridWorker;
    private long lastGridRequest;
    /** Least time between two grids while training plays. */
    private static final long GRID_NANOS = 33_000_000L;
    /** The newest finished grid, handed over by the grid worker's thread. */
    private final AtomicReference<BoundaryGrid> newestGrid = new AtomicReference<>();
    private long version;
    private long lastPublish;
    private long publishedStep = -1;
    private Weights weights;
    private long weightsStep = -1;
    private Network weightsNet;
    /** Set when the weights changed without a step (reset, load): the drawing copy must be taken again. */
    private boolean weightsDirty = true;
    /** A new grid arrived and is not published yet. */
    private boolean pendingRefresh;
    /** The weights or the data changed: the next publication evaluates the costs afresh. */
    private boolean weightsOrDataChanged = true;
    private long slowStart;
    private long slowDone;
    private final long[] stepTimes = new long[64];
    private final long[] stepCounts = new long[64];
    private int rateIndex;
    private int rateSize;

    /** A paused session; call {@link #start()} to run its thread. */
    public TrainingSession(NetworkConfig network, TrainingConfig training, DataSettings settings, Dataset data,
                           Viewport viewport, int gridResolution) {
        this.networkConfig = network;
        this.trainingConfig = training;
        this.dataSettings = settings;
        this.data = data;
        this.viewport = viewport;
        this.gridResolution = gridResolution;
        this.gridWorker = new GridWorker(gridResolution, g -> {
            newestGrid.set(g);
            commands.add(new Command.Refresh());
        });
        rebuildLearner();
        // The first picture is drawn before the window shows; later grids come from the worker.
        newestGrid.set(gridWorker.compute(gridRequest()));
        gridStep = 0;
        publish(true);
        this.thread = new Thread(this::run, "backprop-trainer");
        thread.setDaemon(true);
    }

    /** Starts the training thread and its grid worker. */
    public void start() {
        gridWorker.start();
        thread.start();
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
        gridWorker.stop();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            boolean alive = true;
            while (alive) {
                Command c = canTrain() || pendingRefresh ? commands.poll(waitNanos(), TimeUnit.NANOSECONDS)
                        : commands.take();
                boolean changed = false;
                while (c != null) {
                    if (c instanceof Command.Shutdown) {
                        alive = false;
                        break;
                    }
                    Command next = commands.poll();
                    if (c instanceof Command.Refresh) {
                        // A new grid: shown at the next publication, at once when not training.
                        pendingRefresh = true;
                    } else if (c instanceof Command.SetData && next instanceof Command.SetData) {
                        // A paint stroke queues one edit per mouse event: only the newest points matter.
                        changed = true;
                    } else {
                        handleSafely(c);
                        changed = true;
                    }
                    c = next;
                }
                if (!alive) {
                    break;
                }
                boolean training = canTrain();
                try {
                    if (training) {
                        trainSlice();
                    }
                    // Training that stopped on its own (divergence) is published at once: the loop is about to
                    // wait for the next command, and the screen must not keep showing "playing".
                    boolean stopped = training && !canTrain();
                    boolean stepped = learner.steps() != publishedStep;
                    boolean due = System.nanoTime() - lastPublish >= PUBLISH_NANOS;
                    if (changed || stopped || (pendingRefresh && (!training || due)) || (stepped && due)) {
                        publish(stopped);
                    }
                } catch (RuntimeException e) {
                    fail(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            gridWorker.stop();
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
            System.err.println("backprop-lab: ignored " + c.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** An unexpected failure while training or publishing: stop, and show it like a divergence (Reset recovers). */
    private void fail(RuntimeException e) {
        playing = false;
        divergence = new Divergence(learner.steps(), "Training stopped at step " + learner.steps()
                + " by an internal error (" + e + "). Press Reset to start again.");
        try {
            publish(true);
        } catch (RuntimeException again) {
            System.err.println("backprop-lab: cannot publish after " + e + ": " + again);
        }
    }

    private boolean canTrain() {
        return playing && divergence == null && dataProblem == null;
    }

    /** How long to wait for commands before the next slice (or the due publication of a new grid). */
    private long waitNanos() {
        if (pendingRefresh && !canTrain()) {
            return 0;
        }
        if (Double.isInfinite(speed)) {
            return 0;
        }
        long now = System.nanoTime();
        long due = slowStart + (long) ((slowDone + 1) / speed * 1e9);
        if (pendingRefresh) {
            due = Math.min(due, lastPublish + PUBLISH_NANOS);
        }
        return Math.max(0, Math.min(due - now, PUBLISH_NANOS));
    }

    private void trainSlice() {
        long now = System.nanoTime();
        if (Double.isInfinite(speed)) {
            long end = now + PUBLISH_NANOS;
            do {
                if (!stepOnce()) {
                    return;
                }
            } while (System.nanoTime() < end);
        } else {
            long due = (long) ((now - slowStart) / 1e9 * speed);
            // Catch up at most a few steps: after a pause the slow motion must not burst.
            if (due - slowDone > 4) {
                slowDone = due - 1;
            }
            while (slowDone < due) {
                slowDone++;
                if (!stepOnce()) {
                    return;
                }
            }
        }
    }

    /** One step; false when it diverged. */
    private boolean stepOnce() {
        StepStats s = learner.step();
        lastStats = s;
        if (s.diverged) {
            divergence = new Divergence(s.step, DivergenceReport.of(s, networkConfig, trainingConfig).sentence());
            playing = false;
            return false;
        }
        if (recorder.offer(s.step, s.cost)) {
            evaluate(false);
            recorder.add(s.step, trainEval.cost(), devEval.cost(), trainEval.accuracy(), devEval.accuracy(),
                    s.gradNorm, s.weightNorm, s.updateRatio, s.activationStd);
        }
        return true;
    }

    /**
     * Costs and accuracies over the train and dev sets. Unless forced, re-evaluated at most every frame and at
     * most 5% of the time, so large datasets do not slow training down; between evaluations the last values stand.
     */
    private void evaluate(boolean force) {
        long now = System.nanoTime();
        if (!force && trainEval != null && now - lastEval < Math.max(PUBLISH_NANOS, 20 * lastEvalNanos)) {
            return;
        }
        Network net = learner.network();
        if (divergence != null && !net.isFinite()) {
            trainEval = new Predictor.Evaluation(Double.NaN, Double.NaN);
            devEval = trainEval;
        } else {
            trainEval = predictor.evaluate(net, train[0], train[1], train[2], train[2].length);
            devEval = predictor.evaluate(net, dev[0], dev[1], dev[2], dev[2].length);
        }
        lastEval = System.nanoTime();
        lastEvalNanos = lastEval - now;
    }

    private void handle(Command c) {
        if (c instanceof Command.Play) {
            // Untrainable data or a divergence keeps the session paused: the UI never shows "playing" while
            // nothing trains, and Reset after a divergence does not start training by itself.
            playing = dataProblem == null && divergence == null;
            restartClock();
            clearRate();
        } else if (c instanceof Command.Pause) {
            playing = false;
        } else if (c instanceof Command.StepOnce) {
            weightsOrDataChanged = true;
            playing = false;
            if (divergence == null && dataProblem == null) {
                stepOnce();
            }
        } else if (c instanceof Command.Reset) {
            weightsOrDataChanged = true;
            rebuildLearner();
        } else if (c instanceof Command.SetSpeed s) {
            speed = s.stepsPerSecond() > 0 ? s.stepsPerSecond() : 1;
            restartClock();
        } else if (c instanceof Command.SetNetwork n) {
            weightsOrDataChanged = true;
            networkConfig = n.network();
            rebuildLearner();
        } else if (c instanceof Command.SetTraining t) {
            trainingConfig = t.training();
            learner.setTraining(trainingConfig);
        } else if (c instanceof Command.SetData d) {
            weightsOrDataChanged = true;
            data = d.data();
            applyData();
        } else if (c instanceof Command.SetDataSettings d) {
            weightsOrDataChanged = true;
            dataSettings = d.settings();
            applyData();
        } else if (c instanceof Command.SetViewport v) {
            weightsOrDataChanged = true;
            viewport = v.viewport();
            gridStep = -1;
        } else if (c instanceof Command.LoadParameters p) {
            weightsOrDataChanged = true;
            load(p);
        } else if (c instanceof Command.Export e) {
            e.result().complete(new TrainedState(learner.network().copy(), learner.optimizer().state(),
                    learner.steps(), learner.epoch(), learner.position()));
        }
    }

    private void restartClock() {
        slowStart = System.nanoTime();
        slowDone = 0;
    }

    private void rebuildLearner() {
        clearRate();
        weightsDirty = true;
        learner = new Learner(networkConfig, trainingConfig);
        recorder = new History.Recorder(learner.network().layers());
        lastStats = null;
        divergence = null;
        gridStep = -1;
        applyData();
    }

    private void load(Command.LoadParameters p) {
        if (!Arrays.equals(p.network().sizes(), networkConfig.layerSizes())
                || p.network().batchNorm() != networkConfig.batchNorm()) {
            throw new IllegalArgumentException("parameters do not fit the network");
        }
        // Built and restored aside, so a bad state leaves the current learner untouched.
        Learner loaded = new Learner(p.network().copy(), trainingConfig, networkConfig.seed());
        if (p.optimizerState() != null) {
            loaded.optimizer().restore(p.optimizerState());
        }
        loaded.restoreProgress(p.step(), p.epoch(), p.position());
        learner = loaded;
        recorder = new History.Recorder(learner.network().layers());
        lastStats = null;
        divergence = null;
        gridStep = -1;
        clearRate();
        applyData();
        // After setData, which starts a new pass: resume inside the saved epoch.
        learner.restoreProgress(p.step(), p.epoch(), p.position());
    }

    private void applyData() {
        PreparedData prepared = PreparedData.of(data, dataSettings.devFraction(), dataSettings.splitSeed(),
                dataSettings.normalize());
        split = prepared.split();
        normalization = prepared.normalization();
        train = prepared.train();
        dev = prepared.dev();
        dataProblem = prepared.problem();
        learner.setData(train[0], train[1], train[2]);
        trainEval = null;
        gridStep = -1; // the normalization may have moved: the same weights draw another boundary
        if (dataProblem != null) {
            playing = false;
        }
    }

    private void publish(boolean stopped) {
        boolean changed = stopped || weightsOrDataChanged;
        weightsOrDataChanged = false;
        pendingRefresh = false;
        lastPublish = System.nanoTime();
        publishedStep = learner.steps();
        Network net = learner.network();
        long step = learner.steps();
        boolean finite = divergence == null || net.isFinite();
        evaluate(changed || !playing);
        Predictor.Evaluation tr = trainEval, dv = devEval;
        double batchCost = lastStats == null ? Double.NaN : lastStats.cost;
        StepStats copy = lastStats == null ? null : lastStats.copy();
        // A new grid whenever the weights changed and the worker is free: it draws on its own thread, so the
        // trainer pays only for a copy of the weights; a busy worker gets the newer weights at a later publication.
        // While playing, 30 grids a second are smooth to the eye and leave the two cores to training and drawing.
        boolean gridDue = changed || !playing || lastPublish - lastGridRequest >= GRID_NANOS;
        if (gridStep != step && finite && gridDue && !gridWorker.busy()) {
            gridWorker.submit(gridRequest());
            gridStep = step;
            lastGridRequest = lastPublish;
        }
        BoundaryGrid grid = newestGrid.get();
        recordRate(step);
        Snapshot s = new Snapshot(++version, playing, speed, step, learner.epoch(), learner.currentLearningRate(),
                networkConfig, trainingConfig, dataSettings, data, split, normalization,
                new Snapshot.Metrics(batchCost, tr.cost(), dv.cost(), tr.accuracy(), dv.accuracy()),
                copy == null ? LayerStats.NONE : new LayerStats(copy), recorder.snapshot(), grid, dataProblem,
                divergence, measuredRate(), weightsView(net, step));
        latest.set(s);
    }

    /** The weights for drawing: copied again only when they changed since the last publication. */
    private Weights weightsView(Network net, long step) {
        if (weights == null || weightsStep != step || weightsNet != net || weightsDirty) {
            weights = Weights.of(net);
            weightsStep = step;
            weightsNet = net;
            weightsDirty = false;
        }
        return weights;
    }

    private GridWorker.Request gridRequest() {
        return new GridWorker.Request(learner.network().copy(), normalization, viewport, learner.steps());
    }

    private void recordRate(long step) {
        if (!playing) {
            clearRate(); // a pause must not count as slow training
            return;
        }
        stepTimes[rateIndex] = System.nanoTime();
        stepCounts[rateIndex] = step;
        rateIndex = (rateIndex + 1) % stepTimes.length;
        rateSize = Math.min(rateSize + 1, stepTimes.length);
    }

    private void clearRate() {
        rateSize = 0;
    }

    /** Steps per second over the publications of about the last second of play (0 until there are two). */
    private double measuredRate() {
        if (rateSize < 2) {
            return 0;
        }
        int newest = (rateIndex + stepTimes.length - 1) % stepTimes.length;
        int oldest = newest;
        for (int k = 1; k < rateSize; k++) {
            int i = (newest - k + stepTimes.length) % stepTimes.length;
            oldest = i;
            if (stepTimes[newest] - stepTimes[i] >= 1_000_000_000L) {
                break;
            }
        }
        long dt = stepTimes[newest] - stepTimes[oldest];
        return dt <= 0 ? 0 : Math.max(0, stepCounts[newest] - stepCounts[oldest]) * 1e9 / dt;
    }
}
