package com.backproplab.ui;

import com.backproplab.engine.Problem;
import com.backproplab.training.Snapshot;

/**
 * What the network view and the pinned unit call the network's units and parameters, in the course's notation. The
 * names of the input nodes come from here alone.
 */
final class UnitNames {
    private UnitNames() {
    }

    /** The name of input j (the feature the input node shows). */
    static String input(Snapshot s, int j) {
        return s.network().features().get(j).label();
    }

    /**
     * A unit as a title: "input x₁", "layer 2, unit 3", "output ŷ = P(y=1)" (for regression "output ŷ"); units count
     * from 1 as in the course.
     */
    static String unit(Snapshot s, int l, int i) {
        int layers = s.network().layerSizes().length - 1;
        if (l == 0) {
            return "input " + input(s, i);
        }
        if (l == layers) {
            return s.network().problem() == Problem.REGRESSION ? "output ŷ" : "output ŷ = P(y=1)";
        }
        return "layer " + l + ", unit " + (i + 1);
    }

    /** W[l] from unit j of layer l-1 to unit i of layer l: "W[2] (3 ← 5)". */
    static String weight(int l, int i, int j) {
        return "W[" + l + "] (" + (i + 1) + " ← " + (j + 1) + ")";
    }

    /** The bias of unit i of layer l: "b[2] (3)", or "β[2] (3)" on a batch-normalized layer. */
    static String bias(int l, int i, boolean beta) {
        return (beta ? "β[" : "b[") + l + "] (" + (i + 1) + ")";
    }
}
