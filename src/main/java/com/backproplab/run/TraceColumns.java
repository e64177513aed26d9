package com.backproplab.run;

/**
 * The columns of a training trace (docs/cli.md, {@code train --trace}), one place for the command line's trace and
 * the window's history export: the header, and a row from one step's values. Numbers are exact (shortest
 * round-trip decimals); the four evaluation cells are empty when not evaluated at that step (or without a dev set).
 */
public final class TraceColumns {
    private static final String[] PER_LAYER = {"grad_norm_", "weight_norm_", "update_ratio_", "activation_std_"};

    private TraceColumns() {
    }

    /** The header line (without the line break) for a network of {@code layers} layers with weights. */
    public static String header(int layers) {
        StringBuilder h = new StringBuilder("step,epoch,cost,batch_size,learning_rate,"
                + "train_cost,train_accuracy,dev_cost,dev_accuracy");
        for (String name : PER_LAYER) {
            for (int l = 1; l <= layers; l++) {
                h.append(',').append(name).append(l);
            }
        }
        return h.toString();
    }

    /** Appends the first five cells of a row: the step, its epoch, its mini-batch cost, size and learning rate. */
    public static void step(StringBuilder row, long step, long epoch, double cost, int batchSize, double rate) {
        row.append(step).append(',').append(epoch).append(',').append(cost).append(',').append(batchSize)
                .append(',').append(rate);
    }

    /** Appends the four evaluation cells; NaN (not evaluated, or no dev set) is an empty cell. */
    public static void evaluation(StringBuilder row, double trainCost, double trainAccuracy, double devCost,
                                  double devAccuracy) {
        cell(row, trainCost);
        cell(row, trainAccuracy);
        cell(row, devCost);
        cell(row, devAccuracy);
    }

    /** Appends one per-layer cell for each l = 1..L of {@code perLayer} (index 0 unused). */
    public static void layers(StringBuilder row, double[] perLayer) {
        for (int l = 1; l < perLayer.length; l++) {
            row.append(',').append(perLayer[l]);
        }
    }

    private static void cell(StringBuilder row, double v) {
        row.append(',');
        if (!Double.isNaN(v)) {
            row.append(v);
        }
    }
}
