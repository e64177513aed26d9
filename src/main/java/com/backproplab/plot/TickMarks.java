package com.backproplab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ticks of one axis: values on a 1-2-5 step inside a range, each labelled with the decimals the step needs. */
public record TickMarks(List<Double> values, List<String> labels) {

    public TickMarks {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }

    /** Ticks of [min, max] cut into at most about {@code count} parts ({@link Ticks#linear}). */
    public static TickMarks of(double min, double max, int count) {
        double[] at = new double[64];
        int n = Ticks.linear(min, max, count, at);
        double step = Ticks.niceStep(max - min, count);
        List<Double> values = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            values.add(at[k]);
            labels.add(label(at[k], step));
        }
        return new TickMarks(values, labels);
    }

    /** A tick value with as many decimals as its step has: "-4" on a step of 2, "1.5" on a step of 0.5. */
    static String label(double value, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** How many ticks. */
    public int size() {
        return values.size();
    }

    /** The k-th value. */
    public double value(int k) {
        return values.get(k);
    }

    /** The k-th label. */
    public String label(int k) {
        return labels.get(k);
    }
}
