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
 * @param gamma batch norm's gamma of hidden layer l at {@code [l-1]}, or null without batch norm
 * @param beta batch norm's beta of hidden layer l at {@code [l-1]}, or null
 * @param runningMean running mean of Z[l] of hidden layer l at {@code [l-1]}, or null
 * @param runningVar running variance of Z[l] of hidden layer l at {@code [l-1]}, or null
 */
public record Parameters(double[][][] weights, double[][] biases, long step, long epoch, int position,
                         OptimizerState optimizerState, double[][] gamma, double[][] beta, double[][] runningMean,
                         double[][] runningVar) {

    /** Parameters of a network without batch norm. */
    public Parameters(double[][][] weights, double[][] biases, long step, long epoch, int position,
                      OptimizerState optimizerState) {
        this(weights, biases, step, epoch, position, optimizerState, null, null, null, null);
    }

    /** The learner's current parameters, optimizer state and progress (copies). */
    public static Parameters of(Learner learner) {
        return of(learner.network(), learner.optimizer().state(), learner.steps(), learner.epoch(),
                learner.position());
    }

    /** Parameters of a network (copied) with an optimizer state and progress. */
    public static Parameters of(Network net, OptimizerState state, long steps, long epoch, int position) {
        int layers = net.layers();
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            w[l - 1] = net.weights(l);
            b[l - 1] = net.biases(l);
        }
        if (!net.batchNorm()) {
            return new Parameters(w, b, steps, epoch, position, state);
        }
        double[][] g = new double[layers - 1][], be = new double[layers - 1][];
        double[][] mu = new double[layers - 1][], var = new double[layers - 1][];
        for (int l = 1; l < layers; l++) {
            g[l - 1] = net.gamma(l);
            be[l - 1] = net.beta(l);
            mu[l - 1] = net.runningMean(l);
            var[l - 1] = net.runningVar(l);
        }
        return new Parameters(w, b, steps, epoch, position, state, g, be, mu, var);
    }

    /** A network with these parameters; shapes were checked when the experiment was read. */
    public Network toNetwork(int[] sizes, Activation activation) {
        if (gamma != null) {
            return Network.withBatchNorm(sizes, activation, weights, biases, gamma, beta, runningMean, runningVar);
        }
        return Network.of(sizes, activation, weights, biases);
    }
}
