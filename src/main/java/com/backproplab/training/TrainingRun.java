package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.data.PreparedData;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.ParameterEdit;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.Problem;
import com.backproplab.engine.StepStats;
import com.backproplab.engine.TrainingConfig;
import java.util.Arrays;

/**
 * One run of training: the settings, the learner with its prepared data, the history, and why training stopped
 * (a divergence or an internal error). Owned by the trainer thread (and by the session's constructor before that
 * thread starts); it hands out immutable {@link Snapshot}s.
 */
final class TrainingRun {
    private static final Predictor.Evaluation NO_COSTS = new Predictor.Evaluation(Double.NaN, Double.NaN);

    private NetworkConfig networkConfig;
    private TrainingConfig trainingConfig;
    private DataSettings dataSettings;
    private Dataset data;
    private final ThrottledEvaluation evaluation;
    private final ThrottledProbe units = new ThrottledProbe(System::nanoTime);
    private final ThrottledInspection inside = new ThrottledInspection(System::nanoTime);
    /** Evaluates where each run starts, for the history's step 0. */
    private final Predictor startCosts = new Predictor();
    /** The throttled evaluation's values are those of the current weights and data (no step since). */
    private boolean evaluatedNow;
    private Learner learner;
    private PreparedData prepared;
    private History.Recorder recorder;
    /** The learner's reused diagnostics of the last step, or null before the first. */
    private StepStats lastStats;
    private Divergence divergence;

    TrainingRun(NetworkConfig network, TrainingConfig training, DataSettings settings, Dataset data,
                ThrottledEvaluation evaluation) {
        // The points first: the network is fitted to their problem.
        this.data = data;
        this.networkConfig = fitted(network);
        this.trainingConfig = training;
        this.dataSettings = settings;
        this.evaluation = evaluation;
        reset();
    }

    /** New weights from the network config and seed; clears the history and a divergence. */
    void reset() {
        adopt(new Learner(networkConfig, trainingConfig));
    }

    /** New shape, activation, init or seed: new weights. */
    void setNetwork(NetworkConfig network) {
        networkConfig = fitted(network);
        reset();
    }

    /**
     * {@code network} with the problem of the points: class labels need a sigmoid output, values a linear one. The
     * points decide, so that the window's two commands for a switch (network, then points) never leave a run whose
     * output does not fit its labels, and a second side (compare mode) that only gets the points follows too.
     */
    private NetworkConfig fitted(NetworkConfig network) {
        Problem kind = data.isRegression() ? Problem.REGRESSION : Problem.CLASSIFICATION;
        return data.size() == 0 || network.problem() == kind ? network : network.withProblem(kind);
    }

    /** New hyperparameters, applied to the current weights. */
    void setTraining(TrainingConfig training) {
        trainingConfig = training;
        learner.setTraining(training);
    }

    /** New points; the weights stay, unless the points are of the other problem (then the output unit changes). */
    void setData(Dataset points) {
        data = points;
        NetworkConfig fit = fitted(networkConfig);
        if (fit != networkConfig) {
            networkConfig = fit;
            reset();
        } else {
            applyData();
        }
    }

    /** New split or normalization; the weights stay. */
    void setDataSettings(DataSettings settings) {
        dataSettings = settings;
        applyData();
    }

    /** Replaces the weights (and optionally the optimizer state) and the progress; the shape must fit. */
    void load(Command.LoadParameters p) {
        if (!Arrays.equals(p.network().sizes(), networkConfig.layerSizes())
                || p.network().batchNorm() != networkConfig.batchNorm()) {
            throw new IllegalArgumentException("parameters do not fit the network");
        }
        // Built and restored aside, so a bad state leaves the current learner untouched.
        Learner loaded = new Learner(p.network().forProblem(networkConfig.problem()), trainingConfig,
                networkConfig.seed());
        if (p.optimizerState() != null) {
            loaded.optimizer().restore(p.optimizerState());
        }
        loaded.restoreProgress(p.step(), p.epoch(), p.position());
        adopt(loaded);
        // After setData, which starts a new pass: resume inside the saved epoch.
        learner.restoreProgress(p.step(), p.epoch(), p.position());
    }

    private void adopt(Learner l) {
        learner = l;
        recorder = new History.Recorder(l.network().layers());
        lastStats = null;
        divergence = null;
        applyData();
    }

    private void applyData() {
        prepared = PreparedData.of(data, dataSettings.devFraction(), dataSettings.splitSeed(),
                dataSettings.normalize(), networkConfig.features());
        learner.setData(prepared.trainInputs(), prepared.trainLabels());
        evaluation.invalidate();
        evaluatedNow = false;
        units.invalidate();
        inside.invalidate();
    }

    /** A private copy of the trained state. */
    TrainedState export() {
        return new TrainedState(learner.network().copy(), learner.optimizer().state(), learner.steps(),
                learner.epoch(), learner.position());
    }

    /** Neither diverged nor stopped, and the data can be trained on. */
    boolean trainable() {
        return divergence == null && prepared.problem() == null;
    }

