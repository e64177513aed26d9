package com.backproplab.io;

import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.TrainingConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Reads an experiment's {@code parameters}: the weights, batch norm's parameters and the optimizer's moments, each
 * checked against the shapes of the network read before them; package-private.
 */
final class ParametersReader {
    static final List<String> PARAMETERS = List.of("layers", "step", "epoch", "position", "optimizerState");
    static final List<String> LAYER = List.of("W", "b", "gamma", "beta", "runningMean", "runningVar");
    static final List<String> BATCH_NORM = List.of("gamma", "beta", "runningMean", "runningVar");
    static final List<String> STATE = List.of("kind", "t", "layers");
    static final List<String> STATE_LAYER = List.of("vW", "vb", "sW", "sb", "vGamma", "vBeta", "sGamma", "sBeta");

    private final JsonKeyReader f;
    private final String file;
    /** Layer sizes n[0..L]. */
    private final int[] n;
    private final int layers;
    private final boolean bn;
    private final TrainingConfig training;

    ParametersReader(JsonKeyReader parameters, NetworkConfig network, TrainingConfig training) {
        this.f = parameters;
        this.file = parameters.file();
        this.n = network.layerSizes();
        this.layers = n.length - 1;
        this.bn = network.batchNorm();
        this.training = training;
    }

    Parameters read() throws ExperimentException {
        JsonNode ls = layerList(f, "missing: parameters needs layers [{\"W\": [[...]], \"b\": [...]}, ...]");
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        double[][][] norm = bn ? new double[BATCH_NORM.size()][layers - 1][] : null;
        for (int l = 1; l <= layers; l++) {
            JsonKeyReader lf = JsonKeyReader.of(file, f.path("layers") + "[" + (l - 1) + "]", ls.get(l - 1), LAYER);
            w[l - 1] = matrix(lf, "W", l);
            b[l - 1] = vector(lf, "b", l);
            for (int k = 0; k < BATCH_NORM.size(); k++) {
                String key = BATCH_NORM.get(k);
                if (bn && l < layers) {
                    norm[k][l - 1] = vector(lf, key, l);
                } else if (lf.has(key)) {
                    throw lf.error(key, bn ? "the output layer has no batch norm; remove it"
                            : "only with network.batchNorm true; remove it");
                }
            }
            if (bn && l < layers) {
                for (double v : norm[3][l - 1]) {
                    if (v < 0) {
                        throw lf.error("runningVar", "a variance must be >= 0, found " + v);
                    }
                }
            }
        }
        long step = f.whole("step", 0, 0, Long.MAX_VALUE);
        long epoch = f.whole("epoch", 0, 0, Long.MAX_VALUE);
        int position = (int) f.whole("position", 0, 0, Integer.MAX_VALUE);
        OptimizerState state = f.has("optimizerState") ? state(f.object("optimizerState", STATE)) : null;
        if (bn) {
            return new Parameters(w, b, step, epoch, position, state, norm[0], norm[1], norm[2], norm[3]);
        }
        return new Parameters(w, b, step, epoch, position, state);
    }

    /** The list at {@code layers} of {@code o}, one entry per layer; null when absent and {@code missing} is null. */
    private JsonNode layerList(JsonKeyReader o, String missing) throws ExperimentException {
        JsonNode ls = o.raw("layers");
        if (ls == null) {
            if (missing == null) {
                return null;
            }
            throw o.error("layers", missing);
        }
        if (!ls.isArray()) {
            throw o.error("layers", "must be a list with one entry per layer, found " + JsonKeyReader.describe(ls));
        }
        if (ls.size() != layers) {
            throw o.error("layers", "must have " + layers + " entries (the hidden layers and the output layer of"
                    + " network.hidden), found " + ls.size());
        }
        return ls;
    }

