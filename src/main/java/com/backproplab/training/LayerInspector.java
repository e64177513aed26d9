package com.backproplab.training;

import com.backproplab.data.InputMap;
import com.backproplab.data.PreparedData;
import com.backproplab.engine.Activation;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import java.util.Arrays;

/**
 * Computes {@link InsideLayers} for the current weights: histograms of every hidden layer's activations over the
 * whole training set, and the last hidden layer's view of up to {@link #MAX_POINTS} training points and of a grid of
 * lines over the viewport. One forward pass over each (as predictions run: no dropout, batch norm with its running
 * statistics). Owned by the trainer thread.
 */
final class LayerInspector {
    /** Training points shown in the hidden space at most, spread evenly over the set. */
    static final int MAX_POINTS = 1000;
    /** Grid lines of each direction over the viewport, and samples along each line. */
    static final int GRID_LINES = 13, GRID_SAMPLES = 49;
    /** Share of the bounds' size the points must keep, else the bounds shrink to them. */
    private static final double SHRINK = 0.6;
    private static final double MARGIN = 0.08;

    private final Predictor predictor = new Predictor();
    private final HiddenProjection projection = new HiddenProjection();
    private double[][] h = new double[0][];
    /** The bounds shown last and what they were for, so they change only when the points outgrow or shrink. */
    private double[] lastBounds;
    private HiddenSpace.Projection lastProjection;
    private int lastUnits;

    /** What the hidden layers of {@code net} do with the training points of {@code data}. */
    InsideLayers inspect(Network net, PreparedData data, Viewport view, long step) {
        int layers = net.layers();
        double[][] x = data.trainInputs();
        double[] y = data.trainLabels();
        int m = y.length;
        ActivationHistograms.Builder hist = new ActivationHistograms.Builder(net.activation(), layers);
        if (layers > 1 && m > 0) {
            predictor.activations(net, x, m, (l, start, count, a) -> {
                if (l < layers) {
                    hist.add(l, a, net.units(l) * count);
                }
            });
        }
        HiddenSpace hidden = layers > 1 ? hidden(net, x, y, data.inputs(), view) : null;
        return new InsideLayers(hist.build(m), hidden, step);
    }

    /**
     * The hidden space of up to {@link #MAX_POINTS} of the training points (inputs {@code x}, labels {@code y}) and of
     * the grid lines over {@code view}, whose points go through {@code map} (the features, then their
     * standardization) as the boundary grid's do.
     */
    private HiddenSpace hidden(Network net, double[][] x, double[] y, InputMap map, Viewport view) {
        int last = net.layers() - 1, k = net.units(last), m = y.length;
        int n = Math.min(m, MAX_POINTS), lines = 2 * GRID_LINES, samples = lines * GRID_SAMPLES, total = n + samples;
        double[] labels = new double[n];
        double[] gx = new double[samples], gy = new double[samples];
        for (int line = 0; line < GRID_LINES; line++) {
            double x1 = view.xMin() + (view.xMax() - view.xMin()) * line / (GRID_LINES - 1);
            double x2 = view.yMin() + (view.yMax() - view.yMin()) * line / (GRID_LINES - 1);
            for (int s = 0; s < GRID_SAMPLES; s++) {
                double along = (double) s / (GRID_SAMPLES - 1);
                int p = line * GRID_SAMPLES + s, q = (GRID_LINES + line) * GRID_SAMPLES + s;
                gx[p] = x1;
                gy[p] = view.yMin() + (view.yMax() - view.yMin()) * along;
                gx[q] = view.xMin() + (view.xMax() - view.xMin()) * along;
                gy[q] = x2;
            }
        }
        double[][] grid = map.columns(gx, gy, samples);
        // One input row per feature: the sampled training points, then the grid's points.
        double[][] inputs = new double[x.length][total];
        for (int j = 0; j < n; j++) {
            int i = (int) ((long) j * m / n);
            labels[j] = y[i];
            for (int r = 0; r < x.length; r++) {
                inputs[r][j] = x[r][i];
            }
        }
        for (int r = 0; r < x.length; r++) {
            System.arraycopy(grid[r], 0, inputs[r], n, samples);
        }
        if (h.length != k || h[0].length < total) {
            h = new double[k][total];
        }
        double[][] acts = h;
        predictor.activations(net, inputs, total, (l, start, count, a) -> {
            if (l == last) {
                for (int i = 0; i < k; i++) {
                    System.arraycopy(a, i * count, acts[i], start, count);
                }
            }
        });
        double[] w = net.weights(last + 1)[0];
        double bias = net.biases(last + 1)[0];
        double[] u = new double[total], v = new double[total];
        HiddenSpace.Projection kind;
        double[] line;
        if (k <= 2) {
            kind = k == 1 ? HiddenSpace.Projection.ONE_UNIT : HiddenSpace.Projection.UNITS;
            System.arraycopy(acts[0], 0, u, 0, total);
            if (k == 2) {
                System.arraycopy(acts[1], 0, v, 0, total);
            }
            line = new double[] {w[0], k == 2 ? w[1] : 0, bias};
        } else {
            HiddenProjection.Axes axes = projection.axes(acts, n, w);
            for (int j = 0; j < total; j++) {
                double su = 0, sv = 0;
                for (int i = 0; i < k; i++) {
                    double d = acts[i][j] - axes.mean()[i];
                    su += d * axes.e1()[i];
                    sv += d * axes.e2()[i];
                }
                u[j] = su;
                v[j] = sv;
            }
            kind = axes.alongOutput() ? HiddenSpace.Projection.OUTPUT_AND_SPREAD : HiddenSpace.Projection.PRINCIPAL;
            double norm2 = Math.sqrt(HiddenProjection.dot(w, w));
            line = axes.alongOutput() ? new double[] {norm2, 0, HiddenProjection.dot(w, axes.mean()) + bias}
                    : new double[] {0, 0, bias};
        }
        double[] pu = Arrays.copyOf(u, n), pv = Arrays.copyOf(v, n);
        double[] gu = Arrays.copyOfRange(u, n, total), gv = Arrays.copyOfRange(v, n, total);
        double[] bounds = bounds(pu, pv, kind, k, net);
        return new HiddenSpace(k, kind, pu, pv, labels, lines, GRID_SAMPLES, gu, gv, line, bounds);
    }

