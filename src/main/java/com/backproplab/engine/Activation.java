package com.backproplab.engine;

import java.util.Locale;

/** Hidden-layer activation g and its derivative g', as tabulated in COURSE.md. */
public enum Activation {
    /** g(z) = 1/(1+e^-z), g' = a(1-a). */
    SIGMOID("sigmoid"),
    /** g(z) = tanh z, g' = 1-a^2. */
    TANH("tanh"),
    /** g(z) = max(0,z), g' = 0 for z<0, 1 for z>=0. */
    RELU("relu"),
    /** g(z) = max(0.01z, z), g' = 0.01 for z<0, 1 for z>=0. */
    LEAKY_RELU("leaky_relu"),
    /** g(z) = z, g' = 1: a deep linear net is one linear map. */
    LINEAR("linear");

    /** Slope of leaky ReLU for negative z. */
    public static final double LEAK = 0.01;

    private final String key;

    Activation(String key) {
        this.key = key;
    }

    /** The name used in experiment files and on the command line. */
    public String key() {
        return key;
    }

    /** Parses a key such as {@code leaky_relu}; throws IllegalArgumentException naming the choices. */
    public static Activation fromKey(String key) {
        for (Activation a : values()) {
            if (a.key.equals(key.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + key
                + "' (expected sigmoid, tanh, relu, leaky_relu or linear)");
    }

    /** Numerically stable logistic function. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** a = g(z) for one value. */
    public double apply(double z) {
        switch (this) {
            case SIGMOID: return sigmoid(z);
            case TANH: return Math.tanh(z);
            case RELU: return z > 0 ? z : 0.0;
            case LEAKY_RELU: return z >= 0 ? z : LEAK * z;
            default: return z;
        }
    }

    /** g'(z) written with a = g(z), as the course does. */
    public double derivative(double z, double a) {
        switch (this) {
            case SIGMOID: return a * (1.0 - a);
            case TANH: return 1.0 - a * a;
            case RELU: return z >= 0 ? 1.0 : 0.0;
            case LEAKY_RELU: return z >= 0 ? 1.0 : LEAK;
            default: return 1.0;
        }
    }

    /** a[0..n) = g(z[0..n)); one tight loop per activation so the JIT can compile it branch-free. */
    public void applyAll(double[] z, double[] a, int n) {
        switch (this) {
            case SIGMOID:
                VectorMath.sigmoid(z, a, n);
                break;
            case TANH:
                VectorMath.tanh(z, a, n);
                break;
            case RELU:
                VectorMath.relu(z, a, n);
                break;
            case LEAKY_RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[i];
                    a[i] = v >= 0 ? v : LEAK * v;
                }
                break;
            default:
                System.arraycopy(z, 0, a, 0, n);
        }
    }

    /** dz[i] = da[i] * g'(z[i]) for i in [0, n), in place on {@code dz} allowed when dz == da. */
    public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
        switch (this) {
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    double v = a[i];
                    dz[i] = da[i] * v * (1.0 - v);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    double v = a[i];
                    dz[i] = da[i] * (1.0 - v * v);
                }
                break;
            case RELU:
                VectorMath.reluBackward(da, z, dz, n, 0.0);
                break;
            case LEAKY_RELU:
                VectorMath.reluBackward(da, z, dz, n, LEAK);
                break;
            default:
                if (dz != da) {
                    System.arraycopy(da, 0, dz, 0, n);
                }
        }
    }
}
