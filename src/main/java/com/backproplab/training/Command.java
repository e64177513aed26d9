package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.TrainingConfig;

/** What the UI asks of the training thread: immutable values sent through a queue. */
public sealed interface Command {
    /** Train continuously at the current speed. */
    record Play() implements Command {
    }

    /**
     * Train continuously, and pause by itself once {@code step} updates are applied (a lesson step's "until"); a later
     * Play trains on without a limit.
     */
    record PlayUntil(long step) implements Command {
    }

    /** Stop training; the state stays. */
    record Pause() implements Command {
    }

    /** Exactly one mini-batch step (pauses first). */
    record StepOnce() implements Command {
    }

    /** Re-initialize the weights from the network config and seed; clears history and divergence. */
    record Reset() implements Command {
    }

    /** Steps per second; {@link Double#POSITIVE_INFINITY} trains as fast as the engine goes. */
    record SetSpeed(double stepsPerSecond) implements Command {
    }

    /** New shape, activation, init or seed: re-initializes the weights at once, keeping play/pause. */
    record SetNetwork(NetworkConfig network) implements Command {
    }

    /** New hyperparameters, applied live without a reset. */
    record SetTraining(TrainingConfig training) implements Command {
    }

    /** New or edited points; the weights are kept. */
    record SetData(Dataset data) implements Command {
    }

    /** New split or normalization settings; the weights are kept. */
    record SetDataSettings(DataSettings settings) implements Command {
    }

    /** The data-space rectangle the decision-boundary grid covers. */
    record SetViewport(Viewport viewport) implements Command {
    }

    /**
     * Replaces the weights (and optionally the optimizer state and progress), e.g. from an experiment file.
     * The network must have the shape of the current config.
     */
    record LoadParameters(Network network, OptimizerState optimizerState, long step, long epoch, int position)
            implements Command {
    }

    /**
     * Asks for a copy of the trained state (to save it): the trainer completes {@code result} on its own thread;
     * the caller must not block on it (use {@code thenAcceptAsync(..., Platform::runLater)}).
     */
    record Export(java.util.concurrent.CompletableFuture<TrainedState> result) implements Command {
    }

    /**
     * Sets W[layer]_ij, from unit {@code input} of layer-1 to unit {@code unit} of layer, applied at once (engine
     * ParameterEdit says what happens to the optimizer's state); ignored when the network has no such weight.
     */
    record SetWeight(int layer, int unit, int input, double value) implements Command {
    }

    /** Sets the bias of unit {@code unit} of {@code layer} (beta on a batch-normalized hidden layer), as SetWeight. */
    record SetBias(int layer, int unit, double value) implements Command {
    }

    /** Whether a view shows the per-unit heatmaps: the grid worker computes {@link UnitGrids} only while one does. */
    record ShowUnits(boolean show) implements Command {
    }

    /** Publishes the latest state again (the grid worker sends it when a grid is ready or has failed). */
    record Refresh() implements Command {
    }

    /** Ends the training thread. */
    record Shutdown() implements Command {
    }
}
