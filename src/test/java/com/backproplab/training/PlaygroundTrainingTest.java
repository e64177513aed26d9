package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.data.InputMap;
import com.backproplab.data.PreparedData;
import com.backproplab.data.Preset;
import com.backproplab.data.RegressionPreset;
import com.backproplab.engine.Feature;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.Problem;
import com.backproplab.engine.TrainingConfig;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 on the trainer: the grid through the features, regression runs, and their diagnosis. */
class PlaygroundTrainingTest {
    private static final List<Feature> SQUARES = List.of(Feature.X1, Feature.X1_SQUARED, Feature.X2_SQUARED,
            Feature.SIN_X2);

    @Test
    @DisplayName("should draw the grid through the same feature map as the training points")
    void gridThroughFeatures() throws InterruptedException {
        Dataset circle = Preset.CIRCLE.generate(200, 0.1, 1);
        NetworkConfig nc = NetworkConfig.defaults().withFeatures(SQUARES);
        PreparedData data = PreparedData.of(circle, 0.2, 1, true, SQUARES);
        Network net = Network.initialize(nc);
        java.util.concurrent.Semaphore done = new java.util.concurrent.Semaphore(0);
        GridWorker worker = new GridWorker(16, done::release);
        worker.start();
        worker.submit(new GridWorker.Request(net.copy(), data.inputs(), Viewport.defaults(), 0));
        assertTrue(done.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS), "no grid came back");
        BoundaryGrid g = worker.newest();
        Viewport v = Viewport.defaults();
        Predictor predictor = new Predictor();
        double[] out = new double[1];
        for (int j = 0; j < 16; j += 5) {
            for (int i = 0; i < 16; i += 3) {
                double[][] x = data.inputs().columns(new double[] {v.x(i, 16)}, new double[] {v.y(j, 16)}, 1);
                predictor.predict(net, x, 1, out);
                assertEquals((float) out[0], g.probability(i, j), 0f, "cell " + i + ", " + j);
            }
        }
        worker.stop();
        assertEquals(4, data.inputs().width());
    }

    @Test
    @DisplayName("should fit the output unit to the points' kind, fit a bump, and report cost and R² without classes")
    void regressionRun() {
        Dataset bump = RegressionPreset.BUMP.generate(300, 0.05, 2);
        // Full batch: a smooth cost, so the diagnosis reads the fit, not mini-batch noise.
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01)
                .withBatch(1000, false);
        // The network arrives as classification: the points decide.
        HeadlessRun run = new HeadlessRun(NetworkConfig.defaults().withFeatures(SQUARES), tc, DataSettings.defaults(),
                bump);
        Snapshot start = run.snapshot();
        assertEquals(Problem.REGRESSION, start.network().problem());
        assertTrue(Double.isNaN(start.metrics().trainAccuracy()));
        Snapshot s = run.train(3000);
        assertNull(s.divergence());
        double r2 = RegressionFit.r2(s.split().train(), s.metrics().trainCost());
        assertTrue(r2 > 0.95, "R² " + r2);
        String sentence = s.biasVarianceReading().toLowerCase(Locale.ROOT);
        assertFalse(sentence.contains("class") || sentence.contains("accuracy") || sentence.contains("error %"),
                sentence);
        assertTrue(sentence.startsWith("good fit"), sentence);
    }

    @Test
    @DisplayName("should call a plane-only fit of a bump high bias, naming features or a hidden layer")
    void regressionHighBias() {
        Dataset bump = RegressionPreset.BUMP.generate(300, 0.05, 2);
        NetworkConfig nc = NetworkConfig.defaults().withHidden(List.of()).withProblem(Problem.REGRESSION);
        TrainingConfig gd = TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(0.3)
                .withBatch(1000, false);
        HeadlessRun run = new HeadlessRun(nc, gd, DataSettings.defaults(), bump);
        Snapshot s = run.train(2000);
        Diagnosis d = Diagnosis.of(s);
        assertEquals(Diagnosis.Condition.HIGH_BIAS, d.condition(), d.sentence());
        assertTrue(d.sentence().contains("x1²"), d.sentence());
        assertFalse(d.sentence().toLowerCase(Locale.ROOT).contains("class"), d.sentence());
    }

    @Test
    @DisplayName("should switch back to classification when class points come, and train them")
    void backToClasses() {
        HeadlessRun run = new HeadlessRun(NetworkConfig.defaults().withProblem(Problem.REGRESSION),
                TrainingConfig.defaults(), DataSettings.defaults(), Preset.XOR.generate(200, 0.1, 1));
        Snapshot s = run.train(500);
        assertEquals(Problem.CLASSIFICATION, s.network().problem());
        assertTrue(s.metrics().trainAccuracy() > 0.9, "XOR: " + s.metrics().trainAccuracy());
        assertEquals(InputMap.COORDINATES.size(), s.inputs().width());
    }
}
