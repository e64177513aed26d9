package com.backproplab.training;

/**
 * What the hidden layers do with the training set, as of one set of weights: the distribution of each hidden
 * layer's activations, and the data as the last hidden layer sees it. Immutable.
 *
 * @param histograms A[l] over the training set, per hidden layer
 * @param hidden the last hidden layer's view of the points and the input plane, or null without a hidden layer
 * @param step the training step of the weights
 */
public record InsideLayers(ActivationHistograms histograms, HiddenSpace hidden, long step) {
}
