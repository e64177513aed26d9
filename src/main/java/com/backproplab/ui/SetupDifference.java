package com.backproplab.ui;

import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.DataSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What sets two sides of compare mode apart, in the words of the controls: "Adam" against "Momentum", "L2 λ 0.01"
 * against "L2 λ 0". A hyperparameter the optimizer or the schedule does not use is left out, so the labels name
 * only what changes the training.
 *
 * @param name the setting, as the side panel names it
 * @param a side A's value, as a label (e.g. "Adam", "L2 λ 0.01")
 * @param b side B's value, as a label
 */
record SetupDifference(String name, String a, String b) {
    /** At most this many differences are named in a side's label; the rest are counted. */
    static final int NAMED = 3;

    /** The settings of one side. */
    record Setup(NetworkConfig network, TrainingConfig training, DataSettings data) {
    }

    /** The settings where {@code a} and {@code b} differ, network first, then training, then data. */
    static List<SetupDifference> between(Setup a, Setup b) {
        List<SetupDifference> out = new ArrayList<>();
        Setup[] both = {a, b};
        add(out, both, "Inputs", s -> "inputs " + s.network().features().stream()
                .map(com.backproplab.engine.Feature::label).collect(Collectors.joining(" ")));
        add(out, both, "Hidden layers", s -> "layers " + (s.network().hidden().isEmpty() ? "none"
                : s.network().hidden().stream().map(String::valueOf).collect(Collectors.joining("-"))));
        add(out, both, "Activation", s -> s.network().activation().key());
        add(out, both, "Batch norm", s -> s.network().batchNorm() ? "batch norm" : "no batch norm");
        add(out, both, "Init", s -> "init " + s.network().init().key().replace('_', ' '));
        add(out, both, "Init scale", s -> s.network().init() == InitScheme.SCALED
                ? "s " + Forms.format(s.network().initScale()) : null);
        add(out, both, "Seed", s -> "seed " + s.network().seed());
        add(out, both, "Optimizer", s -> s.training().optimizer().label());
        add(out, both, "Learning rate", s -> "α " + Forms.format(s.training().learningRate()));
        add(out, both, "β", s -> s.training().optimizer() == OptimizerKind.MOMENTUM
                ? "β " + Forms.format(s.training().beta()) : null);
        add(out, both, "β1", s -> s.training().optimizer() == OptimizerKind.ADAM
                ? "β1 " + Forms.format(s.training().beta1()) : null);
        add(out, both, "β2", s -> usesSecondMoment(s.training()) ? "β2 " + Forms.format(s.training().beta2()) : null);
        add(out, both, "ε", s -> usesSecondMoment(s.training()) ? "ε " + Forms.format(s.training().epsilon()) : null);
        add(out, both, "LR schedule", s -> schedule(s.training().schedule()));
        add(out, both, "Batch size", s -> "B " + s.training().batchSize());
        add(out, both, "Shuffle", s -> s.training().shuffle() ? "shuffled" : "not shuffled");
        add(out, both, "L2", s -> "L2 λ " + Forms.format(s.training().l2()));
        add(out, both, "L1", s -> "L1 λ₁ " + Forms.format(s.training().l1()));
        add(out, both, "keep_prob", s -> "keep_prob " + Forms.format(s.training().keepProb()));
        add(out, both, "Dev fraction", s -> "dev " + Forms.format(s.data().devFraction()));
        add(out, both, "Split seed", s -> "split seed " + s.data().splitSeed());
        add(out, both, "Normalize", s -> s.data().normalize() ? "normalized" : "not normalized");
        return out;
    }

    /**
     * Adds the setting when its labels differ. A null label means the setting is not in use on that side (β of
     * momentum beside Adam): it is then part of the difference named by the setting that decides it.
     */
    private static void add(List<SetupDifference> out, Setup[] both, String name, Function<Setup, String> label) {
        String a = label.apply(both[0]), b = label.apply(both[1]);
        if (a != null && b != null && !a.equals(b)) {
            out.add(new SetupDifference(name, a, b));
        }
    }

    private static boolean usesSecondMoment(TrainingConfig t) {
        return t.optimizer() == OptimizerKind.ADAM || t.optimizer() == OptimizerKind.RMSPROP;
    }

    private static String schedule(Schedule s) {
        return switch (s.kind()) {
            case CONSTANT -> "constant α";
            case INVERSE_TIME -> "α0/(1+" + Forms.format(s.rate()) + "·epoch)";
            case EXPONENTIAL -> Forms.format(s.base()) + "^epoch·α0";
            case INVERSE_SQRT -> Forms.format(s.k()) + "/√(epoch+1)·α0";
        };
    }

    /**
     * The label of one side: its letter and its own values of the first {@link #NAMED} differences, e.g.
     * "B · Adam · L2 λ 0.01", or "B · same as A" when nothing differs.
     */
    static String label(char side, List<SetupDifference> differences) {
        if (differences.isEmpty()) {
            return side == 'A' ? "A" : "B · same as A";
        }
        StringBuilder s = new StringBuilder().append(side);
        for (int i = 0; i < Math.min(NAMED, differences.size()); i++) {
            SetupDifference d = differences.get(i);
            s.append(" · ").append(side == 'A' ? d.a() : d.b());
        }
        if (differences.size() > NAMED) {
            s.append(" · +").append(differences.size() - NAMED).append(" more");
        }
        return s.toString();
    }
}
