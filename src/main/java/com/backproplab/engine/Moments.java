package com.backproplab.engine;

/**
 * The optimizers' moment estimates never hold a subnormal number (docs/math.md, "Subnormal moments"). The moments of
 * a parameter whose gradient is 0 (a dead ReLU unit's weights) decay geometrically, and rounding stops the decay in
 * the subnormal range: 0.9 times the smallest subnormals rounds back to themselves. Arithmetic on subnormals takes a
 * slow path in the CPU (a microcode assist of about a hundred cycles), and Java cannot ask the CPU to flush them, so
 * a long run with dead units slowed down step after step. Such a moment is stored as 0 instead: its part of an update
 * is about 1e-300 with the default settings, below half the last bit of any weight larger than about 1e-284.
 */
final class Moments {
    /**
     * The smallest eps with which RMSprop and Adam flush: with a smaller one a subnormal moment can still matter (an
     * update divides by eps), so its moments keep the IEEE values. No setting a lesson or a user would pick is near.
     */
    static final double FLUSH_MIN_EPSILON = 1e-100;

    private Moments() {
    }

    /** Below this magnitude a moment is stored as 0: the smallest normal double, or 0 (never) for a tiny eps. */
    static double floor(double epsilon) {
        return epsilon >= FLUSH_MIN_EPSILON ? Double.MIN_NORMAL : 0.0;
    }

    /** {@code m}, or 0 when its magnitude is below {@code floor} (the vector loops blend the same way). */
    static double flush(double m, double floor) {
        return Math.abs(m) < floor ? 0.0 : m;
    }
}
