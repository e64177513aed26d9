package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A weight or a bias typed in the network view goes through the trainer, and the boundary follows at once. */
@SlowTest
class WeightEditTest {
    private TrainingSession session;
    private double marker = 1000.5;

    @BeforeEach
    void start() {
        session = new TrainingSession(NetworkConfig.defaults(), TrainingConfig.defaults(), DataSettings.defaults(),
                Preset.XOR.generate(200, 0.1, 1), Viewport.defaults(), 64);
        session.start();
    }

    @AfterEach
    void stop() {
        session.close();
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

    /** The first snapshot published after {@code command} was handled (a speed sent behind it marks it). */
    private Snapshot afterHandling(Command command) throws InterruptedException {
        double speed = marker++;
        session.send(command);
        session.send(new Command.SetSpeed(speed));
        return await(s -> s.stepsPerSecond() == speed);
    }

    /** The first snapshot with a grid at the full resolution (the first grid of a session is a coarse one). */
    private Snapshot fullGrid() throws InterruptedException {
        return await(s -> s.grid() != null && s.grid().resolution() == 64);
    }

    /** The largest change of P(y=1) over the grid between two grids of the same resolution. */
    private static double largestChange(BoundaryGrid a, BoundaryGrid b) {
        double most = 0;
        for (int j = 0; j < a.resolution(); j++) {
            for (int i = 0; i < a.resolution(); i++) {
                most = Math.max(most, Math.abs(a.probability(i, j) - b.probability(i, j)));
            }
        }
        return most;
    }

    @Test
    @DisplayName("should change the next snapshot's boundary when a weight is edited, without a training step")
    void weightEditMovesTheBoundary() throws Exception {
        Snapshot before = fullGrid();
        Snapshot after = afterHandling(new Command.SetWeight(1, 3, 1, 6.0));
        assertEquals(6.0, after.weights().weight(1, 3, 1));
        assertEquals(0, after.step(), "no training step");
        Snapshot redrawn = await(s -> s.grid() != before.grid());
        assertEquals(0, redrawn.grid().step());
        assertEquals(64, redrawn.grid().resolution());
        assertTrue(largestChange(before.grid(), redrawn.grid()) > 0.01,
                () -> "largest change of P " + largestChange(before.grid(), redrawn.grid()));
        // Training goes on from the edited value.
        Snapshot stepped = afterHandling(new Command.StepOnce());
        assertEquals(1, stepped.step());
        assertEquals(6.0, stepped.weights().weight(1, 3, 1), 0.1);
        assertNotEquals(6.0, stepped.weights().weight(1, 3, 1));
    }

    @Test
    @DisplayName("should change the boundary when a bias is edited")
    void biasEditMovesTheBoundary() throws Exception {
        Snapshot before = fullGrid();
        Snapshot after = afterHandling(new Command.SetBias(3, 0, -4.0));
        assertEquals(-4.0, after.weights().bias(3, 0));
        Snapshot redrawn = await(s -> s.grid() != before.grid());
        assertTrue(largestChange(before.grid(), redrawn.grid()) > 0.1);
    }

    @Test
    @DisplayName("should ignore an edit the network has no parameter for (its shape changed since), and go on")
    void staleEditIsIgnored() throws Exception {
        Snapshot before = session.latest();
        Snapshot after = afterHandling(new Command.SetWeight(1, 8, 0, 1.0));
        afterHandling(new Command.SetBias(9, 0, 1.0));
        afterHandling(new Command.SetBias(1, 0, Double.NaN));
        assertNull(after.divergence());
        assertTrue(session.latest().weights().bias(1, 0) == before.weights().bias(1, 0));
        Snapshot stepped = afterHandling(new Command.StepOnce());
        assertEquals(1, stepped.step());
        assertNull(stepped.divergence());
    }
}
