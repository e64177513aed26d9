package com.backproplab.run;

import com.backproplab.io.Experiment;
import com.backproplab.io.Parameters;
import com.backproplab.training.TrainedState;

/**
 * The window's session as an experiment to save: its settings and points with the weights, optimizer state and
 * progress the trainer exported. Weights that are not finite (after a divergence) are left out: a file holding
 * NaN could not be opened again, so it starts from the initialization instead.
 *
 * @param experiment what to write
 * @param weightsLeftOut the trainer's weights were not finite and are not in {@code experiment}
 */
public record TrainedExperiment(Experiment experiment, boolean weightsLeftOut) {

    /** {@code base} (the window's settings and points) with the trained state {@code t}. */
    public static TrainedExperiment of(Experiment base, TrainedState t) {
        if (!t.network().isFinite() || (t.optimizerState() != null && !t.optimizerState().isFinite())) {
            return new TrainedExperiment(base.withParameters(null), true);
        }
        Parameters p = Parameters.of(t.network(), t.optimizerState(), t.step(), t.epoch(), t.position());
        return new TrainedExperiment(base.withParameters(p), false);
    }
}
