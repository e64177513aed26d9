package com.backproplab.data;

import java.util.Locale;
import java.util.SplittableRandom;

/** What the two kinds of {@link PointPreset} share: finding one by its key, and drawing its points from a seed. */
final class Presets {
    /** Point i of a preset: writes its coordinates into xy[0] (x1) and xy[1] (x2), returns its label or value. */
    @FunctionalInterface
    interface Point {
        double draw(int i, SplittableRandom random, double[] xy);
    }

    private Presets() {
    }

    /**
     * The preset among {@code presets} with this key (case and surrounding spaces ignored); an unknown key is an
     * IllegalArgumentException naming {@code kind} and every key.
     */
    static <P extends PointPreset> P fromKey(P[] presets, String key, String kind) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (P p : presets) {
            if (p.key().equals(k)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown " + kind + " '" + key + "': use " + keys(presets) + ".");
    }

    /** The keys as a message lists them: "a, b or c". */
    private static String keys(PointPreset[] presets) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < presets.length; i++) {
            s.append(i == 0 ? "" : i == presets.length - 1 ? " or " : ", ").append(presets[i].key());
        }
        return s.toString();
    }

    /**
     * {@code count} points drawn in index order from one random source seeded by {@code seed}: class labels, or
     * values when {@code regression}. Checks the count and the noise first ({@link PointPreset#generate}).
     */
    static Dataset generate(int count, double noise, long seed, boolean regression, Point point) {
        if (count < 0) {
            throw new IllegalArgumentException("The point count must not be negative, but is " + count + ".");
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("The noise must be a finite number of at least 0, but is " + noise + ".");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x1 = new double[count];
        double[] x2 = new double[count];
        double[] y = new double[count];
        double[] xy = new double[2];
        for (int i = 0; i < count; i++) {
            y[i] = point.draw(i, random, xy);
            x1[i] = xy[0];
            x2[i] = xy[1];
        }
        if (regression) {
            return Dataset.regression(x1, x2, y);
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (int) y[i];
        }
        return Dataset.of(x1, x2, labels);
    }
}
