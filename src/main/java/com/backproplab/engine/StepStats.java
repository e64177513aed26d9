package com.backproplab.engine;

import java.util.Arrays;

/**
 * Diagnostics of one training step. The learner reuses one instance (no allocation per step): read it before
 * the next step, or take a {@link #copy()}. Per-layer arrays are indexed by l = 1..L (index 0 unused).
 */
public final class StepStats {
    /** The step this describes (1 for the first update). */
    public long step;
    /** Completed epochs before this step. */
    public long epoch;
    /** Examples in this step's mini-batch (m of the formulas). */
    public int batchSize;
    /** Learning rate used for this update, after the schedule. */
    public double learningRate;
    /** J of this mini-batch before the update, L2 term included. */
    public double cost;
    /** ||dW[l]||_F, L2 term included. */
    public final double[] gradNorm;
    /** mean |dW[l]|. */
    public final double[] gradMeanAbs;
    /** ||W[l]||_F after the update. */
    public final double[] weightNorm;
    /** ||delta W[l]||_F / ||W[l]||_F: about 1e-3 is healthy, much more means too large a learning rate. */
    public final double[] updateRatio;
    /** Mean of A[l] over the batch (hidden layers and output), before dropout. */
    public final double[] activationMean;
    /** Standard deviation of A[l] over the batch; near 0 with saturated or dead units. */
    public final double[] activationStd;
    /** True when the cost or a parameter became NaN or infinite, or the cost exploded (see {@link Learner}). */
    public boolean diverged;

    StepStats(int layers) {
        gradNorm = new double[layers + 1];
        gradMeanAbs = new double[layers + 1];
        weightNorm = new double[layers + 1];
        updateRatio = new double[layers + 1];
        activationMean = new double[layers + 1];
        activationStd = new double[layers + 1];
    }

    /** L, the number of layers described. */
    public int layers() {
        return gradNorm.length - 1;
    }

    /** An independent copy. */
    public StepStats copy() {
        StepStats c = new StepStats(layers());
        c.step = step;
        c.epoch = epoch;
        c.batchSize = batchSize;
        c.learningRate = learningRate;
        c.cost = cost;
        c.diverged = diverged;
        System.arraycopy(gradNorm, 0, c.gradNorm, 0, gradNorm.length);
        System.arraycopy(gradMeanAbs, 0, c.gradMeanAbs, 0, gradMeanAbs.length);
        System.arraycopy(weightNorm, 0, c.weightNorm, 0, weightNorm.length);
        System.arraycopy(updateRatio, 0, c.updateRatio, 0, updateRatio.length);
        System.arraycopy(activationMean, 0, c.activationMean, 0, activationMean.length);
        System.arraycopy(activationStd, 0, c.activationStd, 0, activationStd.length);
        return c;
    }

    @Override
    public String toString() {
        return "step " + step + " epoch " + epoch + " cost " + cost + " |dW| " + Arrays.toString(gradNorm);
    }
}
