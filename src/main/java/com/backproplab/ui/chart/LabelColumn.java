package com.backproplab.ui.chart;

/**
 * The heights of labels written in a column beside a chart's lines: kept sorted top to bottom as they come, then
 * nudged apart so that none overlaps the next. The caller keeps each label's other parts under the index
 * {@link #add} returns, so nothing is allocated per redraw.
 */
final class LabelColumn {
    private final double gap;
    private final double lift;
    private final double[] y;
    /** For each height in order, the index its label was added under. */
    private final int[] index;
    private int count;

    /**
     * @param capacity the most labels of one redraw
     * @param gap the least distance between two labels' heights
     * @param lift how far above its point a label goes (0: centred on it)
     */
    LabelColumn(int capacity, double gap, double lift) {
        this.gap = gap;
        this.lift = lift;
        y = new double[capacity];
        index = new int[capacity];
    }

    /** Starts the labels of one redraw. */
    void clear() {
        count = 0;
    }

    int size() {
        return count;
    }

    /** Whether a label at height {@code py} can be added: there is room, and py is a height on the chart. */
    boolean takes(double py) {
        return count < y.length && Double.isFinite(py);
    }

    /** Adds a label at height {@code py}; returns the index under which the caller keeps its other parts. */
    int add(double py) {
        int added = count++;
        // Insertion by y keeps the labels sorted top to bottom for the overlap pass.
        int i = added;
        while (i > 0 && y[i - 1] > py) {
            y[i] = y[i - 1];
            index[i] = index[i - 1];
            i--;
        }
        y[i] = py;
        index[i] = added;
        return added;
    }

    /**
     * Lifts the labels, then moves each down as far as it is closer than the gap to the one above (the first to at
     * least {@code top}), then all of them up as far as the last is below {@code bottom}.
     */
    void spread(double top, double bottom) {
        for (int i = 0; i < count; i++) {
            y[i] = Math.max(y[i] - lift, i == 0 ? top : y[i - 1] + gap);
        }
        double over = count > 0 ? y[count - 1] - bottom : 0;
        if (over > 0) {
            for (int i = 0; i < count; i++) {
                y[i] -= over;
            }
        }
    }

    /** The height of the i-th label from the top. */
    double y(int i) {
        return y[i];
    }

    /** The index the i-th label from the top was added under. */
    int index(int i) {
        return index[i];
    }
}
