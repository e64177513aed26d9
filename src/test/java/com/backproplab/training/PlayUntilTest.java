package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A lesson step's pause point: {@link Command.PlayUntil} trains at the set speed and pauses exactly there. */
class PlayUntilTest {
    private TrainingSession session;

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

    private long trainedSteps() throws Exception {
        CompletableFuture<TrainedState> f = new CompletableFuture<>();
        session.send(new Command.Export(f));
        return f.get(20, TimeUnit.SECONDS).step();
    }

    private void start() {
        session = new TrainingSession(NetworkConfig.defaults(), TrainingConfig.defaults(), DataSettings.defaults(),
                Preset.XOR.generate(200, 0.1, 1), Viewport.defaults(), 32);
        session.start();
    }

    @Test
    @DisplayName("should pause exactly at the step asked, at full speed, and train on without a limit after Play")
    void fullSpeed() throws Exception {
        start();
        session.send(new Command.SetSpeed(Double.POSITIVE_INFINITY));
        session.send(new Command.PlayUntil(5000));
        Snapshot s = await(x -> x.step() >= 5000 && !x.playing());
        assertEquals(5000, s.step());
        assertEquals(5000, trainedSteps(), "and nothing after it");
        session.send(new Command.Play());
        await(x -> x.step() > 6000);
    }

    @Test
    @DisplayName("should pause at the step asked in slow motion too, and again after a reset")
    void slowAndReset() throws Exception {
        start();
        session.send(new Command.SetSpeed(400));
        session.send(new Command.PlayUntil(40));
        assertEquals(40, await(x -> x.step() == 40 && !x.playing()).step());
        session.send(new Command.Reset());
        session.send(new Command.PlayUntil(30));
        Snapshot again = await(x -> x.step() == 30 && !x.playing());
        assertFalse(again.playing());
        assertEquals(30, trainedSteps());
    }

    @Test
    @DisplayName("should not start when the run is already at or past the step asked")
    void alreadyThere() throws Exception {
        start();
        session.send(new Command.PlayUntil(25));
        await(x -> x.step() == 25 && !x.playing());
        session.send(new Command.PlayUntil(10));
        session.send(new Command.SetSpeed(77));
        Snapshot s = await(x -> x.stepsPerSecond() == 77);
        assertFalse(s.playing());
        assertEquals(25, trainedSteps());
    }
}
