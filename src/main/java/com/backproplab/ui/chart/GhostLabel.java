package com.backproplab.ui.chart;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.Snapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The label of a run kept when the next one started: "run 2" and the settings in which it differed from the next
 * run (at most three), e.g. "run 2: sigmoid, α 0.5", so a comparison reads without remembering what was changed.
 */
final class GhostLabel {
    private static final int MOST = 3;

    private GhostLabel() {
    }

    /** The label of run number {@code n}, last seen as {@code ended}, compared with the run after it. */
    static String of(int n, Snapshot ended, Snapshot next) {
        List<String> d = new ArrayList<>();
        NetworkConfig a = ended.network(), b = next.network();
        TrainingConfig t = ended.training(), u = next.training();
        add(d, !a.features().equals(b.features()), "inputs " + String.join(" ",
                a.features().stream().map(com.backproplab.engine.Feature::label).toList()));
        add(d, !a.hidden().equals(b.hidden()), a.hidden().isEmpty() ? "no hidden layer" : layers(a.hidden()));
        add(d, a.activation() != b.activation(), words(a.activation().key()));
        add(d, a.init() != b.init() || a.init() == InitScheme.SCALED && a.initScale() != b.initScale(),
                words(a.init().key()) + " init"
                + (a.init() == InitScheme.SCALED ? " " + num(a.initScale()) : ""));
        add(d, a.batchNorm() != b.batchNorm(), a.batchNorm() ? "batch norm" : "no batch norm");
        add(d, t.optimizer() != u.optimizer(), t.optimizer().label());
        add(d, t.learningRate() != u.learningRate(), "α " + num(t.learningRate()));
        add(d, t.batchSize() != u.batchSize(), "batch " + t.batchSize());
        add(d, t.l2() != u.l2(), "λ " + num(t.l2()));
        add(d, t.l1() != u.l1(), "λ₁ " + num(t.l1()));
        add(d, t.keepProb() != u.keepProb(), "keep " + num(t.keepProb()));
        add(d, !t.schedule().equals(u.schedule()), t.schedule().kind() == Schedule.Kind.CONSTANT ? "no decay"
                : words(t.schedule().kind().key()) + " decay");
        add(d, ended.dataSettings().normalize() != next.dataSettings().normalize(),
                ended.dataSettings().normalize() ? "normalized" : "not normalized");
        add(d, a.seed() != b.seed(), "seed " + a.seed());
        if (d.isEmpty()) {
            return "run " + n;
        }
        String more = d.size() > MOST ? ", …" : "";
        return "run " + n + ": " + String.join(", ", d.subList(0, Math.min(MOST, d.size()))) + more;
    }

    private static void add(List<String> d, boolean differs, String text) {
        if (differs) {
            d.add(text);
        }
    }

    private static String layers(List<Integer> hidden) {
        StringBuilder s = new StringBuilder();
        for (int h : hidden) {
            s.append(s.length() == 0 ? "" : "-").append(h);
        }
        return s + " units";
    }

    /** A key as the controls show it: "small_random" reads "small random". */
    private static String words(String key) {
        return key.replace('_', ' ');
    }

    private static String num(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
