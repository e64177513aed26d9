package com.backproplab.io;

import com.backproplab.engine.Activation;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.OptimizerState;

/**
 * Saved parameters and progress of a run, enough to resume it exactly.
 *
 * @param weights {@code weights[l-1]} is W[l] as rows (n[l] x n[l-1])
 * @param biases {@code biases[l-1]} is b[l] (n[l] entries)
 * @param step updates applied so far (the next trace row is step + 1)
 * @param epoch completed epochs (drives the learning-rate schedule and the shuffle order)
 * @param position index of the next example in the current epoch's order
 * @param optimizerState moment estimates and t, or null for a fresh optimizer
 */
public record Parameters(double[][][] weights, double[][] biases, long step, long epoch, int position,
                         OptimizerState optimizerState) {

    /** The learner's current parameters, optimizer state and progress (copies). */
    public static Parameters of(Learner learner) {
        Network net = learner.network();
        int layers = net.layers();
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            w[l - 1] = net.weights(l);
            b[l - 1] = net.biases(l);
        }
        return new Parameters(w, b, learner.steps(), learner.epoch(), learner.position(),
                learner.optimizer().state());
    }

    /** A network with these parameters; shapes were checked when the experiment was read. */
    public Network toNetwork(int[] sizes, Activation activation) {
        return Network.of(sizes, activation, weights, biases);
    }
}
