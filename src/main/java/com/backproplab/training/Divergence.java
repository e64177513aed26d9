package com.backproplab.training;

/**
 * Training stopped because the cost or a parameter became non-finite or the cost exploded, or because of an
 * internal error on the trainer or grid thread; Reset clears it.
 *
 * @param step the step at which it happened
 * @param message what happened and the likely cause, in one or two plain sentences
 */
public record Divergence(long step, String message) {
}
