package com.backproplab.run;

import com.backproplab.data.Dataset;
import com.backproplab.data.PreparedData;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.training.DataSettings;
import java.nio.file.Path;

/**
 * An experiment file read and checked completely, the one way for the command line and the window: the JSON, the
 * points (inline or the CSV beside the file, of the file's problem), the points split into train and dev by the
 * split seed, their features computed and normalized with the training set's statistics, a trainable training set,
 * and saved parameters that fit the network and the data. So a file the window opens also trains on the command
 * line, and the other way round.
 *
 * @param file the experiment file
 * @param experiment the parsed experiment
 * @param points all points, in data coordinates
 * @param data the points split, normalized and laid out for training
 * @param network the saved weights as a network, or null to initialize by the network's scheme
 */
public record PreparedExperiment(Path file, Experiment experiment, Dataset points, PreparedData data,
                                 Network network) {

    /** Reads and checks {@code file}; every problem is one {@link ExperimentException} line. */
    public static PreparedExperiment read(Path file) throws ExperimentException {
        return read(file, false);
    }

    /**
     * Reads and checks a window's session saved as an experiment (the autosave): as {@link #read}, except that
     * points that cannot be trained on yet (an empty canvas, one class) are accepted, as the window accepts them.
     */
    public static PreparedExperiment readSession(Path file) throws ExperimentException {
        return read(file, true);
    }

    private static PreparedExperiment read(Path file, boolean untrainable) throws ExperimentException {
        return of(file, ExperimentJson.read(file), untrainable);
    }

    /**
     * Checks an experiment already read from {@code file} (e.g. a lesson's step), whose data file is relative to
     * it; every problem is one {@link ExperimentException} line.
     */
    public static PreparedExperiment of(Path file, Experiment e) throws ExperimentException {
        return of(file, e, false);
    }

    private static PreparedExperiment of(Path file, Experiment e, boolean untrainable) throws ExperimentException {
        ExperimentData d = e.data();
        Dataset all = d.load(file, e.network().problem());
        String name = file.toString();
        PreparedData prepared = PreparedData.of(all, d.devFraction(), d.splitSeed(), d.normalize(),
                e.network().features());
        if (prepared.problem() != null && !untrainable) {
            throw new ExperimentException(name, "data", prepared.problem());
        }
        NetworkConfig nc = e.network();
        Parameters p = e.parameters();
        Network net = null;
        if (p != null) {
            int trainSize = prepared.split().train().size();
            if (p.position() > 0 && p.position() >= trainSize) {
                throw new ExperimentException(name, "parameters.position", "is " + p.position()
                        + " but the training set has only " + trainSize + " points");
            }
            try {
                net = p.toNetwork(nc.layerSizes(), nc.activation()).forProblem(nc.problem());
            } catch (IllegalArgumentException ex) {
                throw new ExperimentException(name, "parameters", ex.getMessage());
            }
        }
        return new PreparedExperiment(file, e, all, prepared, net);
    }

    /**
     * The same without the saved parameters, once a learner holds them: a saved run of the largest network keeps
     * tens of megabytes that the app's heap needs for training and evaluation.
     */
    public PreparedExperiment withoutSavedParameters() {
        return new PreparedExperiment(file, experiment.withParameters(null), points, data, null);
    }

    /** How the points become a training set. */
    public DataSettings settings() {
        ExperimentData d = experiment.data();
        return new DataSettings(d.devFraction(), d.splitSeed(), d.normalize());
    }

    /** The saved parameters, or null. */
    public Parameters parameters() {
        return experiment.parameters();
    }

    /**
     * A learner on the normalized training set that starts where the file left off: the saved weights, optimizer
     * state, step, epoch and position inside the epoch, or a network initialized by its scheme and seed.
     */
    public Learner newLearner() {
        NetworkConfig nc = experiment.network();
        Learner learner = new Learner(network == null ? Network.initialize(nc) : network.copy(),
                experiment.training(), nc.seed());
        learner.setData(data.trainInputs(), data.trainLabels());
        Parameters p = parameters();
        if (p != null) {
            if (p.optimizerState() != null) {
                learner.optimizer().restore(p.optimizerState());
            }
            // After setData, which starts a new pass: resume inside the saved epoch.
            learner.restoreProgress(p.step(), p.epoch(), p.position());
        }
        return learner;
    }
}
