package com.backproplab.training;

import java.util.Arrays;

/**
 * What a run's history says about its recent half (the samples of the last half of its steps): the trend of the
 * cost, how much the largest layer gradient grew, how the first layer's gradient compares with the
 * largest one, and how large the updates are relative to the weights. Pure: computed from one {@link History}.
 */
final class RunSignals {
    /** Where the training cost is heading over the recent half. */
    enum Trend {
        /** Too few evaluations to tell. */
        UNKNOWN,
        /** Down by {@link #FALLING} or more. */
        FALLING,
        /** Neither falling nor rising. */
        FLAT,
        /** Up by {@link #RISING} or more. */
        RISING,
        /** Jumping up and down by large steps. */
        OSCILLATING
    }

    /** Samples needed to read a trend: mini-batch costs are noisy, each third of the window averages several. */
    static final int MIN_SAMPLES = 20;
    /** Distinct evaluations of the training-set cost needed to see oscillation. */
    static final int MIN_VALUES = 6;
    /** A relative fall of the cost over the recent half (first third to last third) that counts as learning. */
    static final double FALLING = 0.05;
    /** A relative rise over the recent half that counts as rising... */
    static final double RISING = 0.10;
    /**
     * ...when it is also at least this share of the run's starting cost: near a cost of 0 a rise of a few thousandths
     * is noise around a fit, not a learning rate that throws the weights about (and lets a gap to dev show).
     */
    static final double RISING_SHARE_OF_START = 0.02;
    /** Oscillating: the mean change between evaluations is at least this share of the cost... */
    static final double JUMP = 0.02;
    /** ...and the rises add up to at least this share of the falls (a healthy descent rarely goes up). */
    static final double UPS = 0.5;

    final Trend trend;
    /** Relative change of the mini-batch cost over the window, from its first third to its last (negative: fell). */
    final double change;
    /** First and last step of the window. */
    final long from, to;
    /** How many times the largest layer gradient norm grew over the window, last third over first (1: no data). */
    final double growth;
    /** The steps over which it grew. */
    final long growthSteps;
    /** How many times the cost grew over the window, last third over first (1 without data). */
    final double costRise;
    /** ||dW[1]|| / max over l of ||dW[l]||, median over the last few samples (NaN without data). */
    final double firstOverLargest;
    /** The layer with the largest gradient at the last sample (0 without data). */
    final int largestLayer;
    /** Largest layer update-to-weight ratio, median over the window (NaN without data). */
    final double updateRatio;

    private RunSignals(Trend trend, double change, long from, long to, double growth, long growthSteps,
                       double costRise, double firstOverLargest, int largestLayer, double updateRatio) {
        this.trend = trend;
        this.change = change;
        this.from = from;
        this.to = to;
        this.growth = growth;
        this.growthSteps = growthSteps;
        this.costRise = costRise;
        this.firstOverLargest = firstOverLargest;
        this.largestLayer = largestLayer;
        this.updateRatio = updateRatio;
    }

    /** The signals of {@code h}'s recent half. */
    static RunSignals of(History h) {
        return of(h, false);
    }

    /** The signals of {@code h}'s recent half, or of all of it when {@code whole} (e.g. what led to a stop). */
    static RunSignals of(History h, boolean whole) {
        int n = h.size();
        if (n == 0) {
            return new RunSignals(Trend.UNKNOWN, Double.NaN, 0, 0, 1, 0, 1, Double.NaN, 0, Double.NaN);
        }
        long last = h.step(n - 1), first = h.step(0);
        int start = whole ? 0 : n - 1;
        while (start > 0 && h.step(start - 1) >= last - (last - first) / 2) {
            start--;
        }
        // The mini-batch cost is recorded at every sample; the training-set cost only as often as the window
        // evaluates it (a few times a second), so repeated values are one evaluation.
        double[] batch = new double[n - start], costs = new double[n - start];
        int nb = 0, k = 0;
        for (int i = start; i < n; i++) {
            double b = h.batchCost(i), c = h.trainCost(i);
            if (Double.isFinite(b)) {
                batch[nb++] = b;
            }
            if (Double.isFinite(c) && (k == 0 || c != costs[k - 1])) {
                costs[k++] = c;
            }
        }
        // The training-set cost is exact; the mini-batch cost is noisy but there at every sample: a trend reads the
        // first when the window evaluated it often enough, else the second.
        boolean enough = n - start >= MIN_SAMPLES;
        double change = !enough ? 0 : k >= MIN_VALUES ? change(costs, k) : change(batch, nb);
        double early = !enough ? 0 : k >= MIN_VALUES ? early(costs, k) : early(batch, nb);
        double startCost = h.trainCost(0);
        boolean large = !(change * early < RISING_SHARE_OF_START * startCost); // a start without a cost: any rise
        double rise = k >= 2 ? 1 + change(costs, k) : nb >= 2 ? 1 + change(batch, nb) : 1;
        double[] growth = growth(h, start, n);
        return new RunSignals(enough ? trend(change, large, costs, k) : Trend.UNKNOWN, change, h.step(start), last,
                growth[0], (long) growth[1], rise, firstOverLargest(h, n), largestLayer(h, n - 1),
                medianRatio(h, start, n));
    }

