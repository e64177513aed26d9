package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

class LearnerResumeTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @DisplayName("should resume inside an epoch with the same batch order")
    void resumeMidEpoch(boolean shuffle) {
        NetworkConfig nc = new NetworkConfig(List.of(3), Activation.TANH, InitScheme.XAVIER, 1, 4);
        TrainingConfig tc = TrainingConfig.defaults().withBatch(3, shuffle);
        double[] x1 = {0.1, -0.5, 0.9, -1.2, 0.3, 0.7, -0.2, 1.1};
        double[] x2 = {0.4, 0.2, -0.8, 0.5, -0.1, 1.0, -0.9, 0.0};
        double[] y = {0, 1, 1, 0, 1, 0, 0, 1};
        Learner a = new Learner(nc, tc);
        a.setData(x1, x2, y);
        for (int i = 0; i < 4; i++) {
            a.step();
        }
        // 8 points in batches of 3: after 4 steps the learner sits at position 3 of epoch 1.
        assertEquals(3, a.position());
        Learner b = new Learner(a.network().copy(), tc, nc.seed());
        b.setData(x1, x2, y);
        b.optimizer().restore(a.optimizer().state());
        b.restoreProgress(a.steps(), a.epoch(), a.position());
        for (int i = 0; i < 5; i++) {
            assertEquals(a.step().cost, b.step().cost, 0.0, "step " + (i + 5));
        }
    }
}
