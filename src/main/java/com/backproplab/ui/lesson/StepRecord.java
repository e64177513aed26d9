package com.backproplab.ui.lesson;

import com.backproplab.training.History;
import com.backproplab.training.Snapshot;

/**
 * The run of one lesson step as last seen: what the player's table shows, and what a chart needs to keep the step's
 * curves once the class has moved on (the history is the trainer's own immutable record).
 *
 * @param label the step's title, the label of its curves
 * @param index the step, from 0
 * @param step the steps trained
 * @param metrics costs and accuracies at that step
 * @param history the run's history (cost, per-layer gradient norms)
 * @param bestDevStep the sampled step of the lowest dev cost, or -1 without a dev set
 * @param bestDevCost the lowest dev cost sampled, or NaN
 * @param stopped why training stopped (a divergence), or null
 */
public record StepRecord(String label, int index, long step, Snapshot.Metrics metrics, History history,
                         long bestDevStep, double bestDevCost, String stopped) {

    /** The record of a snapshot of step {@code index}'s run. */
    static StepRecord of(String label, int index, Snapshot s) {
        History h = s.history();
        long best = -1;
        double bestCost = Double.NaN;
        for (int i = 0; i < h.size(); i++) {
            double d = h.devCost(i);
            if (!Double.isNaN(d) && (Double.isNaN(bestCost) || d < bestCost)) {
                bestCost = d;
                best = h.step(i);
            }
        }
        return new StepRecord(label, index, s.step(), s.metrics(), h, best, bestCost,
                s.divergence() == null ? null : s.divergence().message());
    }
}
