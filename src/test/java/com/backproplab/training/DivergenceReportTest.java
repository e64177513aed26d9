package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Learner;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.StepStats;
import com.backproplab.engine.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DivergenceReportTest {
    /** A step's stats as the learner hands them out, with the step and cost of a divergence. */
    private static StepStats step(long step, double cost) {
        Learner learner = new Learner(NetworkConfig.defaults(), TrainingConfig.defaults());
        learner.setData(new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1});
        StepStats s = learner.step().copy();
        s.step = step;
        s.cost = cost;
        s.diverged = true;
        return s;
    }

    private static final NetworkConfig SCALED = NetworkConfig.defaults().withHidden(List.of(4))
            .withInit(InitScheme.SCALED, 5);
    private static final TrainingConfig LR2 = TrainingConfig.defaults().withLearningRate(2);

    @Test
    @DisplayName("should word the terminal's message as docs/cli.md shows it")
    void commandLine() {
        assertEquals("train: training diverged at step 5: the cost exploded to 9.27e+17\n"
                + "hint: the initialization is too large (network.initScale 5.0); use \"init\": \"xavier\" or \"he\","
                + " or lower the scale, and lower training.learningRate (0.001) if it persists",
                DivergenceReport.of(step(5, 9.2725257204217562E17), SCALED, LR2.withLearningRate(0.001))
                        .forCommandLine("train"));
        assertEquals("render: training diverged at step 40: the cost became NaN\n"
                + "hint: lower training.learningRate (now 2.0), e.g. to 0.2; with \"init\": \"scaled\" keep"
                + " network.initScale near 1 or below",
                DivergenceReport.of(step(40, Double.NaN), NetworkConfig.defaults(), LR2).forCommandLine("render"));
    }

    @Test
    @DisplayName("should tell the window the same facts, the likely cause and Reset")
    void window() {
        assertEquals("Training diverged at step 3: the cost became infinite. Likely cause: exploding initialization"
                + " (init scale 5.0). Use Xavier or He init, then press Reset.",
                DivergenceReport.of(step(3, Double.POSITIVE_INFINITY), SCALED, LR2).sentence());
        assertEquals("Training diverged at step 90: a weight became NaN or infinite. Likely cause: a learning rate"
                + " of 2.0 with init scale 5.0. Lower both, then press Reset.",
                DivergenceReport.of(step(90, 0.7), SCALED, LR2).sentence());
        assertEquals("Training diverged at step 9: the cost exploded to 2.00e+06. Likely cause: the learning rate"
                + " 2.0 is too high. Lower it, then press Reset.",
                DivergenceReport.of(step(9, 2e6), NetworkConfig.defaults(), LR2).sentence());
    }

    @Test
    @DisplayName("should blame an L2 lambda whose own step overshoots, not the learning rate")
    void l2() {
        TrainingConfig huge = TrainingConfig.defaults().withRegularization(1e4, 1.0);
        StepStats s = step(1, 5e6);
        s.batchSize = 32;
        assertEquals("Training diverged at step 1: the cost exploded to 5.00e+06. Likely cause: L2 lambda 10000.0 is"
                + " too large for the learning rate 0.01 and batches of 32 (learning rate x lambda / batch = 3.13,"
                + " keep it below 1). Lower lambda or the learning rate, then press Reset.",
                DivergenceReport.of(s, NetworkConfig.defaults(), huge).sentence());
    }
}
