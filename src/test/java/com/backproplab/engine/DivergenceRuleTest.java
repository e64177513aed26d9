package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stop rule of docs/math.md, "Divergence": non-finite values, or a cost far above the run's starting cost. */
class DivergenceRuleTest {

    private static Learner learner(double initScale, double learningRate) {
        Points p = Points.spiral(200, 0.0, 1);
        Learner l = new Learner(new NetworkConfig(List.of(32, 32, 32, 32), Activation.RELU, InitScheme.SCALED,
                initScale, 1), TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(learningRate)
                .withBatch(200, false));
        l.setData(p.x1, p.x2, p.y);
        return l;
    }

    @Test
    @DisplayName("should let a run that starts far above 1000 nats train on, and stop it when the cost passes a million"
            + " times its start")
    void relativeToTheStart() {
        Learner l = learner(5, 0.01);
        StepStats first = l.step().copy();
        assertTrue(first.cost > 1e4, "the large init starts high: " + first.cost);
        assertFalse(first.diverged, "a high start alone is not a divergence");
        double bound = Learner.EXPLOSION_FACTOR * first.cost;
        StepStats s = first;
        for (int i = 0; i < 100 && !s.diverged; i++) {
            s = l.step();
            if (!s.diverged) {
                assertTrue(s.cost <= bound, "step " + s.step + " has cost " + s.cost + " above the bound " + bound);
            }
        }
        assertTrue(s.diverged, "never stopped");
        assertTrue(s.step > 1, "stopped at step " + s.step);
        assertTrue(!Double.isFinite(s.cost) || s.cost > bound || !l.network().isFinite(), "stopped without cause");
        assertEquals(s.step, l.divergedAt());
    }

    @Test
    @DisplayName("should count a start below 1 nat as 1 nat, so a healthy run that learns is never stopped")
    void floorOfOneNat() {
        Points p = Points.spiral(200, 0.0, 1);
        Learner l = new Learner(new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                TrainingConfig.defaults());
        l.setData(p.x1, p.x2, p.y);
        for (int i = 0; i < 3000; i++) {
            assertFalse(l.step().diverged);
        }
    }

    @Test
    @DisplayName("should measure the start again after progress is restored (a loaded run)")
    void restoredRunHasItsOwnStart() {
        Learner l = learner(5, 0.001);
        StepStats first = l.step().copy();
        l.restoreProgress(0, 0, 0);
        StepStats again = l.step();
        // The weights moved, so the new start is another cost; the rule reads it, not the old one.
        assertFalse(again.diverged && again.cost <= Learner.EXPLOSION_FACTOR * Math.max(1, again.cost),
                "diverged against the old start " + first.cost);
    }
}
