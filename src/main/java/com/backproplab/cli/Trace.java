package com.backproplab.cli;

import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import com.backproplab.io.AtomicWrite;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-step CSV of {@code train --trace}: one row per step, columns documented in docs/cli.md. Written to a
 * temporary file beside the target and renamed over it when closed, so a reader never sees half a trace.
 */
final class Trace implements Closeable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter w;
    private final StringBuilder row = new StringBuilder(256);
    private boolean closed;

    Trace(Path target, int layers) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = Files.createTempFile(this.target.getParent(), "." + this.target.getFileName() + ".", ".tmp");
        this.w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
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

    /** Flushes and renames the trace into place. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            w.close();
            AtomicWrite.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
