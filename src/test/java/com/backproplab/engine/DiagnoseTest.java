package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step's per-layer diagnostics computed later by {@link Learner#diagnose()} are those {@link Learner#step()}
 * computes at once, bit for bit, and leaving them out changes no weight.
 */
class DiagnoseTest {
    private static final Points DATA = Points.spiral(90, 0.1, 5);

    private static Learner learner(OptimizerKind kind, boolean batchNorm) {
        NetworkConfig nc = NetworkConfig.defaults().withHidden(List.of(7, 5)).withBatchNorm(batchNorm).withSeed(11);
        // L2 and dropout so that the gradients and the updates carry every term.
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(kind).withLearningRate(0.02).withBatch(16, true)
                .withRegularization(0.05, 0.9);
        Learner l = new Learner(nc, tc);
        l.setData(DATA.x1, DATA.x2, DATA.y);
        return l;
    }

    private static void assertSameStats(StepStats expected, StepStats actual, String where) {
        assertEquals(expected.step, actual.step, where);
        assertEquals(expected.cost, actual.cost, 0.0, where);
        assertArrayEquals(expected.gradNorm, actual.gradNorm, 0.0, where + ": ||dW||");
        assertArrayEquals(expected.gradMeanAbs, actual.gradMeanAbs, 0.0, where + ": mean |dW|");
        assertArrayEquals(expected.weightNorm, actual.weightNorm, 0.0, where + ": ||W||");
        assertArrayEquals(expected.updateRatio, actual.updateRatio, 0.0, where + ": update ratio");
        assertArrayEquals(expected.activationMean, actual.activationMean, 0.0, where + ": mean of A");
        assertArrayEquals(expected.activationStd, actual.activationStd, 0.0, where + ": spread of A");
    }

    private static void assertSameWeights(Learner expected, Learner actual, String where) {
        double[][] e = expected.network().blocks, a = actual.network().blocks;
        for (int k = 0; k < e.length; k++) {
            assertArrayEquals(e[k], a[k], 0.0, where + ": block " + k);
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    @DisplayName("should diagnose a step later exactly as the step itself would, and train the same bits either way")
    void laterEqualsAtOnce(OptimizerKind kind) {
        for (boolean batchNorm : new boolean[] {false, true}) {
            Learner eager = learner(kind, batchNorm), lazy = learner(kind, batchNorm);
            for (int i = 1; i <= 40; i++) {
                StepStats e = eager.step();
                StepStats a = lazy.advance();
                String where = kind + (batchNorm ? " with batch norm" : "") + ", step " + i;
                if (i % 3 == 0) {
                    assertSameStats(e, lazy.diagnose(), where);
                } else {
                    assertEquals(e.cost, a.cost, 0.0, where);
                    assertArrayEquals(e.weightNorm, a.weightNorm, 0.0, where);
                }
                assertSameWeights(eager, lazy, where);
            }
        }
    }

    @Test
    @DisplayName("should leave the per-layer diagnostics NaN until asked, and keep cost, weight norms and divergence")
    void advanceLeavesThemOut() {
        Learner l = learner(OptimizerKind.ADAM, false);
        l.step();
        StepStats s = l.advance();
        assertEquals(2, s.step);
        assertTrue(Double.isFinite(s.cost));
        assertTrue(Double.isFinite(s.weightNorm[1]));
        assertFalse(s.diverged);
        assertTrue(Double.isNaN(s.gradNorm[1]) && Double.isNaN(s.updateRatio[2]) && Double.isNaN(s.activationStd[1]),
                "a diagnostic left over from step 1 would be read as step 2's");
        l.diagnose();
        assertTrue(Double.isFinite(s.gradNorm[1]) && Double.isFinite(s.updateRatio[2]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings", "data", "weight", "progress"})
    @DisplayName("should diagnose the last step before new settings, data, an edited weight or restored progress change"
            + " what it left")
    void changesWaitForTheDiagnosis(String change) {
        Learner eager = learner(OptimizerKind.ADAM, false), lazy = learner(OptimizerKind.ADAM, false);
        for (int i = 0; i < 5; i++) {
            eager.step();
            lazy.advance();
        }
        StepStats expected = eager.diagnose().copy();
        switch (change) {
            case "settings" -> lazy.setTraining(lazy.training().withOptimizer(OptimizerKind.GD));
            case "data" -> lazy.setData(DATA.x2, DATA.x1, DATA.y);
            case "weight" -> ParameterEdit.weight(lazy, 2, 0, 0, 3.0);
            default -> lazy.restoreProgress(0, 0, 0);
        }
        assertSameStats(expected, lazy.diagnose(), "after a change of " + change);
    }
}
