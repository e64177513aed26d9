package com.backproplab.io;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.ConfigCheck;
import com.backproplab.engine.Feature;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Problem;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed JSON tree into an {@link Experiment}, checking every key; package-private. This class checks
 * types and structure; the ranges are the records' own checks ({@link NetworkConfig}, {@link TrainingConfig},
 * {@link ExperimentData}), whose problems are reported at their key.
 */
final class ExperimentReader {
    static final List<String> ROOT = List.of("version", "title", "caption", "teaser", "problem", "network",
            "training", "data", "parameters", "thumbnail", "steps");
    static final List<String> NETWORK = List.of("hidden", "activation", "init", "initScale", "seed", "batchNorm",
            "features");
    static final List<String> TRAINING = List.of("optimizer", "learningRate", "beta", "beta1", "beta2", "epsilon",
            "batchSize", "shuffle", "l2", "keepProb", "schedule", "l1");
    static final List<String> SCHEDULE = List.of("kind", "rate", "base", "k");
    static final List<String> DATA = List.of("file", "points", "devFraction", "splitSeed", "normalize");

    private final String file;
    /** The file's top-level problem, which lesson steps share (read before the state). */
    private Problem problem = Problem.CLASSIFICATION;

    ExperimentReader(String file) {
        this.file = file;
    }

    /** The file's experiment; its lesson keys are checked too. */
    Experiment read(JsonNode root) throws ExperimentException {
        return readLesson(root).experiment();
    }

    /** The file as a lesson: the experiment, then the lesson's keys ({@link LessonReader}). */
    Lesson readLesson(JsonNode root) throws ExperimentException {
        JsonKeyReader f = JsonKeyReader.of(file, "", root, ROOT);
        if (f.has("steps") && f.has("parameters")) {
            throw f.error("parameters", "a lesson's steps start from fresh weights; remove parameters (or steps)");
        }
        Experiment e = experiment(f);
        return new LessonReader(this, f).read(e);
    }

    private Experiment experiment(JsonKeyReader f) throws ExperimentException {
        int version = (int) f.whole("version", Experiment.VERSION, 0, Integer.MAX_VALUE);
        if (version != Experiment.VERSION) {
            throw f.error("version", "this Backprop Lab reads version " + Experiment.VERSION + ", found " + version);
        }
        String title = f.string("title", null);
        String caption = f.string("caption", null);
        problem = f.choice("problem", Problem.CLASSIFICATION, Problem::fromKey);
        Experiment state = state(f, title, caption);
        Parameters parameters = f.has("parameters") ? new ParametersReader(f.object("parameters",
                ParametersReader.PARAMETERS), state.network(), state.training()).read() : null;
        return state.withParameters(parameters);
    }

    /**
     * The network, training and data of the object {@code f} reads (the file's top level, or a lesson step merged
     * over it), with that title and caption and no parameters.
     */
    Experiment state(JsonKeyReader f, String title, String caption) throws ExperimentException {
        NetworkConfig network = f.has("network") ? network(f.object("network", NETWORK))
                : NetworkConfig.defaults().withProblem(problem);
        TrainingConfig training = f.has("training") ? training(f.object("training", TRAINING))
                : TrainingConfig.defaults();
        if (!f.has("data")) {
            throw f.error("data", "missing: give data.file (a CSV path) or data.points ([[x1, x2, " + labelName()
                    + "], ...])");
        }
        ExperimentData data = data(f.object("data", DATA));
        return new Experiment(Experiment.VERSION, title, caption, network, training, data, null);
    }

    private NetworkConfig network(JsonKeyReader f) throws ExperimentException {
        NetworkConfig d = NetworkConfig.defaults();
        List<Integer> hidden = d.hidden();
        JsonNode h = f.raw("hidden");
        if (h != null) {
            if (!h.isArray()) {
                throw f.error("hidden", "must be a list of layer sizes such as [8, 8], found "
                        + JsonKeyReader.describe(h));
            }
            hidden = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                hidden.add(JsonKeyReader.integer(file, f.path("hidden") + "[" + i + "]", h.get(i)));
            }
        }
        Activation activation = f.choice("activation", d.activation(), Activation::fromKey);
        InitScheme init = f.choice("init", d.init(), InitScheme::fromKey);
        double initScale = f.number("initScale", d.initScale());
        long seed = f.whole("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        boolean batchNorm = f.bool("batchNorm", false);
        List<Feature> features = features(f);
        try {
            return new NetworkConfig(hidden, activation, init, initScale, seed, batchNorm, features, problem);
        } catch (ConfigCheck.Failure e) {
            throw f.error(e.first().key(), e.first().text());
        }
    }

