package com.backproplab.engine;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * An input feature of the network, computed from a point's raw coordinates (x1, x2) before standardization
 * (docs/math.md, Input features). The one list of feature names: the experiment format's {@code network.features},
 * the window's toggles and the network drawing's input nodes all read it from here. A feature is a
 * {@link DoubleBinaryOperator} so that the data package, which knows nothing of the engine, can compute the columns.
 */
public enum Feature implements DoubleBinaryOperator {
    /** x1 itself. */
    X1("x1", "x\u2081", (x1, x2) -> x1),
    /** x2 itself. */
    X2("x2", "x\u2082", (x1, x2) -> x2),
    /** x1 squared. */
    X1_SQUARED("x1^2", "x\u2081\u00b2", (x1, x2) -> x1 * x1),
    /** x2 squared. */
    X2_SQUARED("x2^2", "x\u2082\u00b2", (x1, x2) -> x2 * x2),
    /** The product x1 x2. */
    X1_TIMES_X2("x1*x2", "x\u2081x\u2082", (x1, x2) -> x1 * x2),
    /** sin x1 (StrictMath: the same bits on every JIT tier and CPU). */
    SIN_X1("sin(x1)", "sin(x\u2081)", (x1, x2) -> StrictMath.sin(x1)),
    /** sin x2. */
    SIN_X2("sin(x2)", "sin(x\u2082)", (x1, x2) -> StrictMath.sin(x2));

    /** The default input layer: the two coordinates. */
    public static final List<Feature> DEFAULTS = List.of(X1, X2);

    private final String key;
    private final String label;
    private final DoubleBinaryOperator formula;

    Feature(String key, String label, DoubleBinaryOperator formula) {
        this.key = key;
        this.label = label;
        this.formula = formula;
    }

    /** The feature's value at the point (x1, x2). */
    @Override
    public double applyAsDouble(double x1, double x2) {
        return formula.applyAsDouble(x1, x2);
    }

    /** The name in experiment files and on the command line, e.g. {@code x1^2}. */
    public String key() {
        return key;
    }

    /** The name shown in the window, e.g. x₁². */
    public String label() {
        return label;
    }

    /** The key, so that code which knows a feature only as a function (the data package) names it as files do. */
    @Override
    public String toString() {
        return key;
    }

    /** The feature named {@code key} in files; an unknown name is an IllegalArgumentException listing the names. */
    public static Feature fromKey(String key) {
        for (Feature f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + key + "' (expected x1, x2, x1^2, x2^2, x1*x2, "
                + "sin(x1) or sin(x2))");
    }
}
