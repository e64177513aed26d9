package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.backproplab.data.Dataset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes experiment files (docs/experiment-format.md). Reading checks every key and reports the first
 * problem as one {@link ExperimentException}; writing is atomic and keeps every double exactly (shortest
 * round-trip decimal), so write then read gives bit-identical parameters.
 */
public final class ExperimentJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            // NaN and Infinity parse, so the checks can name the key that holds them.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Reports' rounded numbers as 0.050, never 5.0E-2.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private ExperimentJson() {
    }

    /** Reads an experiment file. */
    public static Experiment read(Path file) throws ExperimentException {
        return parse(bytes(file), file.toString());
    }

    /** The file's bytes; a missing or unreadable file is one exception line. */
    static byte[] bytes(Path file) throws ExperimentException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExperimentException(file.toString(), null, "no such file");
        } catch (IOException e) {
            throw new ExperimentException(file.toString(), null, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Parses experiment text; {@code sourceName} (e.g. the file name) starts every error message. */
    public static Experiment parse(String text, String sourceName) throws ExperimentException {
        return parse(text.getBytes(StandardCharsets.UTF_8), sourceName);
    }

    /** Parses experiment bytes (UTF-8, or UTF-16/32 with a byte-order mark). */
    public static Experiment parse(byte[] bytes, String sourceName) throws ExperimentException {
        return new ExperimentReader(sourceName).read(tree(bytes, sourceName));
    }

    /** The JSON tree of an experiment file; a syntax error is one exception line with its line number. */
    static JsonNode tree(byte[] bytes, String sourceName) throws ExperimentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            String column = at == null || at.getColumnNr() <= 0 ? "" : " (column " + at.getColumnNr() + ")";
            throw new ExperimentException(sourceName, null, line, "not valid JSON: " + plain(
                    e.getOriginalMessage()) + column);
        } catch (IOException | RuntimeException e) {
            // The parser reports broken encodings as CharConversionException and, rarely, as runtime exceptions.
            throw new ExperimentException(sourceName, null, "not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ExperimentException(sourceName, null, "the file is empty; an experiment is a JSON object");
        }
        return root;
    }

    /** The parser's message in the user's terms: no Java class names, no configuration switches. */
    private static String plain(String message) {
        String s = firstLine(message);
        if (s.startsWith("Trailing token")) {
            return "more text after the end of the experiment's { ... }";
        }
        return s.contains("com.fasterxml") || s.contains("Feature") ? s.replaceAll("\\(.*$", "").trim() : s;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes the experiment atomically. */
    public static void write(Path file, Experiment e) throws IOException {
        AtomicWrite.replace(file, format(e));
    }

    /** The JSON text of an experiment, every key written, in the documented order. */
    public static String format(Experiment e) {
        return text(node(e), true);
    }

    /** The JSON tree of an experiment, every key, in the documented order. */
    static ObjectNode node(Experiment e) {
        ObjectNode root = NODES.objectNode();
        root.put("version", e.version());
        if (e.title() != null) {
            root.put("title", e.title());
        }
        if (e.caption() != null) {
            root.put("caption", e.caption());
        }
        root.set("network", network(e.network()));
        root.set("training", training(e.training()));
        root.set("data", data(e.data()));
        if (e.parameters() != null) {
            root.set("parameters", parameters(e.parameters(), e.network().layerSizes()));
        }
        return root;
    }

    /** A JSON tree as text: indented by two spaces with a final line break, or on one line. */
    static String text(JsonNode root, boolean indented) {
        try {
            return indented ? MAPPER.writer(PRETTY).writeValueAsString(root) + "\n"
                    : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a JSON tree always serializes", ex);
        }
    }

    static ObjectNode network(NetworkConfig n) {
        ObjectNode o = NODES.objectNode();
        n.hidden().forEach(o.putArray("hidden")::add);
        return o.put("activation", n.activation().key()).put("init", n.init().key()).put("initScale", n.initScale())
                .put("seed", n.seed()).put("batchNorm", n.batchNorm());
    }

    static ObjectNode training(TrainingConfig t) {
        ObjectNode o = NODES.objectNode().put("optimizer", t.optimizer().key()).put("learningRate", t.learningRate())
                .put("beta", t.beta()).put("beta1", t.beta1()).put("beta2", t.beta2()).put("epsilon", t.epsilon())
                .put("batchSize", t.batchSize()).put("shuffle", t.shuffle()).put("l2", t.l2())
                .put("keepProb", t.keepProb());
        Schedule s = t.schedule();
        o.putObject("schedule").put("kind", s.kind().key()).put("rate", s.rate()).put("base", s.base())
                .put("k", s.k());
        return o;
    }

    static ObjectNode data(ExperimentData d) {
        ObjectNode o = NODES.objectNode();
        if (d.file() != null) {
            o.put("file", d.file());
        } else {
            ArrayNode pts = o.putArray("points");
            Dataset p = d.points();
            for (int i = 0; i < p.size(); i++) {
                pts.addArray().add(p.x1(i)).add(p.x2(i)).add(p.label(i));
            }
        }
        o.put("devFraction", d.devFraction());
        o.put("splitSeed", d.splitSeed());
        o.put("normalize", d.normalize());
        return o;
    }

    private static ObjectNode parameters(Parameters p, int[] n) {
        ObjectNode o = NODES.objectNode();
        ArrayNode layers = o.putArray("layers");
        for (int l = 1; l < n.length; l++) {
            ObjectNode layer = layers.addObject();
            layer.set("W", rows(p.weights()[l - 1]));
            layer.set("b", vector(p.biases()[l - 1]));
            if (p.gamma() != null && l < n.length - 1) {
                layer.set("gamma", vector(p.gamma()[l - 1]));
                layer.set("beta", vector(p.beta()[l - 1]));
                layer.set("runningMean", vector(p.runningMean()[l - 1]));
                layer.set("runningVar", vector(p.runningVar()[l - 1]));
            }
        }
        o.put("step", p.step());
        o.put("epoch", p.epoch());
        o.put("position", p.position());
        OptimizerState s = p.optimizerState();
        if (s != null) {
            ObjectNode so = o.putObject("optimizerState");
            so.put("kind", s.kind().key());
            so.put("t", s.t());
            if (s.vw() != null || s.sw() != null) {
                ArrayNode sl = so.putArray("layers");
                for (int l = 1; l < n.length; l++) {
                    ObjectNode layer = sl.addObject();
                    if (s.vw() != null) {
                        layer.set("vW", rows(s.vw()[l], n[l], n[l - 1]));
                        layer.set("vb", vector(s.vb()[l]));
                    }
                    if (s.sw() != null) {
                        layer.set("sW", rows(s.sw()[l], n[l], n[l - 1]));
                        layer.set("sb", vector(s.sb()[l]));
                    }
                    if (s.vGamma() != null && l < n.length - 1) {
                        layer.set("vGamma", vector(s.vGamma()[l]));
                        layer.set("vBeta", vector(s.vBeta()[l]));
                    }
                    if (s.sGamma() != null && l < n.length - 1) {
                        layer.set("sGamma", vector(s.sGamma()[l]));
                        layer.set("sBeta", vector(s.sBeta()[l]));
                    }
                }
            }
        }
        return o;
    }

    private static ArrayNode rows(double[][] m) {
        ArrayNode a = NODES.arrayNode();
        for (double[] row : m) {
            a.add(vector(row));
        }
        return a;
    }

    private static ArrayNode rows(double[] flat, int rows, int cols) {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; i < rows; i++) {
            ArrayNode r = a.addArray();
            for (int j = 0; j < cols; j++) {
                r.add(flat[i * cols + j]);
            }
        }
        return a;
    }

    private static ArrayNode vector(double[] v) {
        ArrayNode a = NODES.arrayNode();
        for (double d : v) {
            a.add(d);
        }
        return a;
    }
}
