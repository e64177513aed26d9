package com.backproplab.engine;

import java.util.Locale;

/**
 * Hidden-layer activation g and its derivative g' (docs/math.md, Activations), each constant with its own scalar
 * and array forms, so a new activation cannot compile without all four.
 */
public enum Activation {
    /** g(z) = 1/(1+e^-z), g' = a(1-a). */
    SIGMOID("sigmoid") {
        @Override
        public double apply(double z) {
            return sigmoid(z);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1.0 - a);
        }

        @Override
        public void applyAll(double[] z, double[] a, int n) {
            VectorMath.sigmoid(z, a, n);
        }

        @Override
        public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
            for (int i = 0; i < n; i++) {
                double v = a[i];
                dz[i] = da[i] * v * (1.0 - v);
            }
        }
    },
    /** g(z) = tanh z, g' = 1-a^2. */
    TANH("tanh") {
        @Override
        public double apply(double z) {
            return ExactMath.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0 - a * a;
        }

        @Override
        public void applyAll(double[] z, double[] a, int n) {
            VectorMath.tanh(z, a, n);
        }

        @Override
        public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
            for (int i = 0; i < n; i++) {
                double v = a[i];
                dz[i] = da[i] * (1.0 - v * v);
            }
        }
    },
    /** g(z) = max(0,z), g' = 0 for z<0, 1 for z>=0. */
    RELU("relu") {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a) {
            return z >= 0 ? 1.0 : 0.0;
        }

        @Override
        public void applyAll(double[] z, double[] a, int n) {
            VectorMath.relu(z, a, n);
        }

        @Override
        public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
            VectorMath.reluBackward(da, z, dz, n, 0.0);
        }
    },
    /** g(z) = max(0.01z, z), g' = 0.01 for z<0, 1 for z>=0. */
    LEAKY_RELU("leaky_relu") {
        @Override
        public double apply(double z) {
            return z >= 0 ? z : LEAK * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z >= 0 ? 1.0 : LEAK;
        }

        @Override
        public void applyAll(double[] z, double[] a, int n) {
            for (int i = 0; i < n; i++) {
                double v = z[i];
                a[i] = v >= 0 ? v : LEAK * v;
            }
        }

        @Override
        public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
            VectorMath.reluBackward(da, z, dz, n, LEAK);
        }
    },
    /** g(z) = z, g' = 1: a deep linear net is one linear map. */
    LINEAR("linear") {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }

        @Override
        public void applyAll(double[] z, double[] a, int n) {
            System.arraycopy(z, 0, a, 0, n);
        }

        @Override
        public void backward(double[] da, double[] z, double[] a, double[] dz, int n) {
            if (dz != da) {
                System.arraycopy(da, 0, dz, 0, n);
            }
        }
    };

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
        return ExactMath.sigmoid(z);
    }

    /** a = g(z) for one value. */
    public abstract double apply(double z);

    /** g'(z) written with a = g(z), as the course does. */
    public abstract double derivative(double z, double a);

    /** a[0..n) = g(z[0..n)); one tight loop per activation so the JIT can compile it branch-free. */
    public abstract void applyAll(double[] z, double[] a, int n);

    /** dz[i] = da[i] * g'(z[i]) for i in [0, n), in place on {@code dz} allowed when dz == da. */
    public abstract void backward(double[] da, double[] z, double[] a, double[] dz, int n);
}
