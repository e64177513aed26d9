package com.backproplab.training;

/**
 * Training stopped because the cost or a parameter became non-finite or the cost exploded.
 *
 * @param step the step at which it happened
 * @param message what happened and the likely cause, in one or two plain sentences
 */
public record Divergence(long step, String message) {
}
