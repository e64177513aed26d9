package com.backproplab.run;

import com.backproplab.data.AtomicWrite;
import com.backproplab.training.History;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The window's history of a run as a trace CSV: the columns of {@code train --trace} (docs/cli.md), one row per
 * sample of the history. Every cell of a row is the trace's cell of that row's step; the four evaluation cells are
 * empty where the window did not evaluate the whole sets at that very step. A history keeps every step of the
 * first {@value History#CAPACITY} and then thins out evenly (every 2nd, 4th, ... step), so a long run's file has
 * the rows of those steps. Samples recorded without a step's stats are left out.
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /** Writes {@code h} to {@code file} atomically; returns the number of rows written. */
    public static int write(Path file, History h) throws IOException {
        int rows = 0;
        try (AtomicWrite out = AtomicWrite.begin(file)) {
            Writer w = out.writer();
            w.write(TraceColumns.header(h.layers()) + "\n");
            StringBuilder row = new StringBuilder(256);
            double[] perLayer = new double[h.layers() + 1];
            for (int i = 0; i < h.size(); i++) {
                if (h.batchSize(i) == 0) {
                    continue;
                }
                row.setLength(0);
                TraceColumns.step(row, h.step(i), h.epoch(i), h.stepCost(i), h.batchSize(i), h.learningRate(i));
                boolean e = h.evaluated(i);
                TraceColumns.evaluation(row, e ? h.trainCost(i) : Double.NaN, e ? h.trainAccuracy(i) : Double.NaN,
                        e ? h.devCost(i) : Double.NaN, e ? h.devAccuracy(i) : Double.NaN);
                for (int k = 0; k < 4; k++) {
                    for (int l = 1; l <= h.layers(); l++) {
                        perLayer[l] = k == 0 ? h.gradNorm(i, l) : k == 1 ? h.weightNorm(i, l)
                                : k == 2 ? h.updateRatio(i, l) : h.activationStd(i, l);
                    }
                    TraceColumns.layers(row, perLayer);
                }
                w.write(row.append('\n').toString());
                rows++;
            }
            out.commit();
        }
        return rows;
    }
}