    /**
     * What to show: a bounded activation's square when the units are the coordinates, else the points with a
     * margin; the last bounds stay while the points fit in them and fill enough of them.
     */
    private double[] bounds(double[] u, double[] v, HiddenSpace.Projection kind, int k, Network net) {
        double[] fit;
        double[] range = ActivationHistograms.range(net.activation());
        boolean bounded = (net.activation() == Activation.SIGMOID || net.activation() == Activation.TANH)
                && (kind == HiddenSpace.Projection.UNITS || kind == HiddenSpace.Projection.ONE_UNIT);
        if (bounded) {
            double pad = 0.04 * (range[1] - range[0]);
            fit = new double[] {range[0] - pad, range[1] + pad, range[0] - pad, range[1] + pad};
            if (k == 1) {
                double half = (range[1] - range[0]) / 2 + pad;
                fit[2] = -half;
                fit[3] = half;
            }
        } else {
            fit = extent(u, v);
        }
        if (lastBounds != null && lastProjection == kind && lastUnits == k && inside(fit, lastBounds)
                && fit[1] - fit[0] >= SHRINK * (lastBounds[1] - lastBounds[0])
                && fit[3] - fit[2] >= SHRINK * (lastBounds[3] - lastBounds[2])) {
            return lastBounds;
        }
        lastBounds = fit;
        lastProjection = kind;
        lastUnits = k;
        return fit;
    }

    /** The points' extent with a margin; a span of (almost) nothing becomes 1 wide around its middle. */
    private static double[] extent(double[] u, double[] v) {
        double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < u.length; i++) {
            if (Double.isFinite(u[i]) && Double.isFinite(v[i])) {
                e[0] = Math.min(e[0], u[i]);
                e[1] = Math.max(e[1], u[i]);
                e[2] = Math.min(e[2], v[i]);
                e[3] = Math.max(e[3], v[i]);
            }
        }
        if (!(e[0] <= e[1])) {
            return new double[] {-1, 1, -1, 1};
        }
        for (int a = 0; a < 4; a += 2) {
            double span = e[a + 1] - e[a], mid = (e[a] + e[a + 1]) / 2;
            double half = span < 1e-9 * Math.max(1, Math.abs(mid)) ? 0.5 : span * (0.5 + MARGIN);
            e[a] = mid - half;
            e[a + 1] = mid + half;
        }
        return e;
    }

    private static boolean inside(double[] inner, double[] outer) {
        return inner[0] >= outer[0] && inner[1] <= outer[1] && inner[2] >= outer[2] && inner[3] <= outer[3];
    }
}
