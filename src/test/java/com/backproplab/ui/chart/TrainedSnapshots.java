package com.backproplab.ui.chart;

import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Snapshots of real headless training runs, each run once per test JVM and shared by the chart tests. */
final class TrainedSnapshots {
    private static final Map<String, List<Snapshot>> RUNS = new ConcurrentHashMap<>();

    private TrainedSnapshots() {
    }

    /** The default tanh network on the spiral: an untrained snapshot, one after ~100 steps, one after ~300. */
    static List<Snapshot> defaults() {
        return RUNS.computeIfAbsent("defaults", k -> run(NetworkConfig.defaults(), TrainingConfig.defaults(),
                new long[] {100, 300}));
    }

    /** A 2-16x6-1 sigmoid network (vanishing gradients in its first layers) after ~2000 steps. */
    static Snapshot deepSigmoid() {
        NetworkConfig nc = new NetworkConfig(List.of(16, 16, 16, 16, 16, 16), Activation.SIGMOID,
                InitScheme.XAVIER, 1.0, 1L);
        return RUNS.computeIfAbsent("sigmoid", k -> run(nc, TrainingConfig.defaults(), new long[] {2000})).get(1);
    }

    /** The same shape with tanh after ~2000 steps. */
    static Snapshot deepTanh() {
        NetworkConfig nc = new NetworkConfig(List.of(16, 16, 16, 16, 16, 16), Activation.TANH,
                InitScheme.XAVIER, 1.0, 1L);
        return RUNS.computeIfAbsent("tanh", k -> run(nc, TrainingConfig.defaults(), new long[] {2000})).get(1);
    }

    /** A 2-16x6-1 network trained at a limited speed, so the history is dense (for looking at PNGs). */
    static Snapshot dense(Activation activation, double stepsPerSecond, long steps) {
        NetworkConfig nc = new NetworkConfig(List.of(16, 16, 16, 16, 16, 16), activation, InitScheme.XAVIER, 1.0, 1L);
        return RUNS.computeIfAbsent("dense-" + activation + stepsPerSecond + "-" + steps, k -> {
            try (TrainingSession session = new TrainingSession(nc, TrainingConfig.defaults(),
                    DataSettings.defaults(), Preset.SPIRAL.generate(200, 0.2, 1), Viewport.defaults(), 32)) {
                session.start();
                session.send(new Command.SetSpeed(stepsPerSecond));
                session.send(new Command.Play());
                return List.of(await(session, steps));
            }
        }).get(0);
    }

    /** A 16-hidden-layer sigmoid network (L = 17) after ~1000 steps at a limited speed (for looking at PNGs). */
    static Snapshot deep17() {
        NetworkConfig nc = new NetworkConfig(java.util.Collections.nCopies(16, 8), Activation.SIGMOID,
                InitScheme.XAVIER, 1.0, 1L);
        return RUNS.computeIfAbsent("deep17", k -> {
            try (TrainingSession session = new TrainingSession(nc, TrainingConfig.defaults(),
                    DataSettings.defaults(), Preset.SPIRAL.generate(200, 0.2, 1), Viewport.defaults(), 32)) {
                session.start();
                session.send(new Command.SetSpeed(1000));
                session.send(new Command.Play());
                return List.of(await(session, 1000));
            }
        }).get(0);
    }

    /** A deep linear network at a learning rate far too high, played until training stopped on its divergence. */
    static Snapshot diverged() {
        NetworkConfig nc = new NetworkConfig(Collections.nCopies(6, 8), Activation.LINEAR, InitScheme.XAVIER,
                1.0, 1L);
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.GD)
                .withLearningRate(1.5).withBatch(400, true);
        return RUNS.computeIfAbsent("diverged", k -> {
            try (TrainingSession session = new TrainingSession(nc, tc, new DataSettings(0, 1, true),
                    Preset.CIRCLE.generate(200, 0.1, 1), Viewport.defaults(), 32)) {
                session.start();
                session.send(new Command.SetSpeed(100));
                session.send(new Command.Play());
                long end = System.nanoTime() + 30_000_000_000L;
                while (session.latest().divergence() == null || session.latest().playing()) {
                    if (System.nanoTime() > end) {
                        throw new AssertionError("no divergence; at step " + session.latest().step());
                    }
                    Thread.onSpinWait();
                }
                return List.of(session.latest());
            }
        }).get(0);
    }

    /** The paused session's snapshot first, then one after passing each of {@code steps}. */
    private static List<Snapshot> run(NetworkConfig nc, TrainingConfig tc, long[] steps) {
        List<Snapshot> out = new ArrayList<>();
        try (TrainingSession session = new TrainingSession(nc, tc, DataSettings.defaults(),
                Preset.SPIRAL.generate(200, 0.2, 1), Viewport.defaults(), 32)) {
            session.start();
            out.add(session.latest());
            // A limited speed gives a denser history; at full speed one publication can jump hundreds of steps.
            session.send(new Command.SetSpeed(3000));
            session.send(new Command.Play());
            for (long target : steps) {
                // Past the previous snapshot too, so two targets never return the same snapshot.
                out.add(await(session, Math.max(target, out.get(out.size() - 1).step())));
            }
            session.send(new Command.Pause());
        }
        return out;
    }

    private static Snapshot await(TrainingSession session, long step) {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot s = session.latest();
            if (s.step() > step) {
                return s;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("training did not pass step " + step + "; at " + session.latest().step());
    }
}