    private OptimizerState state(JsonKeyReader s) throws ExperimentException {
        if (!s.has("kind")) {
            throw s.error("kind", "missing: the optimizer this state belongs to, e.g. \"adam\"");
        }
        OptimizerKind kind = s.choice("kind", null, OptimizerKind::fromKey);
        if (kind != training.optimizer()) {
            throw s.error("kind", "is " + kind.key() + " but training.optimizer is " + training.optimizer().key()
                    + " (remove parameters.optimizerState to start the new rule afresh)");
        }
        if (!s.has("t")) {
            throw s.error("t", "missing: the number of updates the optimizer has applied");
        }
        long t = s.whole("t", 0, 0, Long.MAX_VALUE);
        boolean first = kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.ADAM;
        boolean second = kind == OptimizerKind.RMSPROP || kind == OptimizerKind.ADAM;
        JsonNode ls = layerList(s, first || second ? "missing: " + kind.key() + " needs its moment estimates per layer"
                : null);
        if (ls == null) {
            return new OptimizerState(kind, t, null, null, null, null);
        }
        // Moments are indexed by layer l = 1..L, as in the engine; W's moments are flattened rows.
        double[][][] m = new double[STATE_LAYER.size()][layers + 1][];
        for (int l = 1; l <= layers; l++) {
            JsonKeyReader lf = JsonKeyReader.of(file, s.path("layers") + "[" + (l - 1) + "]", ls.get(l - 1),
                    STATE_LAYER);
            for (int k = 0; k < STATE_LAYER.size(); k++) {
                String key = STATE_LAYER.get(k);
                boolean wanted = key.startsWith("v") ? first : second;
                boolean normKey = key.endsWith("Gamma") || key.endsWith("Beta");
                if (!wanted && lf.has(key)) {
                    throw lf.error(key, kind.key() + " keeps no " + key + "; remove it");
                }
                if (normKey && !(bn && l < layers) && lf.has(key)) {
                    throw lf.error(key, "only for the hidden layers of a batch-normalized network; remove it");
                }
            }
            for (int k = 0; k < STATE_LAYER.size(); k++) {
                String key = STATE_LAYER.get(k);
                boolean normKey = key.endsWith("Gamma") || key.endsWith("Beta");
                if ((key.startsWith("v") ? first : second) && (!normKey || bn && l < layers)) {
                    m[k][l] = key.endsWith("W") ? flatten(matrix(lf, key, l)) : vector(lf, key, l);
                }
            }
        }
        // STATE_LAYER's order: vW, vb, sW, sb, vGamma, vBeta, sGamma, sBeta; absent kinds of moment are null.
        return new OptimizerState(kind, t, first ? m[0] : null, first ? m[1] : null, second ? m[2] : null,
                second ? m[3] : null, first && bn ? m[4] : null, first && bn ? m[5] : null,
                second && bn ? m[6] : null, second && bn ? m[7] : null);
    }

    /** An n[l] x n[l-1] matrix of finite numbers at {@code key}, as rows. */
    private double[][] matrix(JsonKeyReader o, String key, int l) throws ExperimentException {
        JsonNode v = o.raw(key);
        String shape = key + "[" + l + "] must be " + n[l] + " x " + n[l - 1] + " (n[" + l + "] x n[" + (l - 1)
                + "])";
        if (v == null) {
            throw o.error(key, "missing: " + shape);
        }
        if (!v.isArray() || v.size() != n[l]) {
            throw o.error(key, shape + ", found " + (v.isArray() ? v.size() + " rows" : JsonKeyReader.describe(v)));
        }
        double[][] rows = new double[n[l]][];
        for (int i = 0; i < n[l]; i++) {
            JsonNode row = v.get(i);
            String p = o.path(key) + "[" + i + "]";
            if (!row.isArray() || row.size() != n[l - 1]) {
                throw new ExperimentException(file, p, shape + ", found a row of "
                        + (row.isArray() ? row.size() + " numbers" : JsonKeyReader.describe(row)));
            }
            rows[i] = new double[n[l - 1]];
            for (int j = 0; j < n[l - 1]; j++) {
                rows[i][j] = JsonKeyReader.number(file, p + "[" + j + "]", row.get(j));
            }
        }
        return rows;
    }

    /** A vector of n[l] finite numbers at {@code key}. */
    private double[] vector(JsonKeyReader o, String key, int l) throws ExperimentException {
        JsonNode v = o.raw(key);
        String shape = key + "[" + l + "] must have " + n[l] + " entries (n[" + l + "])";
        if (v == null) {
            throw o.error(key, "missing: " + shape);
        }
        if (!v.isArray() || v.size() != n[l]) {
            throw o.error(key, shape + ", found " + (v.isArray() ? v.size() : JsonKeyReader.describe(v)));
        }
        double[] out = new double[n[l]];
        for (int i = 0; i < n[l]; i++) {
            out[i] = JsonKeyReader.number(file, o.path(key) + "[" + i + "]", v.get(i));
        }
        return out;
    }

    private static double[] flatten(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * k];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * k, k);
        }
        return flat;
    }
}
