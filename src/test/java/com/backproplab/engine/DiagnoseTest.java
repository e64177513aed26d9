package com.backproplab.engine;

import static com.backproplab.engine.SameBits.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
        assertSameBits(new double[] {expected.cost}, new double[] {actual.cost}, where + ": cost");
        assertSameBits(expected.gradNorm, actual.gradNorm, where + ": ||dW||");
        assertSameBits(expected.gradMeanAbs, actual.gradMeanAbs, where + ": mean |dW|");
        assertSameBits(expected.weightNorm, actual.weightNorm, where + ": ||W||");
        assertSameBits(expected.updateRatio, actual.updateRatio, where + ": update ratio");
        assertSameBits(expected.activationMean, actual.activationMean, where + ": mean of A");
        assertSameBits(expected.activationStd, actual.activationStd, where + ": spread of A");
    }

    private static void assertSameWeights(Learner expected, Learner actual, String where) {
        double[][] e = expected.network().blocks, a = actual.network().blocks;
        for (int k = 0; k < e.length; k++) {
            assertSameBits(e[k], a[k], where + ": block " + k);
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
                    assertSameBits(new double[] {e.cost}, new double[] {a.cost}, where + ": cost");
                    assertSameBits(e.weightNorm, a.weightNorm, where + ": ||W||");
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
    @ValueSource(strings = {"settings", "weight"})
    @DisplayName("should diagnose the last step before new settings (a new optimizer) or an edited weight change what"
            + " it left")
    void changesWaitForTheDiagnosis(String change) {
        Learner eager = learner(OptimizerKind.ADAM, false), lazy = learner(OptimizerKind.ADAM, false);
        for (int i = 0; i < 5; i++) {
            eager.step();
            lazy.advance();
        }
        StepStats expected = eager.diagnose().copy();
        if (change.equals("settings")) {
            lazy.setTraining(lazy.training().withOptimizer(OptimizerKind.GD));
        } else {
            ParameterEdit.weight(lazy, 2, 0, 0, 3.0);
        }
        assertSameStats(expected, lazy.diagnose(), "after a change of " + change);
    }

    /** Hashes of 40 steps' stats and of the final weights, as the engine of commit 97c74cb computed them. */
    private static final Map<String, long[]> BEFORE = Map.of(
            "GD false", new long[] {0x67a1afb92777b92bL, 0x9b4aa5253931bdc5L},
            "GD true", new long[] {0x59316323ed6a3398L, 0xfab977a1e347d23aL},
            "MOMENTUM false", new long[] {0x437964cb186c270fL, 0xa7e48fe68e7db551L},
            "MOMENTUM true", new long[] {0x5e1da82b3658ae51L, 0xddc13ae5461e9877L},
            "RMSPROP false", new long[] {0xa62609fdb0929f3cL, 0x1ce98b6ad849f9c8L},
            "RMSPROP true", new long[] {0xd4f139c0409a9344L, 0x2eea5fd1a514ab39L},
            "ADAM false", new long[] {0x5a716f84e0be1c8eL, 0xacfd2873d55f48e2L},
            "ADAM true", new long[] {0x7c391fcaec0e6c85L, 0x63268c6f5410d484L});

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    @DisplayName("should compute the same bits as the engine before the diagnostics were made lazy (commit 97c74cb)")
    void sameBitsAsBefore(OptimizerKind kind) {
        double[] x1 = new double[90], x2 = new double[90], y = new double[90];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 90; i++) {
            x1[i] = r.nextDouble(-1, 1);
            x2[i] = r.nextDouble(-1, 1);
            y[i] = x1[i] * x2[i] + 0.1 * x1[i] > 0 ? 1 : 0;
        }
        for (boolean batchNorm : new boolean[] {false, true}) {
            NetworkConfig nc = NetworkConfig.defaults().withHidden(List.of(7, 5)).withBatchNorm(batchNorm).withSeed(11);
            TrainingConfig tc = TrainingConfig.defaults().withOptimizer(kind).withLearningRate(0.02).withBatch(16, true)
                    .withRegularization(0.05, 0.9);
            Learner l = new Learner(nc, tc);
            l.setData(x1, x2, y);
            long stats = 17, weights = 17;
            for (int i = 0; i < 40; i++) {
                StepStats s = l.step();
                stats = mix(stats, new double[] {s.cost});
                stats = mix(mix(mix(stats, s.gradNorm), s.gradMeanAbs), s.weightNorm);
                stats = mix(mix(mix(stats, s.updateRatio), s.activationMean), s.activationStd);
            }
            for (double[] b : l.network().blocks) {
                weights = mix(weights, b);
            }
            long[] expected = BEFORE.get(kind + " " + batchNorm);
            assertEquals(expected[1], weights, kind + (batchNorm ? " with batch norm" : "") + ": the weights");
            assertEquals(expected[0], stats, kind + (batchNorm ? " with batch norm" : "") + ": the stats");
        }
    }

    private static long mix(long h, double[] xs) {
        for (double x : xs) {
            h = h * 1_000_003L + Double.doubleToRawLongBits(x);
        }
        return h;
    }
}
