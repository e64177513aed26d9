package com.backproplab.engine;

/**
 * Gradient checking (docs/math.md, Gradient check): two-sided differences with eps = 1e-7 over every parameter of
 * theta, compared with backprop's dtheta by ||approx - dtheta|| / (||approx|| + ||dtheta||). Full batch, dropout
 * off, L2 included.
 */
public final class GradientCheck {
    /** The eps of the two-sided difference. */
    public static final double EPSILON = 1e-7;
    /** Below this the gradient is right. */
    public static final double GREAT = 1e-7;
    /** Above this there is likely a bug. */
    public static final double SUSPICIOUS = 1e-5;

    private GradientCheck() {
    }

    /**
     * The outcome of a check.
     *
     * @param difference the relative difference
     * @param parameters how many parameters were perturbed
     */
    public record Result(double difference, int parameters) {
        /** The course's reading of the difference. */
        public String verdict() {
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
        return check(network, x1, x2, y, lambda, Integer.MAX_VALUE, BACKPROP);
    }

    /**
     * As {@link #check(Network, double[], double[], double[], double)}, perturbing only every k-th parameter of
     * theta so that at most {@code maxParameters} are checked (each costs two forward passes over every example).
     */
    public static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda,
                               int maxParameters) {
        return check(network, x1, x2, y, lambda, maxParameters, BACKPROP);
    }

    /** As {@link #check(Network, double[], double[], double[], double, int)}, against the given backward pass. */
    static Result check(Network network, double[] x1, double[] x2, double[] y, double lambda, int maxParameters,
                        Backward backward) {
        int m = y.length;
        Network net = network.copy();
        Workspace ws = new Workspace(net.sizes(), Math.max(1, m), net.batchNorm());
        System.arraycopy(x1, 0, ws.act[0], 0, m);
        System.arraycopy(x2, 0, ws.act[0], m, m);
        System.arraycopy(y, 0, ws.y, 0, m);
        Gradients g = new Gradients(net.sizes(), net.batchNorm());
        Backprop.forward(net, ws, m, 1.0, null);
        backward.gradients(net, ws, m, lambda, g);
        double[] grad = g.flatten();
        double[] theta = net.flatten();
        double num = 0, normApprox = 0, normGrad = 0;
        int stride = (int) Math.max(1, (theta.length + (long) maxParameters - 1) / Math.max(1, maxParameters));
        int checked = 0;
        for (int i = 0; i < theta.length; i += stride, checked++) {
            double saved = theta[i];
            theta[i] = saved + EPSILON;
            double plus = cost(net, ws, theta, m, lambda);
            theta[i] = saved - EPSILON;
            double minus = cost(net, ws, theta, m, lambda);
            theta[i] = saved;
            double approx = (plus - minus) / (2 * EPSILON);
            double diff = approx - grad[i];
            num += diff * diff;
            normApprox += approx * approx;
            normGrad += grad[i] * grad[i];
        }
        double denom = Math.sqrt(normApprox) + Math.sqrt(normGrad);
        double difference = denom == 0 ? 0.0 : Math.sqrt(num) / denom;
        return new Result(difference, checked);
    }

    private static double cost(Network net, Workspace ws, double[] theta, int m, double lambda) {
        net.unflatten(theta);
        Backprop.forward(net, ws, m, 1.0, null);
        return Backprop.cost(net, ws, m, lambda);
    }
}
