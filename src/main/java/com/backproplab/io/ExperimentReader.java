package com.backproplab.io;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns a parsed JSON tree into an {@link Experiment}, checking every key; package-private. */
final class ExperimentReader {
    static final List<String> ROOT = List.of("version", "title", "caption", "network", "training", "data",
            "parameters");
    static final List<String> NETWORK = List.of("hidden", "activation", "init", "initScale", "seed", "batchNorm");
    static final List<String> TRAINING = List.of("optimizer", "learningRate", "beta", "beta1", "beta2", "epsilon",
            "batchSize", "shuffle", "l2", "keepProb", "schedule");
    static final List<String> SCHEDULE = List.of("kind", "rate", "base", "k");
    static final List<String> DATA = List.of("file", "points", "devFraction", "splitSeed", "normalize");
    static final List<String> PARAMETERS = List.of("layers", "step", "epoch", "position", "optimizerState");
    static final List<String> LAYER = List.of("W", "b", "gamma", "beta", "runningMean", "runningVar");
    static final List<String> BATCH_NORM = List.of("gamma", "beta", "runningMean", "runningVar");
    static final List<String> STATE = List.of("kind", "t", "layers");
    static final List<String> STATE_LAYER = List.of("vW", "vb", "sW", "sb", "vGamma", "vBeta", "sGamma", "sBeta");

    private final String file;

    ExperimentReader(String file) {
        this.file = file;
    }

    Experiment read(JsonNode root) throws ExperimentException {
        Fields f = Fields.of(file, "", root, ROOT);
        int version = (int) f.whole("version", Experiment.VERSION, 0, Integer.MAX_VALUE);
        if (version != Experiment.VERSION) {
            throw f.error("version", "this Backprop Lab reads version " + Experiment.VERSION + ", found " + version);
        }
        String title = f.string("title", null);
        String caption = f.string("caption", null);
        NetworkConfig network = f.has("network") ? network(Fields.of(file, "network", f.raw("network"), NETWORK))
                : NetworkConfig.defaults();
        TrainingConfig training = f.has("training")
                ? training(Fields.of(file, "training", f.raw("training"), TRAINING)) : TrainingConfig.defaults();
        if (!f.has("data")) {
            throw f.error("data", "missing: give data.file (a CSV path) or data.points ([[x1, x2, label], ...])");
        }
        ExperimentData data = data(Fields.of(file, "data", f.raw("data"), DATA));
        Parameters parameters = f.has("parameters")
                ? parameters(Fields.of(file, "parameters", f.raw("parameters"), PARAMETERS), network, training)
                : null;
        return new Experiment(version, title, caption, network, training, data, parameters);
    }

    private NetworkConfig network(Fields f) throws ExperimentException {
        NetworkConfig d = NetworkConfig.defaults();
        List<Integer> hidden = d.hidden();
        JsonNode h = f.raw("hidden");
        if (h != null) {
            if (!h.isArray()) {
                throw f.error("hidden", "must be a list of layer sizes such as [8, 8], found " + Fields.describe(h));
            }
            if (h.size() > NetworkConfig.MAX_LAYERS) {
                throw f.error("hidden", "at most " + NetworkConfig.MAX_LAYERS + " hidden layers, found " + h.size());
            }
            hidden = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                hidden.add((int) Fields.whole(file, f.path("hidden") + "[" + i + "]", h.get(i), 1,
                        NetworkConfig.MAX_UNITS));
            }
        }
        Activation activation = choice(f, "activation", d.activation(), Activation::fromKey);
        InitScheme init = choice(f, "init", d.init(), InitScheme::fromKey);
        double initScale = f.number("initScale", d.initScale());
        if (initScale < 0) {
            throw f.error("initScale", "must be >= 0, found " + initScale);
        }
        long seed = f.whole("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        boolean batchNorm = f.bool("batchNorm", false);
        try {
            return new NetworkConfig(hidden, activation, init, initScale, seed, batchNorm);
        } catch (IllegalArgumentException e) {
            throw f.error(null, e.getMessage());
        }
    }

