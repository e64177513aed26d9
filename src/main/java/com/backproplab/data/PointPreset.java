package com.backproplab.data;

import java.util.Locale;

/**
 * A built-in point set, two-class ({@link Preset}) or regression ({@link RegressionPreset}): an enum constant whose
 * name, in lower case, is its key, with a name for students and points generated deterministically from a seed.
 */
public sealed interface PointPreset permits Preset, RegressionPreset {

    /** The constant's name (the enum's own method), e.g. "SPIRAL". */
    String name();

    /** The lowercase key used in files and on the command line, e.g. "spiral". */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to students, e.g. "Two Moons". */
    String displayName();

    /**
     * {@code count} points (at least 0); noise 0 gives the clean set. Throws an IllegalArgumentException for a
     * negative count or a noise that is not a finite number of at least 0.
     */
    Dataset generate(int count, double noise, long seed);
}
