package com.backproplab.io;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Feature;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.Problem;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes an experiment straight to a JSON generator, key by key in the documented order, so that saving needs no
 * tree and no string of the whole file: anything the app can train it can save, the largest network included
 * (about 150 MB of text with Adam's moments); package-private, used by {@link ExperimentJson}. The keys added after
 * the first release ({@code problem}, {@code network.features}, {@code training.l1}) are written only when they differ
 * from their defaults, so a file that does not use them reads in an older Backprop Lab too.
 */
final class ExperimentWriter {
    private final JsonGenerator g;

    ExperimentWriter(JsonGenerator g) {
        this.g = g;
    }

    void write(Experiment e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("version", e.version());
        if (e.title() != null) {
            g.writeStringField("title", e.title());
        }
        if (e.caption() != null) {
            g.writeStringField("caption", e.caption());
        }
        if (e.network().problem() != Problem.CLASSIFICATION) {
            g.writeStringField("problem", e.network().problem().key());
        }
        network(e.network());
        training(e.training());
        data(e.data());
        if (e.parameters() != null) {
            parameters(e.parameters(), e.network().layerSizes());
        }
        g.writeEndObject();
    }

    private void network(NetworkConfig n) throws IOException {
        g.writeObjectFieldStart("network");
        g.writeArrayFieldStart("hidden");
        for (int h : n.hidden()) {
            g.writeNumber(h);
        }
        g.writeEndArray();
        g.writeStringField("activation", n.activation().key());
        g.writeStringField("init", n.init().key());
        g.writeNumberField("initScale", n.initScale());
        g.writeNumberField("seed", n.seed());
        g.writeBooleanField("batchNorm", n.batchNorm());
        if (!n.features().equals(Feature.DEFAULTS)) {
            g.writeArrayFieldStart("features");
            for (Feature f : n.features()) {
                g.writeString(f.key());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void training(TrainingConfig t) throws IOException {
        g.writeObjectFieldStart("training");
        g.writeStringField("optimizer", t.optimizer().key());
        g.writeNumberField("learningRate", t.learningRate());
        g.writeNumberField("beta", t.beta());
        g.writeNumberField("beta1", t.beta1());
        g.writeNumberField("beta2", t.beta2());
        g.writeNumberField("epsilon", t.epsilon());
        g.writeNumberField("batchSize", t.batchSize());
        g.writeBooleanField("shuffle", t.shuffle());
        g.writeNumberField("l2", t.l2());
        g.writeNumberField("keepProb", t.keepProb());
        Schedule s = t.schedule();
        g.writeObjectFieldStart("schedule");
        g.writeStringField("kind", s.kind().key());
        g.writeNumberField("rate", s.rate());
        g.writeNumberField("base", s.base());
        g.writeNumberField("k", s.k());
        g.writeEndObject();
        if (t.l1() != 0) {
            g.writeNumberField("l1", t.l1());
        }
        g.writeEndObject();
    }

    private void data(ExperimentData d) throws IOException {
        g.writeObjectFieldStart("data");
        if (d.file() != null) {
            g.writeStringField("file", d.file());
        } else {
            g.writeArrayFieldStart("points");
            Dataset p = d.points();
            for (int i = 0; i < p.size(); i++) {
                g.writeStartArray();
                g.writeNumber(p.x1(i));
                g.writeNumber(p.x2(i));
                if (p.isRegression()) {
                    g.writeNumber(p.value(i));
                } else {
                    g.writeNumber(p.label(i));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeNumberField("devFraction", d.devFraction());
        g.writeNumberField("splitSeed", d.splitSeed());
        g.writeBooleanField("normalize", d.normalize());
        g.writeEndObject();
    }

    private void parameters(Parameters p, int[] n) throws IOException {
        g.writeObjectFieldStart("parameters");
        g.writeArrayFieldStart("layers");
        for (int l = 1; l < n.length; l++) {
            g.writeStartObject();
            rows("W", p.weights()[l - 1]);
            vector("b", p.biases()[l - 1]);
            if (p.gamma() != null && l < n.length - 1) {
                vector("gamma", p.gamma()[l - 1]);
                vector("beta", p.beta()[l - 1]);
                vector("runningMean", p.runningMean()[l - 1]);
                vector("runningVar", p.runningVar()[l - 1]);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("step", p.step());
        g.writeNumberField("epoch", p.epoch());
        g.writeNumberField("position", p.position());
        OptimizerState s = p.optimizerState();
        if (s != null) {
            state(s, n);
        }
        g.writeEndObject();
    }

    private void state(OptimizerState s, int[] n) throws IOException {
        g.writeObjectFieldStart("optimizerState");
        g.writeStringField("kind", s.kind().key());
        g.writeNumberField("t", s.t());
        if (s.vw() != null || s.sw() != null) {
            g.writeArrayFieldStart("layers");
            for (int l = 1; l < n.length; l++) {
                g.writeStartObject();
                if (s.vw() != null) {
                    rows("vW", s.vw()[l], n[l], n[l - 1]);
                    vector("vb", s.vb()[l]);
                }
                if (s.sw() != null) {
                    rows("sW", s.sw()[l], n[l], n[l - 1]);
                    vector("sb", s.sb()[l]);
                }
                if (s.vGamma() != null && l < n.length - 1) {
                    vector("vGamma", s.vGamma()[l]);
                    vector("vBeta", s.vBeta()[l]);
                }
                if (s.sGamma() != null && l < n.length - 1) {
                    vector("sGamma", s.sGamma()[l]);
                    vector("sBeta", s.sBeta()[l]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void rows(String key, double[][] m) throws IOException {
        g.writeArrayFieldStart(key);
        for (double[] row : m) {
            g.writeArray(row, 0, row.length);
        }
        g.writeEndArray();
    }

    private void rows(String key, double[] flat, int rows, int cols) throws IOException {
        g.writeArrayFieldStart(key);
        for (int i = 0; i < rows; i++) {
            g.writeArray(flat, i * cols, cols);
        }
        g.writeEndArray();
    }

    private void vector(String key, double[] v) throws IOException {
        g.writeFieldName(key);
        g.writeArray(v, 0, v.length);
    }
}
