package com.backproplab.cli;

import com.backproplab.data.AtomicWrite;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The per-step CSV of {@code train --trace}: one row per step, columns documented in docs/cli.md. Written as one
 * {@link AtomicWrite} committed when closed, so a reader never sees half a trace.
 */
final class Trace implements Closeable {
    private final AtomicWrite file;
    private final Writer w;
    private final StringBuilder row = new StringBuilder(256);
    private boolean closed;

    Trace(Path target, int layers) throws IOException {
        this.file = AtomicWrite.begin(target);
        this.w = file.writer();
        StringBuilder h = new StringBuilder("step,epoch,cost,batch_size,learning_rate,"
                + "train_cost,train_accuracy,dev_cost,dev_accuracy");
        for (String name : new String[] {"grad_norm_", "weight_norm_", "update_ratio_", "activation_std_"}) {
            for (int l = 1; l <= layers; l++) {
                h.append(',').append(name).append(l);
            }
        }
        w.write(h.append('\n').toString());
    }

    /** One step's row; {@code trainEval} and {@code devEval} are null on rows without an evaluation. */
    void row(StepStats s, Predictor.Evaluation trainEval, Predictor.Evaluation devEval) throws IOException {
        row.setLength(0);
        row.append(s.step).append(',').append(s.epoch).append(',').append(s.cost).append(',')
                .append(s.batchSize).append(',').append(s.learningRate);
        cell(trainEval == null ? Double.NaN : trainEval.cost());
        cell(trainEval == null ? Double.NaN : trainEval.accuracy());
        cell(devEval == null ? Double.NaN : devEval.cost());
        cell(devEval == null ? Double.NaN : devEval.accuracy());
        for (double[] a : new double[][] {s.gradNorm, s.weightNorm, s.updateRatio, s.activationStd}) {
            for (int l = 1; l < a.length; l++) {
                row.append(',').append(a[l]);
            }
        }
        w.write(row.append('\n').toString());
    }

    /** An empty cell for "not evaluated on this row" (or an empty dev set), else the exact value. */
    private void cell(double v) {
        row.append(',');
        if (!Double.isNaN(v)) {
            row.append(v);
        }
    }

    /** Puts the trace in place (the rows written so far, also after a divergence). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (file) {
            file.commit();
        }
    }
}
