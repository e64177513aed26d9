package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 12's math in the engine: input features, L1 and regression (docs/math.md), each proven by the gradient check. */
class PlaygroundMathTest {
    private static final List<Feature> ALL = List.of(Feature.values());

    /** The features of {@code p}'s points, one row per feature (the raw map; the data package standardizes). */
    private static double[][] columns(List<Feature> features, Points p) {
        double[][] x = new double[features.size()][p.size()];
        for (int k = 0; k < x.length; k++) {
            for (int i = 0; i < p.size(); i++) {
                x[k][i] = features.get(k).applyAsDouble(p.x1[i], p.x2[i]);
            }
        }
        return x;
    }

    /** Values of a smooth surface plus noise at random points in [-1, 1]^2. */
    private static Points surface(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[count], b = new double[count], y = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = r.nextDouble(-1, 1);
            b[i] = r.nextDouble(-1, 1);
            y[i] = Math.exp(-2 * (a[i] * a[i] + b[i] * b[i])) - 0.3 * a[i] + 0.1 * r.nextGaussian();
        }
        return new Points(a, b, y);
    }

    private static NetworkConfig config(int depth, Activation g, List<Feature> features, Problem problem) {
        List<Integer> hidden = new ArrayList<>(Collections.nCopies(depth, 5));
        return new NetworkConfig(hidden, g, InitScheme.XAVIER, 1, 7, false, features, problem);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Problem problem : Problem.values()) {
            for (int depth : new int[] {0, 2}) {
                for (double l1 : new double[] {0.0, 0.3}) {
                    out.add(Arguments.of(problem, depth, l1));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, {1} hidden layers, all seven features, L1 lambda {2}")
    @MethodSource("cases")
    @DisplayName("should agree with the numerical gradient below 1e-7 with features, L1 (away from 0) and either cost")
    void gradientCheck(Problem problem, int depth, double l1) {
        Points p = problem == Problem.REGRESSION ? surface(24, 5) : Points.random(24, 5);
        Network net = Network.initialize(config(depth, Activation.TANH, ALL, problem));
        assertEquals(7, net.units(0), "one input per feature");
        GradientCheck.Result r = GradientCheck.check(net, columns(ALL, p), p.y, 0.2, l1, Integer.MAX_VALUE,
                (done, total) -> { });
        assertTrue(r.difference() < GradientCheck.GREAT, () -> "difference " + r.difference());
    }

    @Test
    @DisplayName("should notice a backward pass that forgets the L1 term")
    void forgottenL1() {
        Points p = Points.random(24, 5);
        Network net = Network.initialize(config(1, Activation.TANH, Feature.DEFAULTS, Problem.CLASSIFICATION));
        GradientCheck.Backward forgetsL1 = (n, ws, m, lambda, g) -> Backprop.backward(n, ws, m, 1.0, lambda, 0.0, g);
        GradientCheck.Result wrong = GradientCheck.check(net, new double[][] {p.x1, p.x2}, p.y, 0.0, 0.5, Integer.MAX_VALUE,
                (d, t) -> { }, forgetsL1);
        assertTrue(wrong.difference() > GradientCheck.SUSPICIOUS, () -> "difference " + wrong.difference());
    }

    @Test
    @DisplayName("should add lambda1/m sign(W) to dW, 0 where a weight is exactly 0, and nothing to db")
    void l1Subgradient() {
        Points p = Points.random(10, 2);
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{0.5, 0.0}}},
                new double[][] {{0.25}});
        Workspace ws = new Workspace(net.sizes(), 10);
        System.arraycopy(p.x1, 0, ws.act[0], 0, 10);
        System.arraycopy(p.x2, 0, ws.act[0], 10, 10);
        System.arraycopy(p.y, 0, ws.y, 0, 10);
        Backprop.forward(net, ws, 10, 1.0, null);
        Gradients plain = new Gradients(net.sizes());
        Gradients withL1 = new Gradients(net.sizes());
        Backprop.backward(net, ws, 10, 1.0, 0.0, plain);
        Backprop.backward(net, ws, 10, 1.0, 0.0, 0.4, withL1);
        assertEquals(plain.dw[1][0] + 0.04, withL1.dw[1][0], 1e-15, "w > 0: + lambda1/m");
        assertEquals(plain.dw[1][1], withL1.dw[1][1], 0.0, "w = 0: the subgradient 0");
        assertEquals(plain.db[1][0], withL1.db[1][0], 0.0, "biases are not regularized");
        double j = Backprop.cost(net, ws, 10, 0.0, 0.4) - Backprop.cost(net, ws, 10, 0.0, 0.0);
        assertEquals(0.4 / 10 * 0.5, j, 1e-15, "J gains lambda1/m sum |W|");
    }

    @Test
    @DisplayName("should make regression's output linear and its cost 1/(2m) sum (yhat - y)^2, with no accuracy")
    void regressionCost() {
        Points p = surface(50, 3);
        Network net = Network.initialize(config(1, Activation.TANH, Feature.DEFAULTS, Problem.REGRESSION));
        double[] yhat = new double[50];
        Predictor predictor = new Predictor();
        predictor.predict(net, p.x1, p.x2, 50, yhat);
        double sum = 0;
        boolean outside = false;
        for (int i = 0; i < 50; i++) {
            sum += (yhat[i] - p.y[i]) * (yhat[i] - p.y[i]);
            outside |= yhat[i] < 0 || yhat[i] > 1;
        }
        Predictor.Evaluation e = predictor.evaluate(net, p.x1, p.x2, p.y, 50);
        assertEquals(sum / (2 * 50), e.cost(), 1e-12);
        assertTrue(Double.isNaN(e.accuracy()), "accuracy does not apply to values");
        assertTrue(outside, "a linear output leaves [0, 1]");
    }

    @Test
    @DisplayName("should fit a plane with no hidden layer (linear regression) to near zero cost")
    void linearRegression() {
        SplittableRandom r = new SplittableRandom(9);
        double[] a = new double[100], b = new double[100], y = new double[100];
        for (int i = 0; i < 100; i++) {
            a[i] = r.nextDouble(-1, 1);
            b[i] = r.nextDouble(-1, 1);
            y[i] = 0.8 * a[i] - 0.5 * b[i] + 0.2;
        }
        NetworkConfig nc = config(0, Activation.TANH, Feature.DEFAULTS, Problem.REGRESSION);
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(OptimizerKind.GD).withLearningRate(0.5)
                .withBatch(100, false);
        Learner learner = new Learner(nc, tc);
        learner.setData(a, b, y);
        for (int i = 0; i < 500; i++) {
            learner.step();
        }
        Network net = learner.network();
        assertEquals(0.8, net.weight(1, 0, 0), 1e-6);
        assertEquals(-0.5, net.weight(1, 0, 1), 1e-6);
        assertEquals(0.2, net.biases(1)[0], 1e-6);
    }

    @Test
    @DisplayName("should stop a regression run whose squared error grows a million times past its start")
    void regressionDivergence() {
        Points p = surface(40, 4);
        NetworkConfig nc = config(2, Activation.RELU, Feature.DEFAULTS, Problem.REGRESSION);
        Learner learner = new Learner(nc, TrainingConfig.defaults().withOptimizer(OptimizerKind.GD)
                .withLearningRate(5).withBatch(40, false));
        learner.setData(p.x1, p.x2, p.y);
        long steps = 0;
        while (learner.divergedAt() < 0 && steps < 10_000) {
            learner.step();
            steps++;
        }
        assertTrue(learner.divergedAt() > 0, "a learning rate of 5 runs away");
    }

    @Test
    @DisplayName("should size the first layer by the features, and refuse an empty or repeated list")
    void featureList() {
        NetworkConfig c = NetworkConfig.defaults().withFeatures(List.of(Feature.X1_SQUARED, Feature.X2_SQUARED,
                Feature.SIN_X1));
        assertEquals(3, c.layerSizes()[0]);
        assertEquals(3, Network.initialize(c).weights(1)[0].length, "W[1] is n[1] x 3");
        assertThrows(IllegalArgumentException.class, () -> NetworkConfig.defaults().withFeatures(List.of()));
        assertThrows(IllegalArgumentException.class, () -> NetworkConfig.defaults()
                .withFeatures(List.of(Feature.X1, Feature.X1)));
        assertEquals(Feature.X1_TIMES_X2, Feature.fromKey("x1*x2"));
        assertEquals(Math.sin(0.5), Feature.SIN_X2.applyAsDouble(3, 0.5), 1e-16);
        assertThrows(IllegalArgumentException.class, () -> Feature.fromKey("x3"));
    }
}
