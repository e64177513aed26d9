package com.backproplab.data;

import java.util.Locale;
import java.util.SplittableRandom;

/** The built-in two-class point sets, each generated deterministically from a seed. */
public enum Preset {
    CIRCLE("circle", "Circle", Shapes::circle),
    XOR("xor", "XOR", Shapes::xor),
    GAUSSIANS("gaussians", "Two Gaussians", Shapes::gaussians),
    SPIRAL("spiral", "Spiral", Shapes::spiral),
    MOONS("moons", "Two Moons", Shapes::moons),
    FLOWER("flower", "Planar Flower", Shapes::flower);

    /** Half the width of the app's view: every generated coordinate lies in [-VIEW, VIEW]. */
    static final double VIEW = 6;

    /** How often a point that fell outside the view is redrawn before it is clamped into it. */
    private static final int REDRAWS = 100;

    private final String key;
    private final String displayName;
    private final Shape shape;

    Preset(String key, String displayName, Shape shape) {
        this.key = key;
        this.displayName = displayName;
        this.shape = shape;
    }

    /** The lowercase key used in files and on the command line, e.g. "spiral". */
    public String key() {
        return key;
    }

    /** The name shown to students, e.g. "Two Moons". */
    public String displayName() {
        return displayName;
    }

    /** The preset with this key (case and surrounding spaces ignored). */
    public static Preset fromKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (Preset p : values()) {
            if (p.key.equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown preset '" + key
                + "': use circle, xor, gaussians, spiral, moons or flower.");
    }

    /**
     * Generates count points alternating class 0, 1, 0, ... (so (count+1)/2 of class 0 and count/2 of
     * class 1); noise 0 gives the clean shape, about 0.1 to 0.5 is the useful range.
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
        int[] y = new int[count];
        double[] out = new double[2];
        for (int i = 0; i < count; i++) {
            int label = i % 2;
            int perClass = label == 0 ? (count + 1) / 2 : count / 2;
            double u = perClass == 1 ? 0 : (i / 2) / (perClass - 1.0);
            drawInView(label, u, noise, random, out);
            a[i] = out[0];
            b[i] = out[1];
            y[i] = label;
        }
        return Dataset.of(a, b, y);
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
