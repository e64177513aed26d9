package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.data.InputMap;
import com.backproplab.data.Split;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.engine.UnitProbe;

/**
 * Everything the views need, as of one moment of training. Immutable: published by the training thread,
 * read by the FX thread. {@code version} grows with every publication, so a view redraws only on change.
 *
 * @param version publication counter
 * @param playing training continuously
 * @param stepsPerSecond speed setting (infinite = full speed)
 * @param step updates applied
 * @param epoch completed epochs
 * @param learningRate the rate the next step uses (after the schedule)
 * @param network the network settings
 * @param training the hyperparameters
 * @param dataSettings split and normalization settings
 * @param data all points, in data coordinates
 * @param split the points as split into train and dev
 * @param inputs how a point becomes the network's inputs: the features, then their standardization (identity when
 *        off); the one map for the boundary grid and any view that evaluates the network over the plane
 * @param metrics latest costs and accuracies
 * @param layers latest per-layer diagnostics
 * @param history bounded history of the run
 * @param grid decision boundary over the viewport, or null before the first
 * @param dataProblem why the data cannot be trained on, or null
 * @param divergence why training stopped (a divergence, or an internal error on the trainer or grid thread),
 *        or null
 * @param measuredStepsPerSecond steps per second over the last second of training
 * @param weights a copy of W and b for drawing the network, or null for a very large network
 * @param units how the hidden units behave (dead, saturated, identical), or null before the first probe or for
 *        weights that are not finite
 */
public record Snapshot(long version, boolean playing, double stepsPerSecond, long step, long epoch,
                       double learningRate, NetworkConfig network, TrainingConfig training,
                       DataSettings dataSettings, Dataset data, Split split, InputMap inputs,
                       Metrics metrics, LayerStats layers, History history, BoundaryGrid grid, String dataProblem,
                       Divergence divergence, double measuredStepsPerSecond, Weights weights, UnitProbe.Result units) {

    /**
     * Costs and accuracies of the current weights.
     *
     * @param batchCost cost of the last mini-batch before its update (L2 included), NaN before the first step
     * @param trainCost cross-entropy over the training set (regression: half the mean squared error)
     * @param devCost the same over the dev set (NaN without one)
     * @param trainAccuracy fraction of training points classified right (NaN for regression)
     * @param devAccuracy fraction of dev points classified right (NaN without one, and for regression)
     */
    public record Metrics(double batchCost, double trainCost, double devCost, double trainAccuracy,
                          double devAccuracy) {
        static final Metrics NONE = new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** What is happening to the run and what to do about it, in one sentence ({@link Diagnosis}). */
    public String biasVarianceReading() {
        return Diagnosis.of(this).sentence();
    }
}
