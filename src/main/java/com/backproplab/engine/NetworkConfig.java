package com.backproplab.engine;

import java.util.List;

/**
 * Shape and initialization of a network: 2 inputs, {@code hidden.size()} hidden layers, one sigmoid output.
 *
 * @param hidden units per hidden layer, first to last (empty = logistic regression)
 * @param activation g of every hidden layer
 * @param init weight initialization scheme
 * @param initScale the factor s of {@link InitScheme#SCALED}
 * @param seed seed of the weights, the shuffles and the dropout masks
 * @param batchNorm batch normalization on every hidden layer, before the activation
 */
public record NetworkConfig(List<Integer> hidden, Activation activation, InitScheme init, double initScale,
                            long seed, boolean batchNorm) {
    /** Inputs per example: the two coordinates of a point. */
    public static final int INPUTS = 2;
    /** Most hidden layers the engine accepts. */
    public static final int MAX_LAYERS = 32;
    /** Most units per hidden layer the engine accepts. */
    public static final int MAX_UNITS = 256;

    public NetworkConfig {
        hidden = List.copyOf(hidden);
        if (activation == null || init == null) {
            throw new IllegalArgumentException("activation and init are required");
        }
        check(hidden, initScale);
    }

    /** A network without batch normalization. */
    public NetworkConfig(List<Integer> hidden, Activation activation, InitScheme init, double initScale, long seed) {
        this(hidden, activation, init, initScale, seed, false);
    }

    /** The course default of the app: 2 hidden layers of 8 tanh units, Xavier init. */
    public static NetworkConfig defaults() {
        return new NetworkConfig(List.of(8, 8), Activation.TANH, InitScheme.XAVIER, 1.0, 1L);
    }

    private static void check(List<Integer> hidden, double initScale) {
        ConfigCheck c = new ConfigCheck();
        if (hidden.size() > MAX_LAYERS) {
            c.add("hidden", "at most " + MAX_LAYERS + " hidden layers, found " + hidden.size());
        }
        for (int i = 0; i < hidden.size(); i++) {
            c.between("hidden[" + i + "]", hidden.get(i), 1, MAX_UNITS);
        }
        c.nonNegative("initScale", initScale).throwIfAny();
    }

    /** Layer sizes n[0..L]: 2 inputs, the hidden layers, 1 output. */
    public int[] layerSizes() {
        int[] n = new int[hidden.size() + 2];
        n[0] = INPUTS;
        for (int i = 0; i < hidden.size(); i++) {
            n[i + 1] = hidden.get(i);
        }
        n[n.length - 1] = 1;
        return n;
    }

    public NetworkConfig withHidden(List<Integer> h) {
        return new NetworkConfig(h, activation, init, initScale, seed, batchNorm);
    }

    public NetworkConfig withActivation(Activation a) {
        return new NetworkConfig(hidden, a, init, initScale, seed, batchNorm);
    }

    public NetworkConfig withInit(InitScheme i, double scale) {
        return new NetworkConfig(hidden, activation, i, scale, seed, batchNorm);
    }

    public NetworkConfig withSeed(long s) {
        return new NetworkConfig(hidden, activation, init, initScale, s, batchNorm);
    }

    public NetworkConfig withBatchNorm(boolean on) {
        return new NetworkConfig(hidden, activation, init, initScale, seed, on);
    }
}
