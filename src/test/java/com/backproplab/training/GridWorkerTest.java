package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.data.InputMap;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@SlowTest
class GridWorkerTest {
    private static final long T = 1_000_000_000_000L;
    private final Semaphore results = new Semaphore(0);
    private final GridWorker worker = new GridWorker(8, results::release);
    private final Network net = Network.initialize(NetworkConfig.defaults());
    private int requests;

    @AfterEach
    void stop() {
        worker.stop();
    }

    private GridWorker.Request request(long step) {
        requests++;
        return new GridWorker.Request(net.copy(), InputMap.coordinates(), Viewport.defaults(), step);
    }

    private void awaitResult() throws InterruptedException {
        assertTrue(results.tryAcquire(20, TimeUnit.SECONDS), "no grid came back");
    }

    @Test
    @DisplayName("should draw a coarse first grid on its own thread once started, then the full one when scheduled")
    void submitFirst() throws InterruptedException {
        worker.submitFirst(request(0));
        assertNull(worker.newest(), "nothing is computed on the caller's thread");
        worker.start();
        awaitResult();
        assertEquals(0, worker.newest().step());
        assertEquals(4, worker.newest().resolution(), "a quarter of 8, at least 4");
        worker.schedule(0, true, T, () -> request(0));
        awaitResult();
        assertEquals(8, worker.newest().resolution());
        worker.schedule(0, true, T + 1, () -> request(0));
        assertEquals(2, requests, "the full grid of the same weights is not drawn twice");
    }

    @Test
    @DisplayName("should ask for a grid once per step, at most every 12.5 ms unless urgent, and again when invalidated")
    void schedule() throws InterruptedException {
        worker.start();
        worker.schedule(1, false, T, () -> request(1));
        awaitResult();
        assertEquals(1, worker.newest().step());
        worker.schedule(1, true, T + GridWorker.GRID_NANOS, () -> request(1));
        assertEquals(1, requests, "the same weights are not drawn twice");
        worker.schedule(2, false, T + GridWorker.GRID_NANOS - 1, () -> request(2));
        assertEquals(1, requests, "while playing, not sooner than GRID_NANOS after the last request");
        worker.schedule(2, false, T + GridWorker.GRID_NANOS, () -> request(2));
        awaitResult();
        assertEquals(2, worker.newest().step());
        worker.schedule(3, true, T + GridWorker.GRID_NANOS + 1, () -> request(3));
        awaitResult();
        assertEquals(3, worker.newest().step(), "urgent requests come at once");
        worker.invalidate();
        worker.schedule(3, false, T + 3 * GridWorker.GRID_NANOS, () -> request(3));
        awaitResult();
        assertEquals(4, requests, "after an invalidation the same step is drawn again");
    }

    @Test
    @DisplayName("should not ask a busy worker, which gets the newer weights at a later call")
    void busy() {
        // Not started: the first request waits, so the worker stays busy.
        worker.schedule(1, true, T, () -> request(1));
        assertTrue(worker.busy());
        worker.schedule(2, true, T + 1, () -> request(2));
        assertEquals(1, requests);
    }

    @Test
    @DisplayName("should hand a failure to the trainer once, keep the last grid, and live on")
    void failure() throws InterruptedException {
        worker.submitFirst(request(0));
        worker.start();
        awaitResult();
        BoundaryGrid before = worker.newest();
        worker.submit(new GridWorker.Request(net.copy(), null, Viewport.defaults(), 1));
        awaitResult();
        RuntimeException failure = worker.takeFailure();
        assertNotNull(failure);
        assertNull(worker.takeFailure(), "a failure is reported once");
        assertSame(before, worker.newest());
        assertFalse(worker.busy());
        worker.submit(request(2));
        awaitResult();
        assertEquals(2, worker.newest().step());
        assertNull(worker.takeFailure());
    }

    @Test
    @DisplayName("should split a grid over two cores when the trainer is idle, with the same values as on one")
    void bothCores() throws InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core");
        GridWorker big = new GridWorker(128, results::release);
        try {
            big.submitFirst(request(0));
            big.start();
            awaitResult();
            Network trained = Network.initialize(new NetworkConfig(java.util.List.of(8, 8, 8, 8, 8, 8),
                    com.backproplab.engine.Activation.TANH, com.backproplab.engine.InitScheme.XAVIER, 1, 5));
            GridWorker.Request one = new GridWorker.Request(trained.copy(), InputMap.coordinates(),
                    Viewport.defaults(), 1);
            big.submit(one);
            awaitResult();
            BoundaryGrid single = big.newest();
            assertFalse(big.hasUsedSecondCore(), "a playing trainer's grid stays on one core");
            // Another network in between, so that a half the split leaves out would show its values.
            big.submit(request(2));
            awaitResult();
            big.submit(one.withBothCores(true));
            awaitResult();
            BoundaryGrid split = big.newest();
            assertTrue(big.hasUsedSecondCore(), "an idle trainer's grid takes the second core");
            assertEquals(128, split.resolution());
            for (int j = 0; j < 128; j++) {
                for (int i = 0; i < 128; i++) {
                    assertEquals(single.probability(i, j), split.probability(i, j), 0.0, i + ", " + j);
                }
            }
        } finally {
            big.stop();
        }
    }
}
