package com.backproplab.engine;

import java.util.List;

/**
 * A training run whose every cost, statistic and final parameter is folded into one hash, printed on standard
 * output. {@link ReproducibilityTest} starts it in fresh JVMs with different JIT settings and vector widths: the
 * hashes must agree.
 */
public final class ReproRun {
    private ReproRun() {
    }

    /** Trains {@code steps} steps of each workload and folds everything it produced into a hash. */
    static long hash(int steps) {
        long h = 1125899906842597L;
        Points spiral = Points.spiral(400, 0.1, 7);
        // Every optimizer once, with the activations whose kernels differ (exp, max, tanh).
        Activation[] activations = {Activation.SIGMOID, Activation.RELU, Activation.TANH, Activation.TANH};
        for (OptimizerKind kind : OptimizerKind.values()) {
            NetworkConfig nc = new NetworkConfig(List.of(13, 9), activations[kind.ordinal()], InitScheme.XAVIER, 1, 3);
            Learner l = new Learner(nc, TrainingConfig.defaults().withOptimizer(kind).withLearningRate(0.01));
            l.setData(spiral.x1, spiral.x2, spiral.y);
            for (int i = 0; i < steps; i++) {
                StepStats s = l.step();
                h = fold(h, s.cost);
                for (int k = 1; k < s.gradNorm.length; k++) {
                    h = fold(fold(fold(h, s.gradNorm[k]), s.updateRatio[k]), s.gradMeanAbs[k]);
                }
            }
            for (double[] block : l.network().blocks) {
                for (double v : block) {
                    h = fold(h, v);
                }
            }
        }
        return h;
    }

    private static long fold(long h, double v) {
        return h * 31 + Double.doubleToRawLongBits(v);
    }

    /** Prints the hash, then the number of doubles in the kernels' vectors. */
    public static void main(String[] args) {
        System.out.println(Long.toHexString(hash(Integer.parseInt(args[0]))));
        System.out.println(jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length());
    }
}
