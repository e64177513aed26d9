package com.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Hyperparameters of training; all may change between steps without losing optimizer state.
 *
 * @param optimizer the update rule
 * @param learningRate alpha0, before the schedule
 * @param beta momentum's beta
 * @param beta1 Adam's first-moment decay
 * @param beta2 RMSprop's and Adam's second-moment decay
 * @param epsilon RMSprop's and Adam's eps
 * @param batchSize mini-batch size B (B >= m is batch gradient descent)
 * @param shuffle reshuffle the training set at the start of every epoch
 * @param l2 lambda of L2 regularization
 * @param keepProb keep_prob of inverted dropout on hidden layers (1 = off)
 * @param schedule learning-rate decay by epoch
 */
public record TrainingConfig(OptimizerKind optimizer, double learningRate, double beta, double beta1, double beta2,
                             double epsilon, int batchSize, boolean shuffle, double l2, double keepProb,
                             Schedule schedule) {

    public TrainingConfig {
        if (optimizer == null || schedule == null) {
            throw new IllegalArgumentException("optimizer and schedule are required");
        }
        List<String> problems = problems(learningRate, beta, beta1, beta2, epsilon, batchSize, l2, keepProb, schedule);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Adam, alpha 0.01, B 32, shuffled, no regularization: learns the app's presets in seconds. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerKind.ADAM, 0.01, 0.9, 0.9, 0.999, 1e-8, 32, true, 0.0, 1.0,
                Schedule.CONSTANT);
    }

    private static List<String> problems(double lr, double beta, double beta1, double beta2, double eps, int batch,
                                         double l2, double keep, Schedule s) {
        List<String> out = new ArrayList<>();
        if (!(lr > 0) || !Double.isFinite(lr)) {
            out.add("learningRate must be a finite number > 0, found " + lr);
        }
        for (double[] b : new double[][] {{beta}, {beta1}, {beta2}}) {
            if (!(b[0] >= 0 && b[0] < 1)) {
                out.add("beta, beta1 and beta2 must be in [0, 1), found " + b[0]);
                break;
            }
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            out.add("epsilon must be a finite number > 0, found " + eps);
        }
        if (batch < 1) {
            out.add("batchSize must be >= 1, found " + batch);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            out.add("l2 must be a finite number >= 0, found " + l2);
        }
        if (!(keep > 0 && keep <= 1)) {
            out.add("keepProb must be in (0, 1], found " + keep);
        }
        if (!(s.rate() >= 0) || !Double.isFinite(s.rate()) || !(s.base() > 0 && s.base() <= 1)
                || !(s.k() > 0) || !Double.isFinite(s.k())) {
            out.add("schedule needs rate >= 0, base in (0, 1] and k > 0");
        }
        return out;
    }

    public TrainingConfig withOptimizer(OptimizerKind o) {
        return new TrainingConfig(o, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2, keepProb,
                schedule);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(optimizer, lr, beta, beta1, beta2, epsilon, batchSize, shuffle, l2, keepProb,
                schedule);
    }

    public TrainingConfig withBetas(double b, double b1, double b2, double eps) {
        return new TrainingConfig(optimizer, learningRate, b, b1, b2, eps, batchSize, shuffle, l2, keepProb,
                schedule);
    }

    public TrainingConfig withBatch(int size, boolean shuf) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, size, shuf, l2, keepProb,
                schedule);
    }

    public TrainingConfig withRegularization(double lambda, double keep) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, lambda,
                keep, schedule);
    }

    public TrainingConfig withSchedule(Schedule s) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2,
                keepProb, s);
    }
}
