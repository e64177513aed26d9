package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static History run(History.Recorder r, long steps) {
        double[] layer = {0, 1.5, 2.5};
        for (long s = 1; s <= steps; s++) {
            if (r.offer(s, s)) {
                r.add(s, 0.5, 0.6, 0.9, 0.8, layer, layer, layer, layer);
            }
        }
        return r.snapshot();
    }

    @Test
    @DisplayName("should keep every step of a short run")
    void shortRun() {
        History h = run(new History.Recorder(2), 10);
        assertEquals(10, h.size());
        assertEquals(7, h.step(6));
        assertEquals(7.0, h.batchCost(6), 0.0);
        assertEquals(2.5, h.gradNorm(6, 2), 0.0);
        assertEquals(1.5, h.activationStd(6, 1), 0.0);
    }

    @Test
    @DisplayName("should stay bounded over a long run, spanning all of it with a doubled stride")
    void longRunIsBounded() {
        History.Recorder r = new History.Recorder(2);
        History h = run(r, 100_000);
        assertTrue(h.size() <= History.CAPACITY && h.size() >= History.CAPACITY / 2, "size " + h.size());
        assertEquals(128, r.stride());
        assertEquals(128, h.step(0));
        assertEquals(100_000 - 100_000 % 128, h.step(h.size() - 1));
        for (int i = 1; i < h.size(); i++) {
            assertEquals(128, h.step(i) - h.step(i - 1));
        }
    }

    @Test
    @DisplayName("should record the mean batch cost of each sample's window, also after merging")
    void windowMeans() {
        History.Recorder r = new History.Recorder(1);
        History h = run(r, 3000);
        long stride = r.stride();
        // The batch cost offered at step s is s: a window (s - stride, s] has mean s - (stride - 1) / 2.
        for (int i = 0; i < h.size(); i++) {
            assertEquals(h.step(i) - (stride - 1) / 2.0, h.batchCost(i), 1e-9);
        }
    }

    @Test
    @DisplayName("should keep the starting sample through every merge, the rest evenly spaced by the stride")
    void startIsKept() {
        History.Recorder r = new History.Recorder(2);
        double[] layer = {0, 1.5, 2.5};
        r.addStart(0, 0.69, 0.7, 0.5, 0.5, layer, layer, layer);
        History h = run(r, 100_000);
        assertEquals(0, h.step(0));
        assertTrue(Double.isNaN(h.batchCost(0)), "no mini-batch before the first update");
        assertTrue(Double.isNaN(h.updateRatio(0, 1)), "nothing updated yet");
        assertEquals(0.69, h.trainCost(0), 0.0);
        assertTrue(h.size() <= History.CAPACITY, "size " + h.size());
        for (int i = 2; i < h.size(); i++) {
            assertEquals(r.stride(), h.step(i) - h.step(i - 1), "at sample " + i);
        }
        // The batch costs still average whole windows: the one offered at step s is s.
        long stride = r.stride();
        for (int i = 1; i < h.size(); i++) {
            assertEquals(h.step(i) - (stride - 1) / 2.0, h.batchCost(i), 1e-9);
        }
    }

    @Test
    @DisplayName("should start a run at step 0 and keep its diverging step, whatever the stride")
    void runKeepsStartAndStop() {
        HeadlessRun run = new HeadlessRun(new NetworkConfig(List.of(8, 8, 8, 8, 8, 8), Activation.LINEAR,
                InitScheme.XAVIER, 1, 1), TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(1.5)
                .withBatch(400, true), new DataSettings(0, 1, true), Preset.CIRCLE.generate(400, 0.1, 1));
        Snapshot first = run.train(1);
        History h = first.history();
        assertEquals(2, h.size());
        assertEquals(0, h.step(0));
        assertEquals(1, h.step(1));
        // Step 0's gradients are those step 1 computed from the starting weights, before its update.
        assertEquals(h.gradNorm(1, 1), h.gradNorm(0, 1), 0.0);
        assertTrue(Double.isFinite(h.trainCost(0)) && Double.isFinite(h.weightNorm(0, 1)));
        Snapshot stopped = run.train(100);
        assertTrue(stopped.divergence() != null, "it diverges");
        History all = stopped.history();
        assertEquals(0, all.step(0));
        assertEquals(stopped.divergence().step(), all.step(all.size() - 1));
        assertEquals(stopped.divergence().step() + 1, all.size(), "every step, none missing");
        assertTrue(all.run() != new HeadlessRun(stopped.network(), stopped.training(), stopped.dataSettings(),
                stopped.data()).snapshot().history().run(), "a new run has a new identity");
    }

    @Test
    @DisplayName("should hold every per-layer diagnostic at its samples and on screen, though steps between samples"
            + " leave them out")
    void diagnosticsWhereRead() {
        HeadlessRun run = new HeadlessRun(new NetworkConfig(List.of(6, 6), Activation.TANH, InitScheme.XAVIER, 1, 1),
                TrainingConfig.defaults().withOptimizer(OptimizerKind.ADAM).withBatch(16, true),
                new DataSettings(0, 1, true), Preset.CIRCLE.generate(200, 0.1, 1));
        // Past the history's capacity the stride doubles: step 3001 is no sample, and the snapshot shows it.
        Snapshot s = run.train(3001);
        History h = s.history();
        assertTrue(h.step(h.size() - 1) < 3001, "the last step is not a sample");
        for (int l = 1; l <= 3; l++) {
            LayerStats now = s.layers();
            assertTrue(Double.isFinite(now.gradNorm(l)) && Double.isFinite(now.gradMeanAbs(l))
                    && Double.isFinite(now.updateRatio(l)) && Double.isFinite(now.activationStd(l))
                    && Double.isFinite(now.activationMean(l)), "on screen, layer " + l);
            for (int i = 1; i < h.size(); i++) {
                assertTrue(Double.isFinite(h.gradNorm(i, l)) && Double.isFinite(h.updateRatio(i, l)),
                        "sample " + i + " (step " + h.step(i) + "), layer " + l);
            }
        }
    }
}
