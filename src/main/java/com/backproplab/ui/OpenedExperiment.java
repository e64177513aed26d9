package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.data.Normalization;
import com.backproplab.data.Split;
import com.backproplab.data.TrainingDataCheck;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.training.DataSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An experiment file read and checked completely before the window changes anything: the JSON, the points (inline
 * or the CSV beside the file), a trainable training set, and saved parameters that fit. The checks are those of
 * the command line's {@code LoadedExperiment}, so a file the app opens also trains there and the other way round.
 *
 * @param file the experiment file
 * @param experiment the parsed experiment
 * @param points all points, in data coordinates
 * @param settings the split and normalization settings
 * @param network the saved weights as a network, or null to initialize by the network's scheme
 */
record OpenedExperiment(Path file, Experiment experiment, Dataset points, DataSettings settings, Network network) {

    /** Reads and checks {@code file}; every problem is one {@link ExperimentException} line. */
    static OpenedExperiment read(Path file) throws ExperimentException {
        Experiment e = ExperimentJson.read(file);
        ExperimentData d = e.data();
        Dataset all = d.load(file);
        String name = file.toString();
        Split split = Split.of(all, d.devFraction(), d.splitSeed());
        Optional<String> problem = TrainingDataCheck.problem(split.train());
        if (problem.isPresent()) {
            throw new ExperimentException(name, "data", problem.get());
        }
        if (d.normalize()) {
            try {
                Normalization.fromTraining(split.train());
            } catch (IllegalArgumentException ex) {
                throw new ExperimentException(name, "data.normalize", ex.getMessage());
            }
        }
        NetworkConfig nc = e.network();
        Parameters p = e.parameters();
        Network net = null;
        if (p != null) {
            if (p.position() > 0 && p.position() >= split.train().size()) {
                throw new ExperimentException(name, "parameters.position", "is " + p.position()
                        + " but the training set has only " + split.train().size() + " points");
            }
            try {
                net = p.toNetwork(nc.layerSizes(), nc.activation());
            } catch (IllegalArgumentException ex) {
                throw new ExperimentException(name, "parameters", ex.getMessage());
            }
        }
        return new OpenedExperiment(file, e, all, new DataSettings(d.devFraction(), d.splitSeed(), d.normalize()),
                net);
    }

    /** The saved parameters, or null. */
    Parameters parameters() {
        return experiment.parameters();
    }
}
