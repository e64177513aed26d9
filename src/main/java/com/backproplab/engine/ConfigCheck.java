package com.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the out-of-range values of a configuration record, each worded for its key as experiment files name
 * it (e.g. {@code schedule.rate}), so that a file reader can point at the key and the window can show the sentence.
 */
public final class ConfigCheck {
    /** One value out of range: its key and what is wrong, e.g. "must be > 0, found -1.0". */
    public record Problem(String key, String text) implements java.io.Serializable {
    }

    /** Values out of range: {@link #first()} names the first; the message lists them all. */
    public static final class Failure extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final Problem first;

        private Failure(List<Problem> problems) {
            super(String.join("; ", problems.stream().map(p -> p.key() + " " + p.text()).toList()));
            this.first = problems.get(0);
        }

        /** The first bad value, e.g. key {@code learningRate} or {@code hidden[1]}. */
        public Problem first() {
            return first;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    /** A problem with {@code key}, worded to follow the key. */
    public ConfigCheck add(String key, String problem) {
        problems.add(new Problem(key, problem));
        return this;
    }

    /** A finite number > 0. */
    public ConfigCheck positive(String key, double v) {
        return finite(key, v) && !(v > 0) ? add(key, "must be > 0, found " + v) : this;
    }

    /** A finite number >= 0. */
    public ConfigCheck nonNegative(String key, double v) {
        return finite(key, v) && !(v >= 0) ? add(key, "must be >= 0, found " + v) : this;
    }

    /** A number in [0, 1). */
    public ConfigCheck fraction(String key, double v) {
        return v >= 0 && v < 1 ? this : add(key, "must be in [0, 1), found " + v);
    }

    /** A number in (0, 1]; {@code note} (may be empty) says what 1 means. */
    public ConfigCheck unitOpenBelow(String key, double v, String note) {
        return v > 0 && v <= 1 ? this : add(key, "must be in (0, 1]" + note + ", found " + v);
    }

    /** A whole number in [min, max]. */
    public ConfigCheck between(String key, long v, long min, long max) {
        return v >= min && v <= max ? this : add(key, "must be between " + min + " and " + max + ", found " + v);
    }

    /** A whole number >= min. */
    public ConfigCheck atLeast(String key, long v, long min) {
        return v >= min ? this : add(key, "must be >= " + min + ", found " + v);
    }

    private boolean finite(String key, double v) {
        if (Double.isFinite(v)) {
            return true;
        }
        add(key, "must be a finite number, found " + v);
        return false;
    }

    /** Throws a {@link Failure} when any value was out of range. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new Failure(problems);
        }
    }
}
