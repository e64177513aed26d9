package com.backproplab.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * How a point's raw coordinates (x1, x2) become the network's input column, the one place that does it for
 * training, evaluation, the boundary grid and rendered PNGs: each feature is computed from the raw coordinates,
 * then standardized, (f - mu) / sigma, with the mean and population deviation of that feature over the
 * <b>training</b> set (mu 0 and sigma 1 when normalization is off). A feature is any function of (x1, x2) (the
 * engine's {@code Feature}s); its {@code toString()} names it in messages. Immutable.
 */
public final class InputMap {
    /** The two coordinates as they are: the inputs of a network without chosen features. */
    public static final List<DoubleBinaryOperator> COORDINATES = List.of(new Named("x1", (a, b) -> a),
            new Named("x2", (a, b) -> b));
    private static final InputMap COORDINATES_AS_GIVEN = identity(COORDINATES);

    private final List<DoubleBinaryOperator> features;
    private final double[] mu;
    private final double[] sigma;

    private InputMap(List<? extends DoubleBinaryOperator> features, double[] mu, double[] sigma) {
        this.features = List.copyOf(features);
        this.mu = mu;
        this.sigma = sigma;
    }

    /** The features unstandardized (mu 0, sigma 1). */
    public static InputMap identity(List<? extends DoubleBinaryOperator> features) {
        double[] zero = new double[features.size()];
        double[] one = new double[features.size()];
        Arrays.fill(one, 1.0);
        return new InputMap(features, zero, one);
    }

    /** x1 and x2 as they are. */
    public static InputMap coordinates() {
        return COORDINATES_AS_GIVEN;
    }

    /**
     * The features, standardized with their statistics over {@code train} when {@code normalize} (an empty training
     * set standardizes nothing). Throws an IllegalArgumentException, naming the feature, when a feature's value or
     * its spread over the training set is not finite.
     */
    public static InputMap of(List<? extends DoubleBinaryOperator> features, Dataset train, boolean normalize) {
        InputMap plain = identity(features);
        int m = train.size();
        if (!normalize || m == 0) {
            return plain;
        }
        double[][] cols = plain.columns(train);
        double[] mu = new double[features.size()];
        double[] sigma = new double[features.size()];
        for (int k = 0; k < mu.length; k++) {
            mu[k] = Normalization.mean(cols[k]);
            sigma[k] = Normalization.deviation(cols[k], mu[k]);
            if (!Double.isFinite(mu[k]) || !Double.isFinite(sigma[k])) {
                throw new IllegalArgumentException("The spread of " + features.get(k) + " over the training points"
                        + " does not fit in a double.");
            }
        }
        return new InputMap(features, mu, sigma);
    }

    /** n[0]: how many inputs the network gets. */
    public int width() {
        return features.size();
    }

    /** mu of feature k (0 when not standardized). */
    public double mean(int k) {
        return mu[k];
    }

    /** sigma of feature k (1 when not standardized, and when the feature is constant over the training set). */
    public double deviation(int k) {
        return sigma[k];
    }

    /** Input k of the point (x1, x2): feature k, standardized. */
    public double input(int k, double x1, double x2) {
        return (features.get(k).applyAsDouble(x1, x2) - mu[k]) / sigma[k];
    }

    /** The inputs of {@code count} points: row k holds input k of every point. */
    public double[][] columns(double[] x1, double[] x2, int count) {
        double[][] out = new double[features.size()][count];
        for (int k = 0; k < out.length; k++) {
            double[] row = out[k];
            DoubleBinaryOperator f = features.get(k);
            double m = mu[k], s = sigma[k];
            for (int i = 0; i < count; i++) {
                row[i] = (f.applyAsDouble(x1[i], x2[i]) - m) / s;
            }
        }
        return out;
    }

    /** The inputs of every point of {@code d}, one row per input. */
    public double[][] columns(Dataset d) {
        return columns(d.x1Copy(), d.x2Copy(), d.size());
    }

    /**
     * The index of the first point of {@code d} with an input that is not finite (a feature that overflows, or a
     * point far outside the training set's spread), or -1.
     */
    public int firstNonFinite(Dataset d) {
        for (int i = 0; i < d.size(); i++) {
            for (int k = 0; k < features.size(); k++) {
                if (!Double.isFinite(input(k, d.x1(i), d.x2(i)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The name of the first input that is not finite at the point (x1, x2), or null. */
    public String nonFiniteFeature(double x1, double x2) {
        for (int k = 0; k < features.size(); k++) {
            if (!Double.isFinite(input(k, x1, x2))) {
                return features.get(k).toString();
            }
        }
        return null;
    }

    /** A function with a name, for messages. */
    private record Named(String name, DoubleBinaryOperator f) implements DoubleBinaryOperator {
        @Override
        public double applyAsDouble(double a, double b) {
            return f.applyAsDouble(a, b);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
