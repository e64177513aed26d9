package com.backproplab.engine;

import java.util.HashSet;
import java.util.List;

/**
 * Shape and initialization of a network: one input per feature, {@code hidden.size()} hidden layers, one output
 * unit (sigmoid for classification, linear for regression).
 *
 * @param hidden units per hidden layer, first to last (empty = logistic regression)
 * @param activation g of every hidden layer
 * @param init weight initialization scheme
 * @param initScale the factor s of {@link InitScheme#SCALED}
 * @param seed seed of the weights, the shuffles and the dropout masks
 * @param batchNorm batch normalization on every hidden layer, before the activation
 * @param features the input features, in the order of W[1]'s columns (n[0] = their count)
 * @param problem classification (sigmoid output, cross-entropy) or regression (linear output, squared error)
 */
public record NetworkConfig(List<Integer> hidden, Activation activation, InitScheme init, double initScale,
                            long seed, boolean batchNorm, List<Feature> features, Problem problem) {
    /** Raw coordinates per example: the two of a point, from which the features are computed. */
    public static final int INPUTS = 2;
    /** Most hidden layers the engine accepts. */
    public static final int MAX_LAYERS = 32;
    /** Most units per hidden layer the engine accepts. */
    public static final int MAX_UNITS = 256;

    public NetworkConfig {
        hidden = List.copyOf(hidden);
        features = List.copyOf(features);
        if (activation == null || init == null || problem == null) {
            throw new IllegalArgumentException("activation, init and problem are required");
        }
        check(hidden, initScale, features);
    }

    /** A classification network on x1 and x2. */
    public NetworkConfig(List<Integer> hidden, Activation activation, InitScheme init, double initScale, long seed,
                         boolean batchNorm) {
        this(hidden, activation, init, initScale, seed, batchNorm, Feature.DEFAULTS, Problem.CLASSIFICATION);
    }

    /** A network without batch normalization. */
    public NetworkConfig(List<Integer> hidden, Activation activation, InitScheme init, double initScale, long seed) {
        this(hidden, activation, init, initScale, seed, false);
    }

    /** The course default of the app: 2 hidden layers of 8 tanh units, Xavier init. */
    public static NetworkConfig defaults() {
        return new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1.0, 1L);
    }

    private static void check(List<Integer> hidden, double initScale, List<Feature> features) {
        ConfigCheck c = new ConfigCheck();
        if (features.isEmpty()) {
            c.add("features", "must name at least one input feature, e.g. [\"x1\", \"x2\"]");
        } else if (new HashSet<>(features).size() != features.size()) {
            c.add("features", "names a feature twice: " + features.stream().map(Feature::key).toList());
        }
        if (hidden.size() > MAX_LAYERS) {
            c.add("hidden", "at most " + MAX_LAYERS + " hidden layers, found " + hidden.size());
        }
        for (int i = 0; i < hidden.size(); i++) {
            c.between("hidden[" + i + "]", hidden.get(i), 1, MAX_UNITS);
        }
        c.nonNegative("initScale", initScale).throwIfAny();
    }

    /** Layer sizes n[0..L]: one input per feature, the hidden layers, 1 output. */
    public int[] layerSizes() {
        int[] n = new int[hidden.size() + 2];
        n[0] = features.size();
        for (int i = 0; i < hidden.size(); i++) {
            n[i + 1] = hidden.get(i);
        }
        n[n.length - 1] = 1;
        return n;
    }

    public NetworkConfig withHidden(List<Integer> h) {
        return new NetworkConfig(h, activation, init, initScale, seed, batchNorm, features, problem);
    }

    public NetworkConfig withActivation(Activation a) {
        return new NetworkConfig(hidden, a, init, initScale, seed, batchNorm, features, problem);
    }

    public NetworkConfig withInit(InitScheme i, double scale) {
        return new NetworkConfig(hidden, activation, i, scale, seed, batchNorm, features, problem);
    }

    public NetworkConfig withSeed(long s) {
        return new NetworkConfig(hidden, activation, init, initScale, s, batchNorm, features, problem);
    }

    public NetworkConfig withBatchNorm(boolean on) {
        return new NetworkConfig(hidden, activation, init, initScale, seed, on, features, problem);
    }

    public NetworkConfig withFeatures(List<Feature> f) {
        return new NetworkConfig(hidden, activation, init, initScale, seed, batchNorm, f, problem);
    }

    public NetworkConfig withProblem(Problem p) {
        return new NetworkConfig(hidden, activation, init, initScale, seed, batchNorm, features, p);
    }
}
