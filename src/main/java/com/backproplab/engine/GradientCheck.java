package com.backproplab.engine;

import java.util.Locale;

/**
 * Gradient checking (docs/math.md, Gradient checking): two-sided differences with eps = 1e-7 over every parameter
 * of theta, compared with backprop's dtheta by ||approx - dtheta|| / (||approx|| + ||dtheta||). Full batch, dropout
 * off, L2 and L1 included (L1's kink at 0 is a subgradient: check it away from 0), either problem's cost. At a
 * stationary point, where both norms are within the rounding noise of the two-sided difference, that ratio is
 * undefined (noise over noise): the result says so and keeps the absolute difference.
 */
public final class GradientCheck {
    /** The eps of the two-sided difference. */
    public static final double EPSILON = 1e-7;
    /** Below this the gradient is right. */
    public static final double GREAT = 1e-7;
    /** Above this there is likely a bug. */
    public static final double SUSPICIOUS = 1e-5;
    /**
     * Rounding noise of one two-sided difference, in units of ulp(max(|J|, 1)) / (2 eps): J+ - J- is off by about
     * one ulp (measured: exactly 1 at zero init, where J is 0.69), and a cost summed over many examples a few more.
     */
    static final double NOISE_ULPS = 64;

    private GradientCheck() {
    }

    /** Told after each parameter; it may throw (an unchecked exception) to stop a long check. */
    public interface Progress {
        void checked(int done, int total);
    }

    /**
     * The outcome of a check.
     *
     * @param difference the relative difference, NaN at a stationary point (where it is undefined)
     * @param parameters how many parameters were perturbed
     * @param absolute ||approx - dtheta||
     * @param approxNorm ||approx||, the numerical gradient's norm
     * @param gradNorm ||dtheta||, backprop's gradient's norm
     * @param noise the norm below which a gradient cannot be told from rounding noise
     */
    public record Result(double difference, int parameters, double absolute, double approxNorm, double gradNorm,
                         double noise) {
        /** Both gradients are about zero: the relative difference is undefined and backprop cannot be judged. */
        public boolean stationary() {
            return Double.isNaN(difference);
        }

        /** Passed: the difference is below {@link #GREAT}, or nothing disagrees at a stationary point. */
        public boolean passed() {
            return stationary() ? absolute < GREAT : difference < GREAT;
        }

        /** The course's reading of the difference. */
        public String verdict() {
            if (stationary()) {
                return String.format(Locale.ROOT, "stationary point: every gradient is about zero (backprop %.2g,"
                        + " numerical %.2g), so the relative difference is undefined; absolute difference %.2g."
                        + " Backprop cannot be judged at this point: check again after a few steps or from random weights",
                        gradNorm, approxNorm, absolute);
            }
            if (difference < GREAT) {
                return "great: backpropagation agrees with the numerical gradient";
            }
            if (difference > SUSPICIOUS) {
                return "likely a bug: backpropagation disagrees with the numerical gradient";
            }
            return "borderline: check again with care";
        }
    }

    /** A backward pass to check: fills {@code g} with dtheta of J (L2 lambda included) after a forward pass. */
    interface Backward {
        void gradients(Network net, Workspace ws, int m, double lambda, Gradients g);
    }

    /** The backward pass training uses, dropout off. */
    static final Backward BACKPROP = (net, ws, m, lambda, g) -> Backprop.backward(net, ws, m, 1.0, lambda, g);

