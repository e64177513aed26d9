package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.data.Dataset;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.engine.Network;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@SlowTest
class TrainingSessionTest {
    private TrainingSession session;

    private TrainingSession start(NetworkConfig nc, TrainingConfig tc, Dataset data) {
        session = new TrainingSession(nc, tc, DataSettings.defaults(), data, Viewport.defaults(), 64);
        session.start();
        return session;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private Snapshot await(Predicate<Snapshot> condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot s = session.latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last snapshot step " + session.latest().step());
    }

    /** The trained state as the trainer answers it: every command sent before has been handled. */
    private TrainedState trainedState() throws Exception {
        CompletableFuture<TrainedState> f = new CompletableFuture<>();
        session.send(new Command.Export(f));
        return f.get(20, TimeUnit.SECONDS);
    }

    /**
     * The first snapshot published after {@code command} was handled: a speed change sent behind it marks the
     * publication (the speed is part of every snapshot).
     */
    private Snapshot afterHandling(Command command, double markerSpeed) throws InterruptedException {
        session.send(command);
        session.send(new Command.SetSpeed(markerSpeed));
        return await(s -> s.stepsPerSecond() == markerSpeed);
    }

    @Test
    @DisplayName("should train on play, stop on pause, and step exactly once on step")
    void playPauseStep() throws Exception {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        Snapshot first = session.latest();
        assertEquals(0, first.step());
        assertEquals(0, await(s -> s.grid() != null).grid().step(), "the first grid comes from the worker");
        session.send(new Command.Play());
        Snapshot trained = await(s -> s.step() > 2000);
        assertTrue(trained.metrics().trainCost() < 0.3, () -> "cost " + trained.metrics().trainCost());
        session.send(new Command.Pause());
        Snapshot paused = await(s -> !s.playing());
        // Two answers in a row: a trainer still training would have stepped between them.
        assertEquals(paused.step(), trainedState().step());
        assertEquals(paused.step(), trainedState().step());
        session.send(new Command.StepOnce());
        Snapshot one = await(s -> s.step() > paused.step());
        assertEquals(paused.step() + 1, one.step());
        assertFalse(one.playing());
        assertTrue(one.history().size() > 0);
        assertEquals(paused.step() + 1, trainedState().step(), "one step, and no training after it");
    }

    @Test
    @DisplayName("should stop on divergence with a message, and recover on reset")
    void divergenceAndReset() throws InterruptedException {
        NetworkConfig nc = new NetworkConfig(List.of(8, 8, 8), Activation.RELU, InitScheme.SCALED, 10, 1);
        start(nc, TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(50),
                Preset.SPIRAL.generate(200, 0.1, 1));
        session.send(new Command.Play());
        Snapshot d = await(s -> s.divergence() != null);
        assertFalse(d.playing());
        assertTrue(d.divergence().message().contains("step " + d.divergence().step()), d.divergence().message());
        Snapshot refused = afterHandling(new Command.Play(), 7);
        assertFalse(refused.playing(), "Play after a divergence keeps the session paused");
        session.send(new Command.SetSpeed(Double.POSITIVE_INFINITY));
        session.send(new Command.SetNetwork(nc.withInit(InitScheme.XAVIER, 1)));
        session.send(new Command.SetTraining(TrainingConfig.defaults()));
        session.send(new Command.Reset());
        Snapshot r = await(s -> s.divergence() == null);
        assertEquals(0, r.step());
        session.send(new Command.Play());
        await(s -> s.step() > 100 && s.divergence() == null);
    }

    @Test
    @DisplayName("should publish a divergence at once, also in slow motion between two publications")
    void divergencePublishedAtSlowSpeed() throws InterruptedException {
        // Diverges at its first steps; at 300 steps/s the step lands between publications, where a trainer that
        // waited for the next command would leave the screen on "playing" forever.
        NetworkConfig nc = new NetworkConfig(List.of(8, 8, 8), Activation.RELU, InitScheme.SCALED, 10, 1);
        for (int run = 0; run < 5; run++) {
            start(nc, TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(50),
                    Preset.SPIRAL.generate(200, 0.1, run));
            session.send(new Command.SetSpeed(300));
            session.send(new Command.Play());
            Snapshot d = await(s -> s.divergence() != null);
            assertFalse(d.playing());
            session.close();
            session = null;
        }
    }

    @Test
    @DisplayName("should publish at the frames a window reports while training at full speed, not on the 16 ms clock")
    void framesDrivePublications() throws InterruptedException {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        session.send(new Command.SetSpeed(Double.POSITIVE_INFINITY));
        session.send(new Command.Play());
        await(s -> s.playing() && s.step() > 100);
        // A frame every 60 ms: a publication at each and one at the 32 ms backstop between them, about 33 a second,
        // where the clock publishes 62.5. A busy machine publishes fewer, never more.
        long v0 = session.latest().version();
        long t0 = System.nanoTime();
        for (int i = 0; i < 18; i++) {
            session.frameShown();
            Thread.sleep(60);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long published = session.latest().version() - v0;
        assertTrue(published > 0 && published <= 45 * seconds, published + " publications in " + seconds + " s");
    }

    @Test
    @DisplayName("should bring the boundary grid up to the weights' step, also when paused after a single step")
    void gridFollowsWeights() throws InterruptedException {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        assertEquals(0, await(x -> x.grid() != null).grid().step());
        for (int i = 1; i <= 5; i++) {
            session.send(new Command.StepOnce());
            int step = i;
            Snapshot s = await(x -> x.step() == step && x.grid() != null && x.grid().step() == step);
            assertEquals(64, s.grid().resolution());
        }
        session.send(new Command.Play());
        await(x -> x.grid().step() > 1000);
        session.send(new Command.Pause());
        Snapshot paused = await(x -> !x.playing());
        await(x -> x.grid().step() == paused.step());
    }

    @Test
    @DisplayName("should show the grid of the step on screen in slow motion, not the step before")
    void gridInSlowMotion() throws InterruptedException {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        session.send(new Command.SetSpeed(4));
        session.send(new Command.Play());
        Snapshot s = await(x -> x.playing() && x.step() >= 2 && x.grid() != null && x.grid().step() == x.step());
        assertTrue(s.playing());
    }

    @Test
    @DisplayName("should export a private copy of the trained weights, optimizer state and progress")
    void export() throws Exception {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        session.send(new Command.StepOnce());
        session.send(new Command.StepOnce());
        TrainedState t = trainedState();
        assertEquals(2, t.step());
        assertEquals(2, t.optimizerState().t());
        assertEquals(List.of(2, 8, 8, 1), java.util.Arrays.stream(t.network().sizes()).boxed().toList());
        // The copy does not move when training goes on.
        double w = t.network().weight(1, 0, 0);
        session.send(new Command.StepOnce());
        await(s -> s.step() == 3);
        assertEquals(w, t.network().weight(1, 0, 0), 0.0);
    }

    @Test
    @DisplayName("should stop on a command that fails, show why in the divergence field, and recover on reset")
    void failedCommandReachesSnapshot() throws InterruptedException {
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.XOR.generate(200, 0.1, 1));
        session.send(new Command.Play());
        await(s -> s.step() > 100);
        Network wrongShape = Network.initialize(NetworkConfig.defaults().withHidden(List.of(3)));
        session.send(new Command.LoadParameters(wrongShape, null, 0, 0, 0));
        Snapshot failed = await(s -> s.divergence() != null);
        assertFalse(failed.playing());
        String message = failed.divergence().message();
        assertTrue(message.contains("while handling LoadParameters") && message.contains("do not fit the network")
                && message.contains("Press Reset"), message);
        session.send(new Command.Reset());
        Snapshot reset = await(s -> s.divergence() == null);
        assertEquals(0, reset.step());
        session.send(new Command.Play());
        await(s -> s.step() > 100 && s.playing());
    }

    @Test
    @DisplayName("should refuse to train a one-class dataset with a clear message")
    void oneClass() throws InterruptedException {
        Dataset one = Dataset.of(new double[] {0, 1, 2}, new double[] {0, 1, 2}, new int[] {1, 1, 1});
        start(NetworkConfig.defaults(), TrainingConfig.defaults(), one);
        Snapshot s = afterHandling(new Command.Play(), 5);
        assertNotNull(s.dataProblem());
        assertEquals(0, s.step());
        assertFalse(s.playing(), "untrainable data keeps the session paused");
        session.send(new Command.SetData(Preset.XOR.generate(100, 0.1, 2)));
        Snapshot ok = await(x -> x.dataProblem() == null);
        assertNull(ok.divergence());
    }
}
