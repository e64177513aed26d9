package com.backproplab.training;

import com.backproplab.engine.Network;
import com.backproplab.engine.OptimizerState;

/**
 * A copy of what training has produced, enough to save and resume the run exactly.
 *
 * @param network a private copy of the weights (and batch-norm arrays)
 * @param optimizerState the optimizer's moments and step counter
 * @param step updates applied
 * @param epoch completed epochs
 * @param position index of the next example in the current epoch
 */
public record TrainedState(Network network, OptimizerState optimizerState, long step, long epoch, int position) {
}
