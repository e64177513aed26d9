package com.backproplab.engine;

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
 * @param l1 lambda1 of L1 regularization
 */
public record TrainingConfig(OptimizerKind optimizer, double learningRate, double beta, double beta1, double beta2,
                             double epsilon, int batchSize, boolean shuffle, double l2, double keepProb,
                             Schedule schedule, double l1) {

    public TrainingConfig {
        if (optimizer == null || schedule == null) {
            throw new IllegalArgumentException("optimizer and schedule are required");
        }
        check(learningRate, beta, beta1, beta2, epsilon, batchSize, l2, keepProb, schedule);
        new ConfigCheck().nonNegative("l1", l1).throwIfAny();
    }

    /** Hyperparameters without L1. */
    public TrainingConfig(OptimizerKind optimizer, double learningRate, double beta, double beta1, double beta2,
                          double epsilon, int batchSize, boolean shuffle, double l2, double keepProb,
                          Schedule schedule) {
        this(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2, keepProb, schedule, 0.0);
    }

    /** Adam, alpha 0.01, B 32, shuffled, no regularization: learns the app's presets in seconds. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(OptimizerKind.ADAM, 0.01, 0.9, 0.9, 0.999, 1e-8, 32, true, 0.0, 1.0,
                Schedule.CONSTANT);
    }

    /** The ranges, worded for the keys of experiment files (see docs/experiment-format.md). */
    private static void check(double lr, double beta, double beta1, double beta2, double eps, int batch, double l2,
                              double keep, Schedule s) {
        new ConfigCheck().positive("learningRate", lr)
                .fraction("beta", beta).fraction("beta1", beta1).fraction("beta2", beta2)
                .positive("epsilon", eps)
                .atLeast("batchSize", batch, 1)
                .nonNegative("l2", l2)
                .unitOpenBelow("keepProb", keep, " (1 turns dropout off)")
                .nonNegative("schedule.rate", s.rate())
                .unitOpenBelow("schedule.base", s.base(), "")
                .positive("schedule.k", s.k())
                .throwIfAny();
    }

    public TrainingConfig withOptimizer(OptimizerKind o) {
        return new TrainingConfig(o, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2, keepProb,
                schedule, l1);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(optimizer, lr, beta, beta1, beta2, epsilon, batchSize, shuffle, l2, keepProb,
                schedule, l1);
    }

    public TrainingConfig withBetas(double b, double b1, double b2, double eps) {
        return new TrainingConfig(optimizer, learningRate, b, b1, b2, eps, batchSize, shuffle, l2, keepProb,
                schedule, l1);
    }

    public TrainingConfig withBatch(int size, boolean shuf) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, size, shuf, l2, keepProb,
                schedule, l1);
    }

    public TrainingConfig withRegularization(double lambda, double keep) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, lambda,
                keep, schedule, l1);
    }

    public TrainingConfig withSchedule(Schedule s) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2,
                keepProb, s, l1);
    }

    public TrainingConfig withL1(double lambda1) {
        return new TrainingConfig(optimizer, learningRate, beta, beta1, beta2, epsilon, batchSize, shuffle, l2,
                keepProb, schedule, lambda1);
    }
}