    private TrainingConfig training(Fields f) throws ExperimentException {
        TrainingConfig d = TrainingConfig.defaults();
        OptimizerKind optimizer = choice(f, "optimizer", d.optimizer(), OptimizerKind::fromKey);
        double lr = f.number("learningRate", d.learningRate());
        if (!(lr > 0)) {
            throw f.error("learningRate", "must be > 0, found " + lr);
        }
        double beta = unitInterval(f, "beta", d.beta());
        double beta1 = unitInterval(f, "beta1", d.beta1());
        double beta2 = unitInterval(f, "beta2", d.beta2());
        double eps = f.number("epsilon", d.epsilon());
        if (!(eps > 0)) {
            throw f.error("epsilon", "must be > 0, found " + eps);
        }
        int batch = (int) f.whole("batchSize", d.batchSize(), 1, Integer.MAX_VALUE);
        boolean shuffle = f.bool("shuffle", d.shuffle());
        double l2 = f.number("l2", d.l2());
        if (!(l2 >= 0)) {
            throw f.error("l2", "must be >= 0, found " + l2);
        }
        double keep = f.number("keepProb", d.keepProb());
        if (!(keep > 0 && keep <= 1)) {
            throw f.error("keepProb", "must be in (0, 1] (1 turns dropout off), found " + keep);
        }
        Schedule schedule = f.has("schedule") ? schedule(Fields.of(file, f.path("schedule"), f.raw("schedule"),
                SCHEDULE)) : d.schedule();
        try {
            return new TrainingConfig(optimizer, lr, beta, beta1, beta2, eps, batch, shuffle, l2, keep, schedule);
        } catch (IllegalArgumentException e) {
            throw f.error(null, e.getMessage());
        }
    }

    private Schedule schedule(Fields f) throws ExperimentException {
        Schedule d = Schedule.CONSTANT;
        Schedule.Kind kind = choice(f, "kind", d.kind(), Schedule.Kind::fromKey);
        double rate = f.number("rate", d.rate());
        if (rate < 0) {
            throw f.error("rate", "must be >= 0, found " + rate);
        }
        double base = f.number("base", d.base());
        if (!(base > 0 && base <= 1)) {
            throw f.error("base", "must be in (0, 1], found " + base);
        }
        double k = f.number("k", d.k());
        if (!(k > 0)) {
            throw f.error("k", "must be > 0, found " + k);
        }
        return new Schedule(kind, rate, base, k);
    }

    private ExperimentData data(Fields f) throws ExperimentException {
        String csv = f.string("file", null);
        JsonNode pts = f.raw("points");
        if (csv != null && pts != null) {
            throw f.error(null, "give either file or points, not both");
        }
        if (csv == null && pts == null) {
            throw f.error(null, "give file (a CSV path relative to the experiment) or points ([[x1, x2, label], ...])");
        }
        if (csv != null && csv.isBlank()) {
            throw f.error("file", "must name a CSV file, found an empty string");
        }
        Dataset points = pts == null ? null : points(f.path("points"), pts);
        double dev = f.number("devFraction", ExperimentData.DEFAULT_DEV_FRACTION);
        if (!(dev >= 0 && dev < 1)) {
            throw f.error("devFraction", "must be in [0, 1), found " + dev);
        }
        long splitSeed = f.whole("splitSeed", ExperimentData.DEFAULT_SPLIT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean normalize = f.bool("normalize", true);
        return new ExperimentData(csv, points, dev, splitSeed, normalize);
    }

    private Dataset points(String path, JsonNode pts) throws ExperimentException {
        if (!pts.isArray()) {
            throw new ExperimentException(file, path, "must be a list of [x1, x2, label], found "
                    + Fields.describe(pts));
        }
        int m = pts.size();
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            String p = path + "[" + i + "]";
            JsonNode row = pts.get(i);
            if (!row.isArray() || row.size() != 3) {
                throw new ExperimentException(file, p, "must be [x1, x2, label], found " + Fields.describe(row));
            }
            x1[i] = Fields.number(file, p + "[0]", row.get(0));
            x2[i] = Fields.number(file, p + "[1]", row.get(1));
            y[i] = (int) Fields.whole(file, p + "[2]", row.get(2), 0, 1);
        }
        return Dataset.of(x1, x2, y);
    }

