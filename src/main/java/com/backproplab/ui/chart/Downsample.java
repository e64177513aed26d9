package com.backproplab.ui.chart;

/**
 * Reduces a polyline in pixel coordinates to at most two points per pixel column, its minimum and its maximum
 * in their original order, so a one-sample spike survives while the drawing cost follows the width, not the
 * history length.
 */
final class Downsample {
    private Downsample() {
    }

    /**
     * Writes the reduced line to {@code ox, oy} (each at least {@code 2 n} long) and returns its length.
     * {@code px} must not decrease. Non-finite {@code py} are skipped; a column with none finite becomes one
     * NaN point, which breaks the line there.
     */
    static int minMax(double[] px, double[] py, int n, double[] ox, double[] oy) {
        int out = 0;
        int i = 0;
        while (i < n) {
            long col = (long) Math.floor(px[i]);
            int minI = -1, maxI = -1;
            int j = i;
            for (; j < n && (long) Math.floor(px[j]) == col; j++) {
                double y = py[j];
                if (!Double.isFinite(y)) {
                    continue;
                }
                if (minI < 0 || y < py[minI]) {
                    minI = j;
                }
                if (maxI < 0 || y > py[maxI]) {
                    maxI = j;
                }
            }
            if (minI < 0) {
                ox[out] = px[i];
                oy[out++] = Double.NaN;
            } else {
                int a = Math.min(minI, maxI), b = Math.max(minI, maxI);
                ox[out] = px[a];
                oy[out++] = py[a];
                if (b != a) {
                    ox[out] = px[b];
                    oy[out++] = py[b];
                }
            }
            i = j;
        }
        return out;
    }
}
