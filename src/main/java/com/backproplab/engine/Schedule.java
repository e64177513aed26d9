package com.backproplab.engine;

import java.util.Locale;

/**
 * Learning-rate decay by completed epochs (docs/math.md, Schedules): constant, {@code alpha0 / (1 + rate * epoch)},
 * {@code base^epoch * alpha0}, or {@code k / sqrt(epoch + 1) * alpha0}.
 *
 * @param kind which formula
 * @param rate decay rate of inverse_time
 * @param base base of exponential decay (0.95 by default)
 * @param k factor of inverse_sqrt
 */
public record Schedule(Kind kind, double rate, double base, double k) {

    /** The decay formulas. */
    public enum Kind {
        CONSTANT("constant"), INVERSE_TIME("inverse_time"), EXPONENTIAL("exponential"), INVERSE_SQRT("inverse_sqrt");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name used in experiment files. */
        public String key() {
            return key;
        }

        /** Parses a key such as {@code inverse_time}. */
        public static Kind fromKey(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown schedule kind '" + key
                    + "' (expected constant, inverse_time, exponential or inverse_sqrt)");
        }
    }

    /** No decay. */
    public static final Schedule CONSTANT = new Schedule(Kind.CONSTANT, 0.0, 0.95, 1.0);

    public Schedule {
        if (kind == null) {
            throw new IllegalArgumentException("schedule kind is missing");
        }
    }

    /** The learning rate during epoch {@code epoch} (0 during the first epoch). */
    public double rate(double alpha0, long epoch) {
        return switch (kind) {
            case CONSTANT -> alpha0;
            case INVERSE_TIME -> alpha0 / (1.0 + rate * epoch);
            case EXPONENTIAL -> StrictMath.pow(base, epoch) * alpha0;
            case INVERSE_SQRT -> k / Math.sqrt(epoch + 1.0) * alpha0;
        };
    }
}