    private Parameters parameters(Fields f, NetworkConfig network, TrainingConfig training)
            throws ExperimentException {
        int[] n = network.layerSizes();
        int layers = n.length - 1;
        JsonNode ls = f.raw("layers");
        if (ls == null) {
            throw f.error("layers", "missing: parameters needs layers [{\"W\": [[...]], \"b\": [...]}, ...]");
        }
        checkLayerCount(f.path("layers"), ls, layers);
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        boolean bn = network.batchNorm();
        double[][][] norm = bn ? new double[4][layers - 1][] : null;
        for (int l = 1; l <= layers; l++) {
            String p = f.path("layers") + "[" + (l - 1) + "]";
            Fields lf = Fields.of(file, p, ls.get(l - 1), LAYER);
            w[l - 1] = matrix(lf, "W", "W", l, n, true);
            b[l - 1] = vector(lf, "b", "b", l, n, true);
            for (int k = 0; k < BATCH_NORM.size(); k++) {
                String key = BATCH_NORM.get(k);
                if (bn && l < layers) {
                    norm[k][l - 1] = vector(lf, key, key, l, n, true);
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
        OptimizerState state = null;
        if (f.has("optimizerState")) {
            state = state(Fields.of(file, f.path("optimizerState"), f.raw("optimizerState"), STATE), n, training, bn);
        }
        if (bn) {
            return new Parameters(w, b, step, epoch, position, state, norm[0], norm[1], norm[2], norm[3]);
        }
        return new Parameters(w, b, step, epoch, position, state);
    }

    private void checkLayerCount(String path, JsonNode ls, int layers) throws ExperimentException {
        if (!ls.isArray()) {
            throw new ExperimentException(file, path, "must be a list with one entry per layer, found "
                    + Fields.describe(ls));
        }
        if (ls.size() != layers) {
            throw new ExperimentException(file, path, "must have " + layers + " entries (the hidden layers and the"
                    + " output layer of network.hidden), found " + ls.size());
        }
    }

    private OptimizerState state(Fields f, int[] n, TrainingConfig training, boolean bn) throws ExperimentException {
        if (!f.has("kind")) {
            throw f.error("kind", "missing: the optimizer this state belongs to, e.g. \"adam\"");
        }
        OptimizerKind kind = choice(f, "kind", null, OptimizerKind::fromKey);
        if (kind != training.optimizer()) {
            throw f.error("kind", "is " + kind.key() + " but training.optimizer is " + training.optimizer().key()
                    + " (remove parameters.optimizerState to start the new rule afresh)");
        }
        if (!f.has("t")) {
            throw f.error("t", "missing: the number of updates the optimizer has applied");
        }
        long t = f.whole("t", 0, 0, Long.MAX_VALUE);
        boolean first = kind == OptimizerKind.MOMENTUM || kind == OptimizerKind.ADAM;
        boolean second = kind == OptimizerKind.RMSPROP || kind == OptimizerKind.ADAM;
        int layers = n.length - 1;
        double[][] vw = first ? new double[layers + 1][] : null;
        double[][] vb = first ? new double[layers + 1][] : null;
        double[][] sw = second ? new double[layers + 1][] : null;
        double[][] sb = second ? new double[layers + 1][] : null;
        double[][] vg = first && bn ? new double[layers + 1][] : null;
        double[][] vbe = first && bn ? new double[layers + 1][] : null;
        double[][] sg = second && bn ? new double[layers + 1][] : null;
        double[][] sbe = second && bn ? new double[layers + 1][] : null;
        JsonNode ls = f.raw("layers");
        if (ls == null) {
            if (first || second) {
                throw f.error("layers", "missing: " + kind.key() + " needs its moment estimates per layer");
            }
            return new OptimizerState(kind, t, null, null, null, null);
        }
        checkLayerCount(f.path("layers"), ls, layers);
        for (int l = 1; l <= layers; l++) {
            String p = f.path("layers") + "[" + (l - 1) + "]";
            Fields lf = Fields.of(file, p, ls.get(l - 1), STATE_LAYER);
            for (String key : STATE_LAYER) {
                boolean wanted = key.startsWith("v") ? first : second;
                boolean normKey = key.endsWith("Gamma") || key.endsWith("Beta");
                if (!wanted && lf.has(key)) {
                    throw lf.error(key, kind.key() + " keeps no " + key + "; remove it");
                }
                if (normKey && !(bn && l < layers) && lf.has(key)) {
                    throw lf.error(key, "only for the hidden layers of a batch-normalized network; remove it");
                }
            }
            if (bn && l < layers) {
                if (first) {
                    vg[l] = vector(lf, "vGamma", "vGamma", l, n, true);
                    vbe[l] = vector(lf, "vBeta", "vBeta", l, n, true);
                }
                if (second) {
                    sg[l] = vector(lf, "sGamma", "sGamma", l, n, true);
                    sbe[l] = vector(lf, "sBeta", "sBeta", l, n, true);
                }
            }
            if (first) {
                vw[l] = flatten(matrix(lf, "vW", "vW", l, n, true));
                vb[l] = vector(lf, "vb", "vb", l, n, true);
            }
            if (second) {
                sw[l] = flatten(matrix(lf, "sW", "sW", l, n, true));
                sb[l] = vector(lf, "sb", "sb", l, n, true);
            }
        }
        return new OptimizerState(kind, t, vw, vb, sw, sb, vg, vbe, sg, sbe);
    }

    /** An n[l] x n[l-1] matrix of finite numbers, as rows. */
    private double[][] matrix(Fields f, String key, String name, int l, int[] n, boolean required)
            throws ExperimentException {
        JsonNode v = f.raw(key);
        String shape = name + "[" + l + "] must be " + n[l] + " x " + n[l - 1] + " (n[" + l + "] x n[" + (l - 1)
                + "])";
        if (v == null) {
            throw f.error(key, "missing: " + shape);
        }
        if (!v.isArray() || v.size() != n[l]) {
            throw f.error(key, shape + ", found " + (v.isArray() ? v.size() + " rows" : Fields.describe(v)));
        }
        double[][] rows = new double[n[l]][];
        for (int i = 0; i < n[l]; i++) {
            JsonNode row = v.get(i);
            String p = f.path(key) + "[" + i + "]";
            if (!row.isArray() || row.size() != n[l - 1]) {
                throw new ExperimentException(file, p, shape + ", found a row of "
                        + (row.isArray() ? row.size() + " numbers" : Fields.describe(row)));
            }
            rows[i] = new double[n[l - 1]];
            for (int j = 0; j < n[l - 1]; j++) {
                rows[i][j] = Fields.number(file, p + "[" + j + "]", row.get(j));
            }
        }
        return rows;
    }

    /** A vector of n[l] finite numbers. */
    private double[] vector(Fields f, String key, String name, int l, int[] n, boolean required)
            throws ExperimentException {
        JsonNode v = f.raw(key);
        String shape = name + "[" + l + "] must have " + n[l] + " entries (n[" + l + "])";
        if (v == null) {
            throw f.error(key, "missing: " + shape);
        }
        if (!v.isArray() || v.size() != n[l]) {
            throw f.error(key, shape + ", found " + (v.isArray() ? v.size() : Fields.describe(v)));
        }
        double[] out = new double[n[l]];
        for (int i = 0; i < n[l]; i++) {
            out[i] = Fields.number(file, f.path(key) + "[" + i + "]", v.get(i));
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

    private static double unitInterval(Fields f, String key, double dflt) throws ExperimentException {
        double v = f.number(key, dflt);
        if (!(v >= 0 && v < 1)) {
            throw f.error(key, "must be in [0, 1), found " + v);
        }
        return v;
    }

    private static <T> T choice(Fields f, String key, T dflt, Function<String, T> parse) throws ExperimentException {
        JsonNode v = f.raw(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw f.error(key, "must be a string, found " + Fields.describe(v));
        }
        try {
            return parse.apply(v.textValue());
        } catch (IllegalArgumentException e) {
            throw f.error(key, e.getMessage());
        }
    }
}
