package com.backproplab.training;

import com.backproplab.engine.StepStats;

/** Per-layer diagnostics of the latest step, immutable; layers indexed l = 1..L. */
public final class LayerStats {
    static final LayerStats NONE = new LayerStats(null);

    private final StepStats stats;

    /** Wraps a private copy of the engine's stats (never the learner's reused instance). */
    LayerStats(StepStats privateCopy) {
        this.stats = privateCopy;
    }

    /** Whether the latest step diverged (its cost or a parameter became non-finite, or the cost exploded). */
    public boolean diverged() {
        return stats != null && stats.diverged;
    }

    /** L, or 0 before the first step. */
    public int layers() {
        return stats == null ? 0 : stats.layers();
    }

    /** ||dW[l]||_F. */
    public double gradNorm(int l) {
        return stats.gradNorm[l];
    }

    /** mean |dW[l]|. */
    public double gradMeanAbs(int l) {
        return stats.gradMeanAbs[l];
    }

    /** ||W[l]||_F. */
    public double weightNorm(int l) {
        return stats.weightNorm[l];
    }

    /** ||delta W[l]|| / ||W[l]||. */
    public double updateRatio(int l) {
        return stats.updateRatio[l];
    }

    /** Mean of A[l] over the last batch. */
    public double activationMean(int l) {
        return stats.activationMean[l];
    }

    /** Standard deviation of A[l] over the last batch. */
    public double activationStd(int l) {
        return stats.activationStd[l];
    }
}
