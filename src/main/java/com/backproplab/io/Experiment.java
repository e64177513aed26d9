package com.backproplab.io;

import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;

/**
 * One experiment file (see docs/experiment-format.md): a network, its training, its data and, optionally, saved
 * parameters to start from.
 *
 * @param version format version (1)
 * @param title short title, or null
 * @param caption a sentence shown with the run, or null
 * @param network shape, activation, initialization and seed
 * @param training hyperparameters
 * @param data points and split
 * @param parameters saved parameters and progress, or null to initialize by the network's scheme
 */
public record Experiment(int version, String title, String caption, NetworkConfig network, TrainingConfig training,
                         ExperimentData data, Parameters parameters) {
    /** The only version this build reads and writes. */
    public static final int VERSION = 1;

    public Experiment {
        if (network == null || training == null || data == null) {
            throw new IllegalArgumentException("network, training and data are required");
        }
    }

    /** The same experiment with other parameters (null to drop them). */
    public Experiment withParameters(Parameters p) {
        return new Experiment(version, title, caption, network, training, data, p);
    }

    /** The same experiment with other data settings. */
    public Experiment withData(ExperimentData d) {
        return new Experiment(version, title, caption, network, training, d, parameters);
    }
}
