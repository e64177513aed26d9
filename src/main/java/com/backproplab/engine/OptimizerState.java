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
 */
public record OptimizerState(OptimizerKind kind, long t, double[][] vw, double[][] vb, double[][] sw,
                             double[][] sb) {
}
