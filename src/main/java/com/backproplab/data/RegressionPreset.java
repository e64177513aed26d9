package com.backproplab.data;

/**
 * The built-in regression point sets: points spread uniformly over the view, each labelled with a smooth function of
 * (x1, x2) in [-1, 1] plus gaussian noise, generated deterministically from a seed.
 */
public enum RegressionPreset implements PointPreset {
    /** A tilted plane: y = (x1 + x2) / 12, from -1 at (-6, -6) to 1 at (6, 6); a network without hidden layer fits it. */
    PLANE("Plane"),
    /** A Gaussian bump: y = 2 exp(-(x1^2 + x2^2) / 8) - 1, 1 at the origin falling to about -1 at the view's edge. */
    BUMP("Gaussian bump");

    private final String displayName;

    RegressionPreset(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The value of the clean surface at (x1, x2). */
    public double value(double x1, double x2) {
        return switch (this) {
            case PLANE -> (x1 + x2) / 12;
            case BUMP -> 2 * StrictMath.exp(-(x1 * x1 + x2 * x2) / 8) - 1;
        };
    }

    /** The preset with this key (case and surrounding spaces ignored). */
    public static RegressionPreset fromKey(String key) {
        return Presets.fromKey(values(), key, "regression preset");
    }

    /**
     * {@code count} points uniform over the view [-6, 6]^2, each valued by the surface plus noise times a standard
     * gaussian draw (noise 0 gives the clean surface; the value range is about [-1, 1], so 0.1 is visible).
     */
    @Override
    public Dataset generate(int count, double noise, long seed) {
        return Presets.generate(count, noise, seed, true, (i, random, xy) -> {
            xy[0] = (2 * random.nextDouble() - 1) * Preset.VIEW;
            xy[1] = (2 * random.nextDouble() - 1) * Preset.VIEW;
            return value(xy[0], xy[1]) + noise * random.nextGaussian();
        });
    }

    @Override
    public String toString() {
        return displayName;
    }
}
