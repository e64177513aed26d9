package com.backproplab.cli;

import com.backproplab.data.AtomicWrite;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.StepStats;
import com.backproplab.run.TraceColumns;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The per-step CSV of {@code train --trace}: one row per step, columns documented in docs/cli.md (written by
 * {@link TraceColumns}, as the window's history export is). Written as one {@link AtomicWrite} committed when
 * closed, so a reader never sees half a trace.
 */
final class Trace implements Closeable {
    private final AtomicWrite file;
    private final Writer w;
    private final StringBuilder row = new StringBuilder(256);
    private boolean closed;

    Trace(Path target, int layers) throws IOException {
        this.file = AtomicWrite.begin(target);
        this.w = file.writer();
        w.write(TraceColumns.header(layers) + "\n");
    }

    /** One step's row; {@code trainEval} and {@code devEval} are null on rows without an evaluation. */
    void row(StepStats s, Predictor.Evaluation trainEval, Predictor.Evaluation devEval) throws IOException {
        row.setLength(0);
        TraceColumns.step(row, s.step, s.epoch, s.cost, s.batchSize, s.learningRate);
        TraceColumns.evaluation(row, trainEval == null ? Double.NaN : trainEval.cost(),
                trainEval == null ? Double.NaN : trainEval.accuracy(), devEval == null ? Double.NaN : devEval.cost(),
                devEval == null ? Double.NaN : devEval.accuracy());
        for (double[] a : new double[][] {s.gradNorm, s.weightNorm, s.updateRatio, s.activationStd}) {
            TraceColumns.layers(row, a);
        }
        w.write(row.append('\n').toString());
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
