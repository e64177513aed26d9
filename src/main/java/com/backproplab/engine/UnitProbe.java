package com.backproplab.engine;

/**
 * How the hidden units of a network behave on a few training points, for the diagnosis of a run: per hidden
 * layer, the share of dead units (slope g'(z) = 0 on every point: a ReLU that never fires), the share of saturated
 * units (on average under {@link #SATURATED_SLOPE} of the activation's steepest slope: sigmoid or tanh pinned near
 * its ends), the layer's mean slope, and whether all its units are copies of one another (same incoming weights
 * and bias: the symmetry that zero init never breaks). One forward pass with the batch's own statistics, dropout
 * off; the network is only read. Owns its buffers: one probe per thread.
 */
public final class UnitProbe {
    /** Points probed at most, spread evenly over the set. */
    public static final int MAX_POINTS = 64;
    /** A unit whose mean slope is below this share of g'(0)'s steepest value counts as saturated. */
    public static final double SATURATED_SLOPE = 0.05;
    /** Relative tolerance under which two units' parameters count as equal. */
    static final double SAME = 1e-12;

    private Workspace ws;

    /** Units of one network, per hidden layer l = 1..L-1 (layer L, the sigmoid output, is not probed). Immutable. */
    public static final class Result {
        private final double[] dead;
        private final double[] saturated;
        private final double[] meanSlope;
        private final boolean[] identical;

        private Result(double[] dead, double[] saturated, double[] meanSlope, boolean[] identical) {
            this.dead = dead;
            this.saturated = saturated;
            this.meanSlope = meanSlope;
            this.identical = identical;
        }

        /** L, the layers of the network (hidden layers are 1..L-1). */
        public int layers() {
            return dead.length - 1;
        }

        /** Share of layer l's units with slope 0 on every point. */
        public double dead(int l) {
            return dead[l];
        }

        /** Share of layer l's units whose mean slope is below {@link #SATURATED_SLOPE} of the steepest. */
        public double saturated(int l) {
            return saturated[l];
        }

        /** Mean of g'(z) over layer l's units and the points, as a share of the steepest slope (1 = linear). */
        public double meanSlope(int l) {
            return meanSlope[l];
        }

        /** Whether every unit of layer l has the same incoming weights and bias (2 units or more). */
        public boolean identical(int l) {
            return identical[l];
        }
    }

    /** Probes {@code net} on up to {@link #MAX_POINTS} of the {@code count} points (x1, x2), normalized. */
    public Result probe(Network net, double[] x1, double[] x2, int count) {
        return probe(net, new double[][] {x1, x2}, count);
    }

    /** Probes {@code net} on up to {@link #MAX_POINTS} of the {@code count} points, one row per input feature. */
    public Result probe(Network net, double[][] x, int count) {
        int layers = net.layers();
        double[] dead = new double[layers + 1], saturated = new double[layers + 1], slope = new double[layers + 1];
        boolean[] identical = new boolean[layers + 1];
        for (int l = 1; l < layers; l++) {
            identical[l] = identical(net, l);
        }
        int m = Math.min(count, MAX_POINTS);
        if (m > 0) {
            forward(net, x, count, m);
            double steepest = net.activation() == Activation.SIGMOID ? 0.25 : 1.0;
            for (int l = 1; l < layers; l++) {
                measure(net, l, m, steepest, dead, saturated, slope);
            }
        }
        return new Result(dead, saturated, slope, identical);
    }

    private void forward(Network net, double[][] px, int count, int m) {
        if (ws == null || !ws.fits(net.sizes(), m, net.batchNorm())) {
            ws = new Workspace(net.sizes(), MAX_POINTS, net.batchNorm());
        }
        double[] x = ws.act[0];
        for (int j = 0; j < m; j++) {
            int i = (int) ((long) j * count / m);
            for (int k = 0; k < px.length; k++) {
                x[k * m + j] = px[k][i];
            }
        }
        Backprop.forward(net, ws, m, 1.0, null);
    }

    private void measure(Network net, int l, int m, double steepest, double[] dead, double[] saturated,
                         double[] slope) {
        Activation g = net.activation();
        double[] z = ws.z[l], a = ws.act[l];
        int n = net.units(l), deadUnits = 0, saturatedUnits = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double unit = 0;
            boolean flat = true;
            for (int j = i * m; j < (i + 1) * m; j++) {
                double d = g.derivative(z[j], a[j]);
                unit += d;
                flat &= d == 0;
            }
            unit /= m * steepest;
            total += unit;
            deadUnits += flat ? 1 : 0;
            saturatedUnits += unit < SATURATED_SLOPE ? 1 : 0;
        }
        dead[l] = (double) deadUnits / n;
        saturated[l] = (double) saturatedUnits / n;
        slope[l] = total / n;
    }

    /** Whether every unit of layer l has unit 0's incoming weights and bias. */
    private static boolean identical(Network net, int l) {
        int n = net.units(l), k = net.units(l - 1);
        if (n < 2) {
            return false;
        }
        double[] w = net.w[l], b = net.b[l];
        for (int i = 1; i < n; i++) {
            if (!same(b[i], b[0])) {
                return false;
            }
            for (int j = 0; j < k; j++) {
                if (!same(w[i * k + j], w[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(double u, double v) {
        return Math.abs(u - v) <= SAME * Math.max(1.0, Math.max(Math.abs(u), Math.abs(v)));
    }
}
