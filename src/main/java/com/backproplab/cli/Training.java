package com.backproplab.cli;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.run.PreparedExperiment;
import com.backproplab.training.DivergenceReport;
import java.io.IOException;
import java.nio.file.Path;

/** An experiment's learner trained on one thread: the loop, evaluation and saving that train and render share. */
final class Training {
    /** Called after every step with that step's (reused) stats. */
    interface StepListener {
        void after(StepStats s) throws IOException;
    }

    final PreparedExperiment prepared;
    final Learner learner;
    private final Predictor predictor = new Predictor();

    private Training(PreparedExperiment prepared) {
        this.learner = prepared.newLearner();
        // The learner now holds the saved weights and moments; keeping a second copy could exhaust the heap.
        this.prepared = prepared.withoutSavedParameters();
    }

    /** Reads the experiment file, ready to train where it left off; every problem is one exception line. */
    static Training of(Path experiment) throws ExperimentException {
        return new Training(PreparedExperiment.read(experiment));
    }

    Experiment experiment() {
        return prepared.experiment();
    }

    /** Normalized training set as {input rows..., y}. */
    double[][] train() {
        return prepared.data().train();
    }

    /** Normalized dev set as {input rows..., y} (empty rows when devFraction is 0). */
    double[][] dev() {
        return prepared.data().dev();
    }

    /** Training points. */
    int trainSize() {
        return PreparedData.labelsOf(train()).length;
    }

    /** Dev points (0 when devFraction is 0). */
    int devSize() {
        return PreparedData.labelsOf(dev()).length;
    }

    /** Whether the experiment fits real values (no accuracy) rather than classes. */
    boolean regression() {
        return experiment().network().problem() == com.backproplab.engine.Problem.REGRESSION;
    }

    /**
     * Trains up to {@code steps} steps; returns a copy of the diverging step's stats, or null when all went well. The
     * listener gets each step's stats without their per-layer diagnostics: {@code learner.diagnose()} adds them.
     */
    StepStats run(long steps, StepListener listener) throws IOException {
        for (long i = 0; i < steps; i++) {
            StepStats s = learner.advance();
            boolean diverged = s.diverged || !Double.isFinite(s.cost);
            if (listener != null) {
                listener.after(s);
            }
            if (diverged) {
                return s.copy();
            }
        }
        return null;
    }

    /** What happened at the diverging step and what to change, for the terminal. */
    String divergenceMessage(String command, StepStats s) {
        Experiment e = experiment();
        return DivergenceReport.of(s, e.network(), e.training()).forCommandLine(command);
    }

    /** Cost (no L2) and accuracy (NaN for regression) on the whole training set. */
    Predictor.Evaluation evaluateTrain() {
        return evaluate(train());
    }

    /** Cost (no L2) and accuracy on the dev set (NaN when it is empty). */
    Predictor.Evaluation evaluateDev() {
        return evaluate(dev());
    }

    private Predictor.Evaluation evaluate(double[][] set) {
        double[] y = PreparedData.labelsOf(set);
        return predictor.evaluate(learner.network(), PreparedData.inputsOf(set), y, y.length);
    }

    /**
     * Writes the experiment with the learner's parameters, optimizer state and progress to {@code out}; a data
     * file path is rewritten relative to the new location, so the copy finds the same CSV.
     */
    void writeTrained(Path out) throws IOException {
        Experiment e = experiment();
        ExperimentJson.write(out, e.withParameters(Parameters.of(learner))
                .withData(e.data().movedTo(prepared.file(), out)));
    }
}
