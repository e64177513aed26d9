package com.backproplab.engine;

import java.util.Arrays;

/**
 * The per-layer diagnostics of a training step that only charts, traces and reports read (docs/math.md,
 * "Diagnostics"): gradient norms, activation statistics and update ratios. They are computed on demand from what
 * the step left (its gradients, its batch's activations, the optimizer's state), so that the steps between two
 * samples of a chart pay only for the update, as a training loop that reads nothing else would.
 */
final class StepDiagnostics {
    private final double[] updateSquares;

    StepDiagnostics(int layers) {
        updateSquares = new double[layers + 1];
    }

    /**
     * Marks the per-layer diagnostics of {@code stats} as not computed (NaN), so a stale value is never read; index 0,
     * which no layer uses, stays as it is.
     */
    static void clear(StepStats stats) {
        int end = stats.gradNorm.length;
        Arrays.fill(stats.gradNorm, 1, end, Double.NaN);
        Arrays.fill(stats.gradMeanAbs, 1, end, Double.NaN);
        Arrays.fill(stats.updateRatio, 1, end, Double.NaN);
        Arrays.fill(stats.activationMean, 1, end, Double.NaN);
        Arrays.fill(stats.activationStd, 1, end, Double.NaN);
    }

    /**
     * Fills the diagnostics of the step that just ran on a batch of {@code mb} examples ({@code stats.weightNorm}
     * already holds the norms after its update).
     */
    void complete(StepStats stats, Network net, Workspace ws, Gradients grads, Optimizer optimizer, int mb) {
        optimizer.updateSquares(grads, updateSquares);
        for (int l = 1; l <= net.layers(); l++) {
            double[] a = ws.act[l];
            int len = net.units(l) * mb;
            // Sums in a fixed order at vector speed (Sums): one chain of additions over every activation of a wide
            // batch took a quarter of a full-batch step.
            double sum = Sums.sum(a, 0, len), sum2 = Sums.sumSquares(a, len);
            double mean = sum / len;
            stats.activationMean[l] = mean;
            stats.activationStd[l] = Math.sqrt(Math.max(0.0, sum2 / len - mean * mean));
            double[] dw = grads.dw[l];
            stats.gradNorm[l] = Math.sqrt(Sums.sumSquares(dw, dw.length));
            stats.gradMeanAbs[l] = Sums.sumAbs(dw, dw.length) / dw.length;
            double update = Math.sqrt(updateSquares[l]);
            // Zero weights that did not move (zero init of a dead layer) have ratio 0, not 0/0.
            stats.updateRatio[l] = update == 0 ? 0.0 : update / stats.weightNorm[l];
        }
    }
}
