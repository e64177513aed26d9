package com.backproplab.plot;

import java.util.Locale;

/** Nice tick positions for linear and log axes, and the short number formats of axis labels. */
public final class Ticks {
    private Ticks() {
    }

    /** A step of 1, 2 or 5 times a power of ten that cuts {@code range} into at most about {@code count} parts. */
    public static double niceStep(double range, int count) {
        double raw = range / Math.max(1, count);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        // 1-2-5 only: 2.5 would give x labels like "1.25k" that the step format cannot show.
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Multiples of a nice step inside [min, max], written to {@code out}; returns how many. */
    public static int linear(double min, double max, int count, double[] out) {
        if (!(max > min) || !Double.isFinite(max - min)) {
            if (Double.isFinite(min) && out.length > 0) {
                out[0] = min;
                return 1;
            }
            return 0;
        }
        double step = niceStep(max - min, count);
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = 0;
        for (double v = first; v <= max + step * 1e-9 && n < out.length; v = first + n * step) {
            out[n++] = Math.abs(v) < step * 1e-9 ? 0 : v; // no "-0" or 1e-17 labels
        }
        return n;
    }

    /**
     * Powers of ten inside [min, max] (both > 0), every k-th decade so that at most {@code count} are written
     * to {@code out}; returns how many.
     */
    public static int log(double min, double max, int count, double[] out) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            return 0;
        }
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9), hi = (int) Math.floor(Math.log10(max) + 1e-9);
        int decades = hi - lo + 1;
        int stride = Math.max(1, (decades + Math.max(1, count) - 1) / Math.max(1, count));
        int n = 0;
        // Anchor the stride on multiples of it, so 1e-6, 1e-4, 1e-2, 1 rather than 1e-5, 1e-3, 1e-1.
        int start = Math.floorDiv(lo + stride - 1, stride) * stride;
        for (int e = start; e <= hi && n < out.length; e += stride) {
            out[n++] = Math.pow(10, e);
        }
        return n;
    }

    /** Powers of ten just outside [min, max]: the range a log axis shows, never a single point. */
    public static double decadeFloor(double v) {
        return Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    }

    /** Smallest power of ten at or above v. */
    public static double decadeCeil(double v) {
        return Math.pow(10, Math.ceil(Math.log10(v) - 1e-9));
    }

    /** A step count in at most about five characters: 950, 1.2k, 35k, 350k, 1.2M. */
    public static String step(double v) {
        double a = Math.abs(v);
        if (a < 999.5) {
            return Long.toString(Math.round(v));
        }
        if (a < 999_500) {
            return scaled(v / 1e3, "k");
        }
        if (a < 999_500_000) {
            return scaled(v / 1e6, "M");
        }
        return scaled(v / 1e9, "G");
    }

    private static String scaled(double x, String suffix) {
        String s = Math.abs(x) < 99.95 ? String.format(Locale.ROOT, "%.1f", x) : Long.toString(Math.round(x));
        return trimZeros(s) + suffix;
    }

    /** A value in three significant digits, scientific outside [1e-3, 1e5): 0.693, 12.3, 2.5e-4, 1e-6. */
    public static String value(double v) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            int e = (int) Math.floor(Math.log10(a));
            double m = v / Math.pow(10, e);
            if (Math.abs(m) >= 9.995) { // 9.996e-5 rounds to 10.0e-5: carry into the exponent
                m /= 10;
                e++;
            }
            return trimZeros(String.format(Locale.ROOT, "%.2f", m)) + "e" + e;
        }
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return trimZeros(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
