package com.backproplab.engine;

import java.util.Locale;

/** The update rules (docs/math.md, Optimizers). */
public enum OptimizerKind {
    /** W = W - alpha dW. */
    GD("gd", "Gradient descent"),
    /** v = beta v + (1-beta) dW; W = W - alpha v. */
    MOMENTUM("momentum", "Momentum"),
    /** s = beta2 s + (1-beta2) dW^2; W = W - alpha dW / (sqrt(s) + eps). */
    RMSPROP("rmsprop", "RMSprop"),
    /** Adam with bias correction. */
    ADAM("adam", "Adam");

    private final String key;
    private final String label;

    OptimizerKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in experiment files. */
    public String key() {
        return key;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** Parses a key such as {@code rmsprop}. */
    public static OptimizerKind fromKey(String key) {
        for (OptimizerKind k : values()) {
            if (k.key.equals(key.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + key
                + "' (expected gd, momentum, rmsprop or adam)");
    }
}