    /** network.features: a list of feature names, by default x1 and x2. */
    private List<Feature> features(JsonKeyReader f) throws ExperimentException {
        JsonNode list = f.raw("features");
        if (list == null) {
            return Feature.DEFAULTS;
        }
        if (!list.isArray()) {
            throw f.error("features", "must be a list of feature names such as [\"x1\", \"x2\", \"x1^2\"], found "
                    + JsonKeyReader.describe(list));
        }
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = f.path("features") + "[" + i + "]";
            JsonNode name = list.get(i);
            if (!name.isTextual()) {
                throw new ExperimentException(file, path, "must be a feature name such as \"x1^2\", found "
                        + JsonKeyReader.describe(name));
            }
            try {
                Feature feature = Feature.fromKey(name.textValue());
                if (features.contains(feature)) {
                    throw new ExperimentException(file, path, feature.key() + " is already in the list");
                }
                features.add(feature);
            } catch (IllegalArgumentException e) {
                throw new ExperimentException(file, path, e.getMessage().replace(name.textValue(),
                        com.backproplab.data.Excerpt.of(name.textValue())));
            }
        }
        return features;
    }

    private String labelName() {
        return problem == Problem.REGRESSION ? "y" : "label";
    }

    private TrainingConfig training(JsonKeyReader f) throws ExperimentException {
        TrainingConfig d = TrainingConfig.defaults();
        OptimizerKind optimizer = f.choice("optimizer", d.optimizer(), OptimizerKind::fromKey);
        double lr = f.number("learningRate", d.learningRate());
        double beta = f.number("beta", d.beta());
        double beta1 = f.number("beta1", d.beta1());
        double beta2 = f.number("beta2", d.beta2());
        double eps = f.number("epsilon", d.epsilon());
        int batch = f.integer("batchSize", d.batchSize());
        boolean shuffle = f.bool("shuffle", d.shuffle());
        double l2 = f.number("l2", d.l2());
        double keep = f.number("keepProb", d.keepProb());
        Schedule schedule = f.has("schedule") ? schedule(f.object("schedule", SCHEDULE)) : d.schedule();
        double l1 = f.number("l1", d.l1());
        try {
            return new TrainingConfig(optimizer, lr, beta, beta1, beta2, eps, batch, shuffle, l2, keep, schedule, l1);
        } catch (ConfigCheck.Failure e) {
            throw f.error(e.first().key(), e.first().text());
        }
    }

    private static Schedule schedule(JsonKeyReader f) throws ExperimentException {
        Schedule d = Schedule.CONSTANT;
        return new Schedule(f.choice("kind", d.kind(), Schedule.Kind::fromKey), f.number("rate", d.rate()),
                f.number("base", d.base()), f.number("k", d.k()));
    }

    private ExperimentData data(JsonKeyReader f) throws ExperimentException {
        String csv = f.string("file", null);
        JsonNode pts = f.raw("points");
        if (csv != null && pts != null) {
            throw f.error(null, "give either file or points, not both");
        }
        if (csv == null && pts == null) {
            throw f.error(null, "give file (a CSV path relative to the experiment) or points ([[x1, x2, " + labelName()
                    + "], ...])");
        }
        if (csv != null && csv.isBlank()) {
            throw f.error("file", "must name a CSV file, found an empty string");
        }
        Dataset points = pts == null ? null : points(f.path("points"), pts);
        double dev = f.number("devFraction", ExperimentData.DEFAULT_DEV_FRACTION);
        long splitSeed = f.whole("splitSeed", ExperimentData.DEFAULT_SPLIT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean normalize = f.bool("normalize", true);
        try {
            return new ExperimentData(csv, points, dev, splitSeed, normalize);
        } catch (ConfigCheck.Failure e) {
            throw f.error(e.first().key(), e.first().text());
        }
    }

    private Dataset points(String path, JsonNode pts) throws ExperimentException {
        String shape = "[x1, x2, " + labelName() + "]";
        if (!pts.isArray()) {
            throw new ExperimentException(file, path, "must be a list of " + shape + ", found "
                    + JsonKeyReader.describe(pts));
        }
        boolean regression = problem == Problem.REGRESSION;
        int m = pts.size();
        double[] x1 = new double[m];
        double[] x2 = new double[m];
        double[] y = new double[m];
        int[] labels = new int[regression ? 0 : m];
        for (int i = 0; i < m; i++) {
            String p = path + "[" + i + "]";
            JsonNode row = pts.get(i);
            if (!row.isArray() || row.size() != 3) {
                throw new ExperimentException(file, p, "must be " + shape + ", found " + JsonKeyReader.describe(row));
            }
            x1[i] = JsonKeyReader.number(file, p + "[0]", row.get(0));
            x2[i] = JsonKeyReader.number(file, p + "[1]", row.get(1));
            if (regression) {
                y[i] = JsonKeyReader.number(file, p + "[2]", row.get(2));
            } else {
                labels[i] = classLabel(p + "[2]", row.get(2));
            }
        }
        return regression ? Dataset.regression(x1, x2, y) : Dataset.of(x1, x2, labels);
    }

    /** A class label 0 or 1; a real value is named as a regression label. */
    private int classLabel(String path, JsonNode v) throws ExperimentException {
        // A fraction is a real value (whole numbers out of range keep the range message).
        if (v != null && v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() != Math.rint(v.doubleValue())) {
            throw new ExperimentException(file, path, "must be a class label 0 or 1, found " + v.asText()
                    + " (a real-valued label needs \"problem\": \"regression\" at the top of the file)");
        }
        return (int) JsonKeyReader.whole(file, path, v, 0, 1);
    }
}
