package com.backproplab.plot;

import com.backproplab.data.Dataset;

/**
 * How the network's output becomes a position on the diverging {@link Palette}, the same for the window, rendered
 * PNGs and their legends: for classification the output is P(y=1) itself; for regression, yhat on a scale symmetric
 * around 0, [-range, range] with range the largest |y| of the points (1 without points), so that the palette's
 * light middle is yhat = 0, orange is negative and blue positive. The 0.5 contour of the fractions is then the
 * P = 0.5 boundary, or the yhat = 0 line.
 *
 * @param regression whether outputs are values (else probabilities)
 * @param range the value shown at the palette's blue end (its negative at the orange end)
 */
public record OutputScale(boolean regression, double range) {
    /** Probabilities, as they are. */
    public static final OutputScale PROBABILITY = new OutputScale(false, 1);

    public OutputScale {
        if (!(range > 0) || !Double.isFinite(range)) {
            throw new IllegalArgumentException("the range must be finite and > 0, found " + range);
        }
    }

    /** The scale for the points of {@code d}: probabilities for classes, the symmetric value range for regression. */
    public static OutputScale of(Dataset d) {
        if (!d.isRegression()) {
            return PROBABILITY;
        }
        double r = 0;
        for (int i = 0; i < d.size(); i++) {
            r = Math.max(r, Math.abs(d.value(i)));
        }
        return new OutputScale(true, r > 0 && Double.isFinite(r) ? r : 1);
    }

    /** The palette position of an output (P, or yhat clamped to the range); NaN stays NaN. */
    public double fraction(double output) {
        if (!regression || Double.isNaN(output)) {
            return output;
        }
        return Math.max(0, Math.min(1, 0.5 + output / (2 * range)));
    }

    /** The palette position shown without shading ("discretized"): the region's end colour, 0 or 1. */
    public static double discrete(double fraction) {
        return Double.isNaN(fraction) ? fraction : fraction >= 0.5 ? 1 : 0;
    }

    /** The lowest value of the scale: 0, or -range. */
    public double low() {
        return regression ? -range : 0;
    }

    /** The highest value of the scale: 1, or range. */
    public double high() {
        return regression ? range : 1;
    }
}
