package com.backproplab.engine;

/**
 * An update rule with its state (moment estimates and the step counter t). Lifecycle: created for a network
 * shape by {@link #create}, then {@link #update} once per step; hyperparameters are read at every update, so they
 * can change between steps without losing the state.
 */
public abstract class Optimizer {
    /** First moments v (momentum, Adam) of W[l] and b[l]; null when the rule has none. */
    final double[][] vw;
    final double[][] vb;
    /** Second moments s (RMSprop, Adam) of W[l] and b[l]; null when the rule has none. */
    final double[][] sw;
    final double[][] sb;
    /** Moments of batch norm's gamma[l] and beta[l]; null without batch norm or without that moment. */
    final double[][] vg;
    final double[][] vbe;
    final double[][] sg;
    final double[][] sbe;
    /** Updates applied so far; Adam's bias correction uses t + 1 for the next one. */
    long t;

    Optimizer(int[] sizes, boolean batchNorm, boolean first, boolean second) {
        vw = first ? shaped(sizes, true) : null;
        vb = first ? shaped(sizes, false) : null;
        sw = second ? shaped(sizes, true) : null;
        sb = second ? shaped(sizes, false) : null;
        vg = first && batchNorm ? hiddenShaped(sizes) : null;
        vbe = first && batchNorm ? hiddenShaped(sizes) : null;
        sg = second && batchNorm ? hiddenShaped(sizes) : null;
        sbe = second && batchNorm ? hiddenShaped(sizes) : null;
    }

    private static double[][] shaped(int[] sizes, boolean weights) {
        double[][] a = new double[sizes.length][];
        for (int l = 1; l < sizes.length; l++) {
            a[l] = new double[weights ? sizes[l] * sizes[l - 1] : sizes[l]];
        }
        return a;
    }

    /** One array per hidden layer (gamma and beta exist only there); the output layer's entry stays null. */
    private static double[][] hiddenShaped(int[] sizes) {
        double[][] a = new double[sizes.length][];
        for (int l = 1; l < sizes.length - 1; l++) {
            a[l] = new double[sizes[l]];
        }
        return a;
    }

    /** A fresh optimizer of the given kind for a network with layer sizes {@code sizes}, no batch norm. */
    public static Optimizer create(OptimizerKind kind, int[] sizes) {
        return create(kind, sizes, false);
    }

    /** A fresh optimizer of the given kind for a network with layer sizes {@code sizes}. */
    public static Optimizer create(OptimizerKind kind, int[] sizes, boolean batchNorm) {
        switch (kind) {
            case GD: return new GradientDescent(sizes, batchNorm);
            case MOMENTUM: return new Momentum(sizes, batchNorm);
            case RMSPROP: return new RmsProp(sizes, batchNorm);
            default: return new Adam(sizes, batchNorm);
        }
    }

    /** Which rule this is. */
    public abstract OptimizerKind kind();

    /** Updates applied so far. */
    public long stepCount() {
        return t;
    }

    /**
     * Applies one update to every W[l] and b[l]; writes ||delta W[l]||_F^2 into {@code updateSquares[l]}
     * when that array is not null.
     */
    public final void update(Network net, Gradients g, double alpha, TrainingConfig hp, double[] updateSquares) {
        t++;
        for (int l = 1; l <= net.layers(); l++) {
            double sq = apply(net.w[l], g.dw[l], vw == null ? null : vw[l], sw == null ? null : sw[l], alpha, hp);
            apply(net.b[l], g.db[l], vb == null ? null : vb[l], sb == null ? null : sb[l], alpha, hp);
            if (net.batchNorm && l < net.layers()) {
                apply(net.gamma[l], g.dgamma[l], vg == null ? null : vg[l], sg == null ? null : sg[l], alpha, hp);
                apply(net.beta[l], g.dbeta[l], vbe == null ? null : vbe[l], sbe == null ? null : sbe[l], alpha, hp);
            }
            if (updateSquares != null) {
                updateSquares[l] = sq;
            }
        }
    }

    /** Updates p from its gradient d (and state v, s); returns the sum of squared changes. */
    abstract double apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp);

    /** The state, copied: t and the moment arrays (null where the rule has none), indexed by layer l. */
    public OptimizerState state() {
        return new OptimizerState(kind(), t, copy(vw), copy(vb), copy(sw), copy(sb), copy(vg), copy(vbe), copy(sg),
                copy(sbe));
    }

    /** Restores a state saved by {@link #state()}; shapes must match. */
    public void restore(OptimizerState s) {
        if (s.kind() != kind()) {
            throw new IllegalArgumentException("optimizer state is for " + s.kind().key() + ", not " + kind().key());
        }
        t = s.t();
        into(s.vw(), vw, "v of W");
        into(s.vb(), vb, "v of b");
        into(s.sw(), sw, "s of W");
        into(s.sb(), sb, "s of b");
        into(s.vGamma(), vg, "v of gamma");
        into(s.vBeta(), vbe, "v of beta");
        into(s.sGamma(), sg, "s of gamma");
        into(s.sBeta(), sbe, "s of beta");
    }

    private static double[][] copy(double[][] a) {
        if (a == null) {
            return null;
        }
        double[][] c = new double[a.length][];
        for (int l = 1; l < a.length; l++) {
            c[l] = a[l] == null ? null : a[l].clone();
        }
        return c;
    }

    private static void into(double[][] from, double[][] to, String what) {
        if (to == null) {
            return;
        }
        if (from == null || from.length != to.length) {
            throw new IllegalArgumentException("optimizer state lacks " + what + " for " + (to.length - 1) + " layers");
        }
        for (int l = 1; l < to.length; l++) {
            if (to[l] == null) {
                continue;
            }
            if (from[l] == null || from[l].length != to[l].length) {
                throw new IllegalArgumentException("optimizer state " + what + " of layer " + l + " must have "
                        + to[l].length + " entries");
            }
            System.arraycopy(from[l], 0, to[l], 0, to[l].length);
        }
    }
}
