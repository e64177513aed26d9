package com.backproplab.cli;

import com.backproplab.data.Dataset;
import com.backproplab.data.Normalization;
import com.backproplab.data.PreparedData;
import com.backproplab.data.Split;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Predictor;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An experiment made ready to train, as the app does it: points split into train and dev by the split seed,
 * normalized with the training set's statistics, and a learner holding the saved parameters, optimizer state
 * and epoch position (or a freshly initialized network).
 */
final class LoadedExperiment {
    final Path file;
    final Experiment experiment;
    final Split split;
    final Normalization normalization;
    /** Normalized training set as {x1, x2, y}. */
    final double[][] train;
    /** Normalized dev set as {x1, x2, y} (empty arrays when devFraction is 0). */
    final double[][] dev;
    final Learner learner;
    private final Predictor predictor = new Predictor();

    private LoadedExperiment(Path file, Experiment experiment, PreparedData prepared, Learner learner) {
        this.file = file;
        this.experiment = experiment;
        this.split = prepared.split();
        this.normalization = prepared.normalization();
        this.train = prepared.train();
        this.dev = prepared.dev();
        this.learner = learner;
    }

    /** Reads the experiment and its data; every problem is one {@link ExperimentException}. */
    static LoadedExperiment load(Path file) throws ExperimentException {
        Experiment e = ExperimentJson.read(file);
        ExperimentData d = e.data();
        Dataset all = d.load(file);
        PreparedData prepared = PreparedData.of(all, d.devFraction(), d.splitSeed(), d.normalize());
        if (prepared.problem() != null) {
            throw new ExperimentException(file.toString(), "data", prepared.problem());
        }
        NetworkConfig nc = e.network();
        Parameters p = e.parameters();
        Network net = p == null ? Network.initialize(nc) : p.toNetwork(nc.layerSizes(), nc.activation());
        Learner learner = new Learner(net, e.training(), nc.seed());
        LoadedExperiment loaded = new LoadedExperiment(file, e, prepared, learner);
        learner.setData(loaded.train[0], loaded.train[1], loaded.train[2]);
        if (p != null) {
            if (p.position() > 0 && p.position() >= prepared.split().train().size()) {
                throw new ExperimentException(file.toString(), "parameters.position", "is " + p.position()
                        + " but the training set has only " + prepared.split().train().size() + " points");
            }
            if (p.optimizerState() != null) {
                learner.optimizer().restore(p.optimizerState());
            }
            // After setData, which starts a new pass: resume inside the saved epoch.
            learner.restoreProgress(p.step(), p.epoch(), p.position());
        }
        return loaded;
    }

    /** Cost (no L2) and accuracy on the whole training set. */
    Predictor.Evaluation evaluateTrain() {
        return predictor.evaluate(learner.network(), train[0], train[1], train[2], train[2].length);
    }

    /** Cost (no L2) and accuracy on the dev set (NaN when it is empty). */
    Predictor.Evaluation evaluateDev() {
        return predictor.evaluate(learner.network(), dev[0], dev[1], dev[2], dev[2].length);
    }

    /**
     * Writes the experiment with the learner's parameters, optimizer state and progress to {@code out}; a data
     * file path is rewritten relative to the new location, so the copy finds the same CSV.
     */
    void writeTrained(Path out) throws IOException {
        Experiment e = experiment.withParameters(Parameters.of(learner));
        ExperimentData d = e.data();
        if (d.file() != null) {
            Path csv = d.resolve(file);
            Path dir = out.toAbsolutePath().normalize().getParent();
            String path;
            try {
                path = dir.relativize(csv).toString().replace('\\', '/');
            } catch (IllegalArgumentException differentRoots) {
                path = csv.toString();
            }
            e = e.withData(d.withFile(path));
        }
        ExperimentJson.write(out, e);
    }
}
