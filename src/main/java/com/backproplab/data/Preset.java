package com.backproplab.data;

import java.util.SplittableRandom;

/** The built-in two-class point sets, each generated deterministically from a seed. */
public enum Preset implements PointPreset {
    CIRCLE("Circle", Shapes::circle),
    XOR("XOR", Shapes::xor),
    GAUSSIANS("Two Gaussians", Shapes::gaussians),
    SPIRAL("Spiral", Shapes::spiral),
    MOONS("Two Moons", Shapes::moons),
    FLOWER("Planar Flower", Shapes::flower);

    /** Half the width of the app's view: every generated coordinate lies in [-VIEW, VIEW]. */
    static final double VIEW = 6;

    /** How often a point that fell outside the view is redrawn before it is clamped into it. */
    private static final int REDRAWS = 100;

    private final String displayName;
    private final Shape shape;

    Preset(String displayName, Shape shape) {
        this.displayName = displayName;
        this.shape = shape;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The preset with this key (case and surrounding spaces ignored). */
    public static Preset fromKey(String key) {
        return Presets.fromKey(values(), key, "preset");
    }

    /**
     * Generates count points alternating class 0, 1, 0, ... (so (count+1)/2 of class 0 and count/2 of
     * class 1); noise 0 gives the clean shape, about 0.1 to 0.5 is the useful range.
     */
    @Override
    public Dataset generate(int count, double noise, long seed) {
        return Presets.generate(count, noise, seed, false, (i, random, xy) -> {
            int label = i % 2;
            int perClass = label == 0 ? (count + 1) / 2 : count / 2;
            double u = perClass == 1 ? 0 : (i / 2) / (perClass - 1.0);
            drawInView(label, u, noise, random, xy);
            return label;
        });
    }

    /** Redraws a point that the noise pushed out of the view rather than piling points on its edge. */
    private void drawInView(int label, double u, double noise, SplittableRandom random, double[] out) {
        for (int attempt = 0; attempt < REDRAWS; attempt++) {
            shape.draw(label, u, noise, random, out);
            if (Math.abs(out[0]) <= VIEW && Math.abs(out[1]) <= VIEW) {
                return;
            }
        }
        out[0] = Math.max(-VIEW, Math.min(VIEW, out[0]));
        out[1] = Math.max(-VIEW, Math.min(VIEW, out[1]));
    }
}
