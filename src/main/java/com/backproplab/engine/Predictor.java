package com.backproplab.engine;

/**
 * P(y=1|x) and cost/accuracy for many points, without dropout, in chunks whose buffers stay in cache.
 * Owns its buffers: one predictor per thread.
 */
public final class Predictor {
    /** Examples per chunk: large enough for long vector loops, small enough for L1/L2. */
    static final int CHUNK = 256;
    private Workspace ws;

    /** out[i] = P(y=1 | (x1[i], x2[i])) for i in [0, count). */
    public void predict(Network net, double[] x1, double[] x2, int count, double[] out) {
        forEachChunk(net, x1, x2, count, (start, m, zL) -> {
            double[] a = ws.act[net.layers()];
            System.arraycopy(a, 0, out, start, m);
        });
    }

    /**
     * Every unit's activation at each point, as the boundary sees it (dropout off, batch norm with its running
     * statistics): {@code out[l]} receives A[l] for l = 0..L, unit i's values at {@code [i * count, (i + 1) * count)};
     * A[0] is the network's input and A[L] is P(y=1).
     */
    public void activations(Network net, double[] x1, double[] x2, int count, float[][] out) {
        forEachChunk(net, x1, x2, count, (start, m, zL) -> {
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

    /** Cross-entropy cost (no L2 term) and accuracy (P >= 0.5 predicts class 1) over a labelled set. */
    public Evaluation evaluate(Network net, double[] x1, double[] x2, double[] y, int count) {
        if (count == 0) {
            return new Evaluation(Double.NaN, Double.NaN);
        }
        double[] acc = new double[2];
        forEachChunk(net, x1, x2, count, (start, m, zL) -> {
            for (int j = 0; j < m; j++) {
                double v = zL[j], label = y[start + j];
                acc[0] += CrossEntropy.loss(v, label);
                if ((v >= 0 ? 1.0 : 0.0) == label) {
                    acc[1]++;
                }
            }
        });
        return new Evaluation(acc[0] / count, acc[1] / count);
    }

    private interface ChunkSink {
        void accept(int start, int m, double[] zOut);
    }

    private void forEachChunk(Network net, double[] x1, double[] x2, int count, ChunkSink sink) {
        int[] sizes = net.sizes();
        if (ws == null || !ws.fits(sizes, CHUNK, net.batchNorm())) {
            ws = new Workspace(sizes, CHUNK, net.batchNorm());
        }
        for (int start = 0; start < count; start += CHUNK) {
            int m = Math.min(CHUNK, count - start);
            double[] x = ws.act[0];
            System.arraycopy(x1, start, x, 0, m);
            System.arraycopy(x2, start, x, m, m);
            Backprop.forward(net, ws, m, 1.0, null, BatchNorm.Statistics.RUNNING);
            sink.accept(start, m, ws.z[net.layers()]);
        }
    }

    /**
     * Cost and accuracy of a network on a labelled set.
     *
     * @param cost mean cross-entropy, no L2 term (NaN for an empty set)
     * @param accuracy fraction classified correctly (NaN for an empty set)
     */
    public record Evaluation(double cost, double accuracy) {
    }
}
