package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;

/**
 * A real training run without threads or a window: the trainer's own {@link TrainingRun}, stepped here, with the
 * costs evaluated at every sample (the window evaluates them at most a few times a second).
 */
final class HeadlessRun {
    private final TrainingRun run;
    private long version;

    HeadlessRun(NetworkConfig network, TrainingConfig training, DataSettings settings, Dataset data) {
        // A clock that never moves and no interval: every sample is evaluated.
        run = new TrainingRun(network, training, settings, data, new ThrottledEvaluation(() -> 0L, 0));
    }

    /** Trains up to {@code steps} steps (fewer when it diverges) and returns the snapshot after them. */
    Snapshot train(long steps) {
        for (long i = 0; i < steps && run.trainable(); i++) {
            run.step();
        }
        return snapshot();
    }

    /** The run as the window would show it now, every figure evaluated afresh. */
    Snapshot snapshot() {
        run.evaluate(true, Viewport.defaults());
        return run.snapshot(++version, false, 0, null, 0, null);
    }

    /** Changes the hyperparameters mid-run, as the window's controls do. */
    void setTraining(TrainingConfig training) {
        run.setTraining(training);
    }
}
