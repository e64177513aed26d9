package com.backproplab.lesson;

import com.backproplab.engine.Learner;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonJson;
import com.backproplab.io.LessonStep;
import com.backproplab.run.PreparedExperiment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of a shipped lesson trained headless, exactly as the window trains it (the same prepared experiment and
 * learner as the command line): every step's stats are kept, and the whole training and dev sets are scored every
 * {@code evalEvery} steps (0: at the last step only).
 */
final class LessonRun {
    static final Path LESSONS = Path.of("lessons");

    final LessonStep step;
    final PreparedExperiment prepared;
    final Learner learner;
    /** Stats of every step trained, in order (copies). */
    final List<StepStats> stats = new ArrayList<>();
    /** The step numbers at which the sets were scored, and the scores. */
    final List<Long> evalSteps = new ArrayList<>();
    final List<Predictor.Evaluation> train = new ArrayList<>();
    final List<Predictor.Evaluation> dev = new ArrayList<>();
    private final Predictor predictor = new Predictor();

    private LessonRun(Path file, LessonStep step) throws ExperimentException {
        this.step = step;
        this.prepared = PreparedExperiment.of(file, step.experiment());
        this.learner = prepared.newLearner();
    }

    static Lesson lesson(String name) throws ExperimentException {
        return LessonJson.read(LESSONS.resolve(name));
    }

    /** Step {@code index} (from 0) of lesson {@code name}, trained until its pause point. */
    static LessonRun of(String name, int index, int evalEvery) throws ExperimentException {
        LessonStep s = lesson(name).playable().get(index);
        return of(name, index, s.play().until(), evalEvery);
    }

    /** Step {@code index} (from 0) of lesson {@code name}, trained {@code steps} steps or until it diverges. */
    static LessonRun of(String name, int index, long steps, int evalEvery) throws ExperimentException {
        LessonRun r = new LessonRun(LESSONS.resolve(name), lesson(name).playable().get(index));
        r.train(steps, evalEvery);
        return r;
    }

    private void train(long steps, int evalEvery) {
        for (long i = 0; i < steps; i++) {
            StepStats s = learner.step();
            stats.add(s.copy());
            if (s.diverged) {
                return;
            }
            if (evalEvery > 0 && s.step % evalEvery == 0 || i == steps - 1) {
                evaluate();
            }
        }
    }

    private void evaluate() {
        var data = prepared.data();
        evalSteps.add(learner.steps());
        train.add(predictor.evaluate(learner.network(), data.trainInputs(), data.trainLabels(),
                data.trainLabels().length));
        dev.add(predictor.evaluate(learner.network(), data.devInputs(), data.devLabels(), data.devLabels().length));
    }

    Predictor.Evaluation lastTrain() {
        return train.get(train.size() - 1);
    }

    Predictor.Evaluation lastDev() {
        return dev.get(dev.size() - 1);
    }

    /** ||dW[l]|| at step number {@code stepNumber} (from 1). */
    double grad(long stepNumber, int layer) {
        return stats.get((int) stepNumber - 1).gradNorm[layer];
    }

    int layers() {
        return learner.network().layers();
    }

    /** Largest over smallest ||dW[l]|| across the layers at a step. */
    double gradSpread(long stepNumber) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int l = 1; l <= layers(); l++) {
            lo = Math.min(lo, grad(stepNumber, l));
            hi = Math.max(hi, grad(stepNumber, l));
        }
        return hi / lo;
    }

    /** The first scored step at which the training cost is below {@code cost}, or -1. */
    long firstBelow(double cost) {
        for (int i = 0; i < train.size(); i++) {
            if (train.get(i).cost() < cost) {
                return evalSteps.get(i);
            }
        }
        return -1;
    }

    /** Mean |J_t - J_(t-1)| of the mini-batch costs over their mean: how noisy the cost curve is. */
    double roughness() {
        double jumps = 0, sum = 0;
        for (int i = 1; i < stats.size(); i++) {
            jumps += Math.abs(stats.get(i).cost - stats.get(i - 1).cost);
            sum += stats.get(i).cost;
        }
        return jumps / sum;
    }
}
