package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.engine.LogisticPath;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The optimizer paths: each position is its trainer's weights at that step, and raw inputs stretch the cost. */
class PathRunTest {

    /** Two classes apart along x1; x2 sits near 200 with a spread of 5, as lesson 13's stretched features. */
    static Dataset stretched() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 200;
        double[] a = new double[n], b = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            a[i] = (labels[i] == 1 ? 1 : -1) + 0.8 * r.nextGaussian();
            b[i] = 200 + 5 * r.nextGaussian() + 2 * labels[i];
        }
        return Dataset.of(a, b, labels);
    }

    private static PathSetup setup(boolean normalize) {
        return PathSetup.of(stretched(), normalize, -3, 3, TrainingConfig.defaults().withLearningRate(0.1));
    }

    @Test
    @DisplayName("should give at every step the weights of each optimizer's own trainer, and of a second one in step")
    void positionsAreTheTrainersWeights() {
        PathSetup s = setup(true);
        PathRun run = new PathRun(s);
        List<LogisticPath> twins = new ArrayList<>();
        for (OptimizerKind kind : OptimizerPaths.kinds()) {
            twins.add(new LogisticPath(s.x1(), s.x2(), s.y(), s.w1(), s.w2(), s.hyper().withOptimizer(kind)));
        }
        List<OptimizerPaths> seen = new ArrayList<>();
        seen.add(run.snapshot(0, false));
        for (int t = 1; t <= 200; t++) {
            assertTrue(run.step());
            OptimizerPaths p = run.snapshot(t, true);
            seen.add(p);
            assertEquals(t, p.steps());
            for (OptimizerKind kind : OptimizerPaths.kinds()) {
                LogisticPath twin = twins.get(kind.ordinal());
                twin.step();
                assertEquals(run.path(kind).w1(), p.w1(kind, t), kind + " step " + t);
                assertEquals(run.path(kind).w2(), p.w2(kind, t), kind + " step " + t);
                assertEquals(twin.w1(), p.w1(kind, t), kind + " step " + t);
                assertEquals(twin.w2(), p.w2(kind, t), kind + " step " + t);
                assertEquals(twin.cost(), p.cost(kind, t), kind + " step " + t);
            }
        }
        // An earlier publication still reads what it showed: the arrays only grow.
        OptimizerPaths early = seen.get(10);
        for (OptimizerKind kind : OptimizerPaths.kinds()) {
            assertEquals(seen.get(200).w1(kind, 10), early.w1(kind, 10));
            assertEquals(s.w1(), early.w1(kind, 0), "every path starts at the shared start");
            assertEquals(s.w2(), early.w2(kind, 0));
        }
    }

    @Test
    @DisplayName("should frame the start and the descending positions, and stop after its last step")
    void squareAndEnd() {
        PathRun run = new PathRun(setup(true));
        CostSurface surface = run.snapshot(0, false).surface();
        assertEquals(surface.view().xMax() - surface.view().xMin(), surface.view().yMax() - surface.view().yMin(),
                1e-9, "one scale for w1 and w2");
        assertTrue(surface.view().xMin() < -3 && surface.view().yMax() > 3, "the start is inside");
        while (run.step()) {
            assertTrue(run.steps() <= PathRun.MAX_STEPS);
        }
        OptimizerPaths p = run.snapshot(1, false);
        double w1 = p.w1(OptimizerKind.ADAM, p.steps()), w2 = p.w2(OptimizerKind.ADAM, p.steps());
        assertTrue(w1 > surface.view().xMin() && w1 < surface.view().xMax(), "Adam ends in the plot");
        assertTrue(w2 > surface.view().yMin() && w2 < surface.view().yMax());
        assertTrue(p.cost(OptimizerKind.ADAM, p.steps()) < p.cost(OptimizerKind.ADAM, 0));
    }

    /** How much faster J curves along w2 than along w1 at the surface's lowest sample: the valley's stretch. */
    private static double stretch(PathSetup s) {
        CostSurface surface = new PathRun(s).snapshot(0, false).surface();
        LogisticPath p = new LogisticPath(s.x1(), s.x2(), s.y(), 0, 0, s.hyper());
        double a = surface.minW1(), b = surface.minW2(), h = 1e-3;
        double c0 = p.cost(a, b);
        double d11 = (p.cost(a + h, b) - 2 * c0 + p.cost(a - h, b)) / (h * h);
        double d22 = (p.cost(a, b + h) - 2 * c0 + p.cost(a, b - h)) / (h * h);
        return d22 / d11;
    }

    @Test
    @DisplayName("should stretch the cost's valley with raw inputs and round it with normalized ones")
    void rawInputsStretchTheContours() {
        assertTrue(stretch(setup(false)) > 1000, "raw: " + stretch(setup(false)));
        double normalized = stretch(setup(true));
        assertTrue(normalized > 0.1 && normalized < 10, "normalized: " + normalized);
    }

    private static OptimizerPaths await(PathSession session, Predicate<OptimizerPaths> p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            OptimizerPaths now = session.latest();
            if (now != null && p.test(now)) {
                return now;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; latest " + session.latest());
    }

    @Test
    @DisplayName("should train the paths on a thread of its own while playing, and stop at a pause")
    void sessionPlaysAndPauses() throws Exception {
        try (PathSession session = new PathSession()) {
            session.setup(setup(true));
            session.speed(600);
            session.play();
            await(session, p -> p.steps() >= 20 && p.playing());
            session.pause();
            OptimizerPaths paused = await(session, p -> !p.playing());
            session.speed(10); // published after the pause, on the same thread
            OptimizerPaths later = await(session, p -> p.version() > paused.version());
            assertEquals(paused.steps(), later.steps(), "paused: no more steps");
            session.step();
            assertEquals(paused.steps() + 1, await(session, p -> p.version() > later.version()).steps());
        }
    }
}
