package com.backproplab.engine;

import java.util.Locale;

/** Weight initialization schemes (docs/math.md, Init schemes); biases always start at 0. */
public enum InitScheme {
    /** W = 0: every hidden unit of a layer stays identical (the symmetry problem). */
    ZEROS("zeros"),
    /** W ~ N(0,1) * 0.01. */
    SMALL_RANDOM("small_random"),
    /** W ~ N(0,1) * sqrt(1/n[l-1]). */
    XAVIER("xavier"),
    /** W ~ N(0,1) * sqrt(2/(n[l-1]+n[l])). */
    GLOROT("glorot"),
    /** W ~ N(0,1) * sqrt(2/n[l-1]). */
    HE("he"),
    /** W ~ N(0,1) * s, s chosen by the user (large s explodes). */
    SCALED("scaled");

    private final String key;

    InitScheme(String key) {
        this.key = key;
    }

    /** The name used in experiment files. */
    public String key() {
        return key;
    }

    /** Parses a key such as {@code small_random}. */
    public static InitScheme fromKey(String key) {
        for (InitScheme s : values()) {
            if (s.key.equals(key.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown init '" + key
                + "' (expected zeros, small_random, xavier, glorot, he or scaled)");
    }

    /** The standard deviation of W[l] for a layer of {@code fanOut} units fed by {@code fanIn}. */
    public double scale(int fanIn, int fanOut, double customScale) {
        return switch (this) {
            case ZEROS -> 0.0;
            case SMALL_RANDOM -> 0.01;
            case XAVIER -> Math.sqrt(1.0 / fanIn);
            case GLOROT -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE -> Math.sqrt(2.0 / fanIn);
            case SCALED -> customScale;
        };
    }
}