    /** Checks the gradient of J at the network's current parameters on (x1, x2, y) with L2 lambda. */
    public static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda) {
        return check(network, new double[][] {x1, x2}, y, lambda, 0.0, Integer.MAX_VALUE, (done, total) -> { });
    }

    /**
     * As {@link #check(Network, double[], double[], double[], double)}, perturbing only every k-th parameter of
     * theta so that at most {@code maxParameters} are checked (each costs two forward passes over every example).
     */
    public static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda,
                               int maxParameters) {
        return check(network, new double[][] {x1, x2}, y, lambda, 0.0, maxParameters, (done, total) -> { });
    }

    /** As {@link #check(Network, double[], double[], double[], double)}, telling {@code progress} as it goes. */
    public static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda,
                               Progress progress) {
        return check(network, new double[][] {x1, x2}, y, lambda, 0.0, Integer.MAX_VALUE, progress);
    }

    /**
     * Checks the gradient of J (L2 lambda and L1 lambda1 included) at the network's current parameters on the inputs
     * {@code x} (one row per feature) and labels {@code y}, perturbing at most {@code maxParameters} parameters and
     * telling {@code progress} as it goes.
     */
    public static Result check(Network network, double[][] x, double[] y, double lambda, double lambda1,
                               int maxParameters, Progress progress) {
        Backward backward = (net, ws, m, l2, g) -> Backprop.backward(net, ws, m, 1.0, l2, lambda1, g);
        return check(network, x, y, lambda, lambda1, maxParameters, progress, backward);
    }

    /** As {@link #check(Network, double[], double[], double[], double, int)}, against the given backward pass. */
    static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda, int maxParameters,
                        Backward backward) {
        return check(network, new double[][] {x1, x2}, y, lambda, 0.0, maxParameters, (done, total) -> { }, backward);
    }

    static Result check(Network network, double[][] x, double[] y, double lambda, double lambda1,
                                int maxParameters, Progress progress, Backward backward) {
        int m = y.length;
        Network net = network.copy();
        Workspace ws = new Workspace(net.sizes(), Math.max(1, m), net.batchNorm());
        if (x.length != net.units(0)) {
            throw new IllegalArgumentException("the network has " + net.units(0) + " inputs, found " + x.length
                    + " feature rows");
        }
        for (int k = 0; k < x.length; k++) {
            System.arraycopy(x[k], 0, ws.act[0], k * m, m);
        }
        System.arraycopy(y, 0, ws.y, 0, m);
        Gradients g = new Gradients(net.sizes(), net.batchNorm());
        Backprop.forward(net, ws, m, 1.0, null);
        double cost = Backprop.cost(net, ws, m, lambda, lambda1);
        backward.gradients(net, ws, m, lambda, g);
        double[] grad = g.flatten();
        double[] theta = net.flatten();
        double num = 0, normApprox = 0, normGrad = 0;
        int stride = (int) Math.max(1, (theta.length + (long) maxParameters - 1) / Math.max(1, maxParameters));
        int total = (theta.length + stride - 1) / stride;
        int checked = 0;
        for (int i = 0; i < theta.length; i += stride, checked++) {
            double saved = theta[i];
            theta[i] = saved + EPSILON;
            double plus = cost(net, ws, theta, m, lambda, lambda1);
            theta[i] = saved - EPSILON;
            double minus = cost(net, ws, theta, m, lambda, lambda1);
            theta[i] = saved;
            double approx = (plus - minus) / (2 * EPSILON);
            double diff = approx - grad[i];
            num += diff * diff;
            normApprox += approx * approx;
            normGrad += grad[i] * grad[i];
            progress.checked(checked + 1, total);
        }
        // the noise of a norm over the perturbed parameters grows with the square root of their count
        double noise = Math.sqrt(checked) * NOISE_ULPS * Math.ulp(Math.max(1.0, Math.abs(cost)))
                / (2 * EPSILON);
        double a = Math.sqrt(normApprox), b = Math.sqrt(normGrad), absolute = Math.sqrt(num);
        boolean stationary = a <= noise && b <= noise;
        return new Result(stationary ? Double.NaN : absolute / (a + b), checked, absolute, a, b, noise);
    }

    private static double cost(Network net, Workspace ws, double[] theta, int m, double lambda, double lambda1) {
        net.unflatten(theta);
        Backprop.forward(net, ws, m, 1.0, null);
        return Backprop.cost(net, ws, m, lambda, lambda1);
    }
}
