package com.backproplab.ui;

/**
 * Where the network view puts things, in logical pixels: one column per layer, each unit a square heatmap, the rows
 * of every layer on one pitch and centred. Units shrink to fit the view down to {@link #MIN_NODE}; a layer too wide
 * even for that becomes a scrolling column ({@link #scroll}): the layers that fit stay centred in view, each wider
 * one scrolls over its own overflow, so all of them reach their last unit together. Also says what lies
 * under the pointer: a unit, a unit's bias handle (its small square at the lower left) or an edge.
 */
final class NetworkLayout {
    /** The readout line above the graph, and the two lines of column labels below it. */
    static final double TOP = 18, BOTTOM = 32;
    static final double SIDE = 10;
    /** Side of a unit's square, at least and at most. */
    static final double MIN_NODE = 9, MAX_NODE = 40;
    /** Space between two rows, as a share of the unit's side. */
    static final double GAP = 0.3;
    /** How near an edge the pointer must be to point at it. */
    static final double EDGE_REACH = 5;

    /** What the pointer is on. */
    enum Kind { UNIT, BIAS, EDGE }

    /**
     * A unit, its bias, or the weight from unit {@code input} of layer-1 to unit {@code unit} of {@code layer}
     * (input is -1 for units and biases).
     */
    record Hit(Kind kind, int layer, int unit, int input) {
    }

    private final int[] sizes;
    private final double width;
    private final double height;
    private final double node;
    private final double pitch;
    private final double rowsHeight;
    private final double[] x;
    private final double[] y0;
    private double scroll;

    /** {@code labels} is the width kept left of the inputs for their names. */
    NetworkLayout(int[] sizes, double width, double height, double labels) {
        this.sizes = sizes.clone();
        this.width = width;
        this.height = height;
        int layers = sizes.length - 1, most = 1;
        for (int n : sizes) {
            most = Math.max(most, n);
        }
        double left = SIDE + labels, span = Math.max(1, width - left - SIDE);
        // The unit takes at most 45 % of the distance between columns, the rest is for the edges.
        double byWidth = 0.45 * span / (layers + 0.45);
        double byHeight = (height - TOP - BOTTOM) / most / (1 + GAP);
        node = Math.max(MIN_NODE, Math.min(MAX_NODE, Math.min(byWidth, byHeight)));
        pitch = node * (1 + GAP);
        rowsHeight = most * pitch;
        x = new double[layers + 1];
        y0 = new double[layers + 1];
        double step = layers == 0 ? 0 : (span - node) / layers;
        double room = height - TOP - BOTTOM;
        for (int l = 0; l <= layers; l++) {
            x[l] = left + node / 2 + l * step;
            y0[l] = TOP + pitch / 2 + Math.max(0, room - sizes[l] * pitch) / 2;
        }
    }

    int layers() {
        return sizes.length - 1;
    }

    int units(int l) {
        return sizes[l];
    }

    /** Side of a unit's square. */
    double node() {
        return node;
    }

    /** Centre of layer l's column. */
    double x(int l) {
        return x[l];
    }

    /** Centre of unit i of layer l, scrolled. */
    double y(int l, int i) {
        return y0[l] + i * pitch - offset(l);
    }

    /** How far layer l is scrolled: its share of the scroll, by its own overflow (0 for a layer that fits). */
    private double offset(int l) {
        double over = sizes[l] * pitch - (height - TOP - BOTTOM), most = maxScroll();
        return over <= 0 || most <= 0 ? 0 : scroll * over / most;
    }

    /** Side of a bias handle. */
    double biasSize() {
        return Math.max(5, Math.min(8, node * 0.3));
    }

    /** Left edge of unit i of layer l's bias handle (its top is {@link #biasTop}). */
    double biasLeft(int l) {
        return x[l] - node / 2 - biasSize() / 2;
    }

    double biasTop(int l, int i) {
        return y(l, i) + node / 2 - biasSize() / 2;
    }

    /** How far the rows scroll (0 when they fit). */
    double maxScroll() {
        return Math.max(0, rowsHeight - (height - TOP - BOTTOM));
    }

    /** The rows' height over the rows' room in the view (1 or less when nothing scrolls). */
    double overflow() {
        return rowsHeight / Math.max(1, height - TOP - BOTTOM);
    }

    double scroll() {
        return scroll;
    }

    /** Scrolls the rows to {@code s}, within 0..{@link #maxScroll}. */
    void scrollTo(double s) {
        scroll = Math.max(0, Math.min(maxScroll(), s));
    }

    /** Whether y is on the rows' part of the view (not the readout line above or the labels below). */
    boolean onRows(double py) {
        return py >= TOP && py <= rowsBottom();
    }

    /** The bottom of the rows' part of the view. */
    double rowsBottom() {
        return height - BOTTOM;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** What lies at (px, py): a bias handle before its unit, a unit before an edge; or null. */
    Hit hit(double px, double py) {
        if (!onRows(py) || px < 0 || px > width) {
            return null;
        }
        double reach = Math.max(biasSize(), 8) / 2;
        for (int l = 0; l <= layers(); l++) {
            int i = nearestRow(l, py);
            if (i < 0) {
                continue;
            }
            double bx = biasLeft(l) + biasSize() / 2, by = biasTop(l, i) + biasSize() / 2;
            if (l > 0 && Math.abs(px - bx) <= reach && Math.abs(py - by) <= reach) {
                return new Hit(Kind.BIAS, l, i, -1);
            }
            if (Math.abs(px - x[l]) <= node / 2 && Math.abs(py - y(l, i)) <= node / 2) {
                return new Hit(Kind.UNIT, l, i, -1);
            }
        }
        return edge(px, py);
    }

    private int nearestRow(int l, double py) {
        int i = (int) Math.round((py + offset(l) - y0[l]) / pitch);
        return i < 0 || i >= sizes[l] ? -1 : i;
    }

    /** The edge nearest (px, py) within {@link #EDGE_REACH}, or null. */
    private Hit edge(double px, double py) {
        for (int l = 1; l <= layers(); l++) {
            double x0 = x[l - 1] + node / 2, x1 = x[l] - node / 2;
            if (px < x0 || px > x1) {
                continue;
            }
            Hit best = null;
            double bestDistance = EDGE_REACH;
            for (int i = 0; i < sizes[l]; i++) {
                for (int j = 0; j < sizes[l - 1]; j++) {
                    double d = distance(px, py, x0, y(l - 1, j), x1, y(l, i));
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = new Hit(Kind.EDGE, l, i, j);
                    }
                }
            }
            return best;
        }
        return null;
    }

    /** Distance from (px, py) to the segment from (ax, ay) to (bx, by). */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
