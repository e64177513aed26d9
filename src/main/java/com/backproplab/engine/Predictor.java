package com.backproplab.engine;

/**
 * The network's output yhat (P(y=1|x) for classification, the predicted value for regression) and cost/accuracy for
 * many points, without dropout, in chunks whose buffers stay in cache. Inputs come as one row per feature
 * ({@code x[k][i]} is feature k of point i). Owns its buffers: one predictor per thread.
 */
public final class Predictor {
    /** Examples per chunk: large enough for long vector loops, small enough for L1/L2. */
    static final int CHUNK = 256;
    private Workspace ws;

    /** out[i] = P(y=1 | (x1[i], x2[i])) for i in [0, count), for a network whose inputs are the two coordinates. */
    public void predict(Network net, double[] x1, double[] x2, int count, double[] out) {
        predict(net, new double[][] {x1, x2}, count, out);
    }

    /** out[i] = yhat of point i (its features x[k][i]) for i in [0, count). */
    public void predict(Network net, double[][] x, int count, double[] out) {
        predict(net, x, 0, count, out);
    }

    /**
     * out[i] = yhat of point i for i in [from, to) only, the same values as {@link #predict(Network, double[][], int,
     * double[])} gives them: so that two threads, each with its own predictor, can share one grid.
     */
    public void predict(Network net, double[][] x, int from, int to, double[] out) {
        forEachChunk(net, x, from, to, (start, m, zL) -> {
            double[] a = ws.act[net.layers()];
            System.arraycopy(a, 0, out, start, m);
        });
    }

    /**
     * Every unit's activation at each point (its features x[k][i]), as the boundary sees it (dropout off, batch norm
     * with its running statistics): {@code out[l]} receives A[l] for l = 0..L, unit i's values at
     * {@code [i * count, (i + 1) * count)}; A[0] is the network's input and A[L] its output yhat.
     */
    public void activations(Network net, double[][] x, int count, float[][] out) {
        forEachChunk(net, x, 0, count, (start, m, zL) -> {
            for (int l = 0; l <= net.layers(); l++) {
                double[] a = ws.act[l];
                float[] o = out[l];
                for (int i = 0, n = net.units(l); i < n; i++) {
                    for (int j = 0, from = i * m, to = i * count + start; j < m; j++) {
                        o[to + j] = (float) a[from + j];
                    }
                }
            }
        });
    }

    /** {@link #evaluate(Network, double[][], double[], int)} for a network whose inputs are the two coordinates. */
    public Evaluation evaluate(Network net, double[] x1, double[] x2, double[] y, int count) {
        return evaluate(net, new double[][] {x1, x2}, y, count);
    }

    /**
     * The data term of the cost (no L2 or L1 term) and, for classification, the accuracy (P >= 0.5 predicts class 1)
     * over a labelled set.
     */
    public Evaluation evaluate(Network net, double[][] x, double[] y, int count) {
        if (count == 0) {
            return new Evaluation(Double.NaN, Double.NaN);
        }
        boolean classes = net.problem() == Problem.CLASSIFICATION;
        double[] acc = new double[2];
        forEachChunk(net, x, 0, count, (start, m, zL) -> {
            for (int j = 0; j < m; j++) {
                double v = zL[j], label = y[start + j];
                acc[0] += OutputCost.loss(net.problem(), v, label);
                if (classes && (v >= 0 ? 1.0 : 0.0) == label) {
                    acc[1]++;
                }
            }
        });
        return new Evaluation(acc[0] / count, classes ? acc[1] / count : Double.NaN);
    }

    /** Receives A[l] of one chunk of points. */
    @FunctionalInterface
    public interface LayerSink {
        /**
         * @param l the layer, 1..L
         * @param start index of the chunk's first point
         * @param m points in the chunk
         * @param a A[l] of the chunk, n[l] x m row-major (unit i of point j at {@code a[i * m + j]}); a buffer
         *        reused by the next chunk, so read it before returning
         */
        void accept(int l, int start, int m, double[] a);
    }

    /**
     * Runs the points (their inputs {@code x[k][i]}, one row per input) through {@code net} as {@link #predict}
     * does (no dropout, batch norm with its running statistics) and hands every layer's activations A[l], l = 1..L,
     * of each chunk to {@code sink}.
     */
    public void activations(Network net, double[][] x, int count, LayerSink sink) {
        forEachChunk(net, x, 0, count, (start, m, zL) -> {
            for (int l = 1; l <= net.layers(); l++) {
                sink.accept(l, start, m, ws.act[l]);
            }
        });
    }

    private interface ChunkSink {
        void accept(int start, int m, double[] zOut);
    }

    private void forEachChunk(Network net, double[][] x, int from, int to, ChunkSink sink) {
        int[] sizes = net.sizes();
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("the network has " + sizes[0] + " inputs, found " + x.length
                    + " feature rows");
        }
        if (ws == null || !ws.fits(sizes, CHUNK, net.batchNorm())) {
            ws = new Workspace(sizes, CHUNK, net.batchNorm());
        }
        for (int start = from; start < to; start += CHUNK) {
            int m = Math.min(CHUNK, to - start);
            double[] a0 = ws.act[0];
            for (int k = 0; k < x.length; k++) {
                System.arraycopy(x[k], start, a0, k * m, m);
            }
            Backprop.forward(net, ws, m, 1.0, null, BatchNorm.Statistics.RUNNING);
            sink.accept(start, m, ws.z[net.layers()]);
        }
    }

    /**
     * Cost and accuracy of a network on a labelled set.
     *
     * @param cost mean cross-entropy (regression: half the mean squared error), no penalty term (NaN for an empty
     *        set)
     * @param accuracy fraction classified correctly (NaN for an empty set, and for regression, where it does not
     *        apply)
     */
    public record Evaluation(double cost, double accuracy) {
    }
}
