package com.backproplab.data;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * The built-in regression point sets: points spread uniformly over the view, each labelled with a smooth function of
 * (x1, x2) in [-1, 1] plus gaussian noise, generated deterministically from a seed.
 */
public enum RegressionPreset {
    /** A tilted plane: y = (x1 + x2) / 12, from -1 at (-6, -6) to 1 at (6, 6); a network without hidden layer fits it. */
    PLANE("plane", "Plane", (a, b) -> (a + b) / 12),
    /** A Gaussian bump: y = 2 exp(-(x1^2 + x2^2) / 8) - 1, 1 at the origin falling to about -1 at the view's edge. */
    BUMP("bump", "Gaussian bump", (a, b) -> 2 * StrictMath.exp(-(a * a + b * b) / 8) - 1);

    private final String key;
    private final String displayName;
    private final DoubleBinaryOperator surface;

    RegressionPreset(String key, String displayName, DoubleBinaryOperator surface) {
        this.key = key;
        this.displayName = displayName;
        this.surface = surface;
    }

    /** The lowercase key, e.g. "bump". */
    public String key() {
        return key;
    }

    /** The name shown to students, e.g. "Gaussian bump". */
    public String displayName() {
        return displayName;
    }

    /** The value of the clean surface at (x1, x2). */
    public double value(double x1, double x2) {
        return surface.applyAsDouble(x1, x2);
    }

    /** The preset with this key (case and surrounding spaces ignored). */
    public static RegressionPreset fromKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (RegressionPreset p : values()) {
            if (p.key.equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown regression preset '" + key + "': use plane or bump.");
    }

    /**
     * {@code count} points uniform over the view [-6, 6]^2, each valued by the surface plus noise times a standard
     * gaussian draw (noise 0 gives the clean surface; the value range is about [-1, 1], so 0.1 is visible).
     */
    public Dataset generate(int count, double noise, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("The point count must not be negative, but is " + count + ".");
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("The noise must be a finite number of at least 0, but is " + noise + ".");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[count];
        double[] b = new double[count];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = (2 * random.nextDouble() - 1) * Preset.VIEW;
            b[i] = (2 * random.nextDouble() - 1) * Preset.VIEW;
            y[i] = value(a[i], b[i]) + noise * random.nextGaussian();
        }
        return Dataset.regression(a, b, y);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
