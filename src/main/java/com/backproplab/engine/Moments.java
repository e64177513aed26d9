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
    private Moments() {
    }

    /** {@code m}, or 0 when its magnitude is below the smallest normal double (the vector loops blend the same way). */
    static double flush(double m) {
        return Math.abs(m) < Double.MIN_NORMAL ? 0.0 : m;
    }
}