    /** The mean of the first third of {@code v}. */
    private static double early(double[] v, int n) {
        int third = Math.max(1, n / 3);
        double early = 0;
        for (int i = 0; i < third; i++) {
            early += v[i] / third;
        }
        return early;
    }

    /** Relative change from the mean of the first third of {@code v} to the mean of its last third. */
    private static double change(double[] v, int n) {
        int third = Math.max(1, n / 3);
        double late = 0;
        for (int i = 0; i < third; i++) {
            late += v[n - 1 - i] / third;
        }
        double early = early(v, n);
        return (late - early) / early;
    }

    /**
     * Rising or falling from the cost's change ({@code large}: a rise large against the starting cost); oscillating
     * from the training-set cost's evaluations.
     */
    private static Trend trend(double change, boolean large, double[] v, int k) {
        if (change >= RISING && large) {
            return Trend.RISING;
        }
        double ups = 0, downs = 0, level = 0;
        for (int i = 0; i < k; i++) {
            level += v[i] / k;
            if (i > 0) {
                double d = v[i] - v[i - 1];
                ups += Math.max(d, 0);
                downs += Math.max(-d, 0);
            }
        }
        if (k >= MIN_VALUES && (ups + downs) / (k - 1) >= JUMP * level && ups >= UPS * downs) {
            return Trend.OSCILLATING;
        }
        return change <= -FALLING ? Trend.FALLING : Trend.FLAT;
    }

    /** Largest layer gradient norm of sample i (NaN when none is finite). */
    private static double largestGradient(History h, int i) {
        double max = Double.NaN;
        for (int l = 1; l <= h.layers(); l++) {
            double g = h.gradNorm(i, l);
            if (Double.isFinite(g) && !(g <= max)) {
                max = g;
            }
        }
        return max;
    }

    /**
     * {growth, steps}: the largest layer gradient over the window, the geometric mean of its last third over that
     * of its first third (a mini-batch of one gives gradients that jump by orders of magnitude from step to step;
     * thirds average that out), and the steps the window spans.
     */
    private static double[] growth(History h, int start, int n) {
        double[] logs = new double[n - start];
        long[] at = new long[n - start];
        int m = 0;
        for (int i = start; i < n; i++) {
            double g = largestGradient(h, i);
            if (g > 0 && g < Double.POSITIVE_INFINITY) {
                logs[m] = Math.log(g);
                at[m++] = h.step(i);
            }
        }
        if (m < 2) {
            return new double[] {1, 0};
        }
        int third = Math.max(1, m / 3);
        double early = 0, late = 0;
        for (int i = 0; i < third; i++) {
            early += logs[i] / third;
            late += logs[m - 1 - i] / third;
        }
        return new double[] {Math.exp(late - early), at[m - 1] - at[0]};
    }

    private static int largestLayer(History h, int i) {
        int best = 0;
        for (int l = 1; l <= h.layers(); l++) {
            double g = h.gradNorm(i, l);
            if (Double.isFinite(g) && (best == 0 || g > h.gradNorm(i, best))) {
                best = l;
            }
        }
        return best;
    }

    /** ||dW[1]|| / max_l ||dW[l]|| over the last five samples, their median. */
    private static double firstOverLargest(History h, int n) {
        int count = Math.min(5, n);
        double[] r = new double[count];
        int k = 0;
        for (int i = n - count; i < n; i++) {
            double max = largestGradient(h, i), g1 = h.gradNorm(i, 1);
            if (max > 0 && Double.isFinite(g1)) {
                r[k++] = g1 / max;
            }
        }
        return median(r, k);
    }

    private static double medianRatio(History h, int start, int n) {
        double[] r = new double[n - start];
        int k = 0;
        for (int i = start; i < n; i++) {
            double max = Double.NaN;
            for (int l = 1; l <= h.layers(); l++) {
                double u = h.updateRatio(i, l);
                if (Double.isFinite(u) && !(u <= max)) {
                    max = u;
                }
            }
            if (!Double.isNaN(max)) {
                r[k++] = max;
            }
        }
        return median(r, k);
    }

    private static double median(double[] v, int k) {
        if (k == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOf(v, k);
        Arrays.sort(s);
        return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
    }
}