    /** One mini-batch step; false when it diverged. */
    boolean step() {
        // The run's first step also records where it started: the costs and weights before the update, and the
        // gradients and activations this step computed from them.
        boolean first = recorder.size() == 0;
        Predictor.Evaluation train0 = null, dev0 = null;
        double[] weights0 = null;
        if (first) {
            if (evaluatedNow) {
                // The publication before Play or Step evaluated these very weights.
                train0 = evaluation.train();
                dev0 = evaluation.dev();
            } else {
                // Evaluated aside: the throttled evaluation keeps its own timing for the publications.
                boolean finite = learner.network().isFinite();
                train0 = finite ? ThrottledEvaluation.evaluate(startCosts, learner.network(), prepared.train())
                        : NO_COSTS;
                dev0 = finite ? ThrottledEvaluation.evaluate(startCosts, learner.network(), prepared.dev()) : NO_COSTS;
            }
            weights0 = weightNorms(learner.network());
        }
        evaluatedNow = false;
        // The per-layer diagnostics only where something reads them: a sample, the start, a divergence, a snapshot.
        StepStats s = learner.advance();
        lastStats = s;
        boolean sampled = recorder.offer(s.step, s.cost) || s.diverged;
        if (first || sampled) {
            learner.diagnose();
        }
        if (first) {
            recorder.addStart(s.step - 1, train0.cost(), dev0.cost(), train0.accuracy(), dev0.accuracy(), s.gradNorm,
                    weights0, s.activationStd);
        }
        // A diverging step is always sampled: the charts keep everything up to the stop.
        if (sampled) {
            boolean evaluated = evaluation.update(learner.network(), prepared, s.diverged);
            recorder.add(s, evaluation.train().cost(), evaluation.dev().cost(), evaluation.train().accuracy(),
                    evaluation.dev().accuracy(), evaluated);
        }
        if (s.diverged) {
            divergence = new Divergence(s.step, DivergenceReport.of(s, networkConfig, trainingConfig).sentence());
            return false;
        }
        return true;
    }

    /** ||W[l]||_F for l = 1..L (index 0 unused). */
    private static double[] weightNorms(Network net) {
        double[] norms = new double[net.layers() + 1];
        for (int l = 1; l <= net.layers(); l++) {
            double sum = 0;
            for (double[] row : net.weights(l)) {
                for (double v : row) {
                    sum += v * v;
                }
            }
            norms[l] = Math.sqrt(sum);
        }
        return norms;
    }

    /** Stops training with {@code message} in the place of a divergence, until a reset or load. */
    void stop(String message) {
        divergence = new Divergence(learner.steps(), message);
    }

    long steps() {
        return learner.steps();
    }

    /** The weights being trained (the learner's own: read on the trainer thread only). */
    Network network() {
        return learner.network();
    }

    /** False when training stopped with non-finite weights, which draw no boundary. */
    boolean finite() {
        return divergence == null || learner.network().isFinite();
    }

    /** A grid of the current weights over {@code viewport}, in a private copy; with every unit's when {@code units}. */
    GridWorker.Request gridRequest(Viewport viewport, boolean units) {
        return new GridWorker.Request(learner.network().copy(), prepared.inputs(), viewport, learner.steps(), units, false);
    }

    /**
     * A user's edit of one weight or bias ({@link ParameterEdit}); false when the network has no such parameter (its
     * shape changed since the edit was sent) or the value is not finite.
     */
    boolean edit(Command c) {
        Network net = learner.network();
        if (c instanceof Command.SetWeight w && has(net, w.layer(), w.unit(), w.value()) && w.input() >= 0
                && w.input() < net.units(w.layer() - 1)) {
            ParameterEdit.weight(learner, w.layer(), w.unit(), w.input(), w.value());
        } else if (c instanceof Command.SetBias b && has(net, b.layer(), b.unit(), b.value())) {
            ParameterEdit.bias(learner, b.layer(), b.unit(), b.value());
        } else {
            return false;
        }
        // New weights at the same step: the costs and the units are evaluated afresh.
        evaluation.invalidate();
        evaluatedNow = false;
        units.invalidate();
        return true;
    }

    private static boolean has(Network net, int l, int i, double value) {
        return l >= 1 && l <= net.layers() && i >= 0 && i < net.units(l) && Double.isFinite(value);
    }

    /**
     * Evaluates the costs, probes the hidden units and inspects the layers (over {@code view}) afresh when forced,
     * else when their throttles allow.
     */
    void evaluate(boolean force, Viewport view) {
        evaluateOutside(force);
        inside.update(learner.network(), prepared, view, learner.steps(), force);
    }

    /**
     * {@link #evaluate} but for the layer inspection (histograms, hidden space), which the next evaluation adds: the
     * window's first snapshot, built before its first frame and before any view of the inspection is shown.
     */
    void evaluateOutside(boolean force) {
        evaluatedNow = evaluation.update(learner.network(), prepared, force) || evaluatedNow;
        units.update(learner.network(), prepared, force);
    }

    /** The run as of now, with what the session adds. */
    Snapshot snapshot(long version, boolean playing, double speed, BoundaryGrid grid, double measuredRate,
                      Weights weights) {
        learner.diagnose();
        double batchCost = lastStats == null ? Double.NaN : lastStats.cost;
        Snapshot.Metrics metrics = new Snapshot.Metrics(batchCost, evaluation.train().cost(),
                evaluation.dev().cost(), evaluation.train().accuracy(), evaluation.dev().accuracy());
        LayerStats layers = lastStats == null ? LayerStats.NONE : new LayerStats(lastStats.copy());
        return new Snapshot(version, playing, speed, learner.steps(), learner.epoch(),
                learner.currentLearningRate(), networkConfig, trainingConfig, dataSettings, data, prepared.split(),
                prepared.inputs(), metrics, layers, recorder.snapshot(), grid, prepared.problem(), divergence,
                measuredRate, weights, units.result(), inside.result());
    }
}
