package com.backproplab.engine;

/**
 * A saved optimizer state, enough to resume exactly. Arrays are indexed by layer l = 1..L (index 0 unused),
 * flat row-major like the parameters; null where the rule keeps no such moment.
 *
 * @param kind the rule
 * @param t updates applied so far
 * @param vw first moment of W[l]
 * @param vb first moment of b[l]
 * @param sw second moment of W[l]
 * @param sb second moment of b[l]
 * @param vGamma first moment of batch norm's gamma[l] (null without batch norm)
 * @param vBeta first moment of batch norm's beta[l]
 * @param sGamma second moment of gamma[l]
 * @param sBeta second moment of beta[l]
 */
public record OptimizerState(OptimizerKind kind, long t, double[][] vw, double[][] vb, double[][] sw,
                             double[][] sb, double[][] vGamma, double[][] vBeta, double[][] sGamma,
                             double[][] sBeta) {
    /** A state without batch-norm moments. */
    public OptimizerState(OptimizerKind kind, long t, double[][] vw, double[][] vb, double[][] sw, double[][] sb) {
        this(kind, t, vw, vb, sw, sb, null, null, null, null);
    }

    /** True when every moment is finite (a state saved after a divergence may hold NaN or Inf). */
    public boolean isFinite() {
        for (double[][] moments : new double[][][] {vw, vb, sw, sb, vGamma, vBeta, sGamma, sBeta}) {
            if (moments == null) {
                continue;
            }
            for (double[] layer : moments) {
                if (layer == null) {
                    continue;
                }
                for (double v : layer) {
                    if (!Double.isFinite(v)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
