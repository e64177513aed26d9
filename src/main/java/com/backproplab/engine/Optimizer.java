package com.backproplab.engine;

/**
 * An update rule with its state (moment estimates and the step counter t). Lifecycle: created for a network
 * shape by {@link #create}, then {@link #update} once per step; hyperparameters are read at every update, so they
 * can change between steps without losing the state. See docs/math.md, Optimizers.
 */
public abstract class Optimizer {
    /** First moments v (momentum, Adam) of each parameter block (see {@link Theta}); null when the rule has none. */
    final double[][] v;
    /** Second moments s (RMSprop, Adam) of each parameter block; null when the rule has none. */
    final double[][] s;
    private final int layers;
    private final boolean batchNorm;
    /** The layer of each block that holds a W, 0 for the others: its update is reported per layer. */
    private final int[] weightLayer;
    /** Updates applied so far; Adam's bias correction uses t + 1 for the next one. */
    long t;
    /** The learning rate and hyperparameters of the last update, from which {@link #updateSquares} recomputes it. */
    private double lastAlpha;
    private TrainingConfig lastConfig;
    /**
     * The changes of the block being measured, summed by {@link Sums#sumSquares} in its fixed order (a vector
     * accumulator would sum in an order that depends on the CPU's vector width).
     */
    final double[] deltas;

    Optimizer(int[] sizes, boolean batchNorm, boolean first, boolean second) {
        this.layers = sizes.length - 1;
        this.batchNorm = batchNorm;
        v = first ? Theta.allocate(sizes, batchNorm) : null;
        s = second ? Theta.allocate(sizes, batchNorm) : null;
        weightLayer = Theta.weightLayers(layers, batchNorm);
        int largest = 0;
        for (double[] block : Theta.allocate(sizes, batchNorm)) {
            largest = Math.max(largest, block.length);
        }
        deltas = new double[largest];
    }

    /** A fresh optimizer of the given kind for a network with layer sizes {@code sizes}, no batch norm. */
    public static Optimizer create(OptimizerKind kind, int[] sizes) {
        return create(kind, sizes, false);
    }

    /** A fresh optimizer of the given kind for a network with layer sizes {@code sizes}. */
    public static Optimizer create(OptimizerKind kind, int[] sizes, boolean batchNorm) {
        return switch (kind) {
            case GD -> new GradientDescent(sizes, batchNorm);
            case MOMENTUM -> new Momentum(sizes, batchNorm);
            case RMSPROP -> new RmsProp(sizes, batchNorm);
            case ADAM -> new Adam(sizes, batchNorm);
        };
    }

    /** Which rule this is. */
    public abstract OptimizerKind kind();

    /** Updates applied so far. */
    public long stepCount() {
        return t;
    }

    /** Applies one update to every parameter block. */
    public final void update(Network net, Gradients g, double alpha, TrainingConfig hp) {
        t++;
        lastAlpha = alpha;
        lastConfig = hp;
        begin(alpha, hp);
        double[][] p = net.blocks, d = g.blocks;
        for (int k = 0; k < p.length; k++) {
            apply(p[k], d[k], v == null ? null : v[k], s == null ? null : s[k], alpha, hp);
        }
    }

    /**
     * Writes ||delta W[l]||_F^2 of the last {@link #update} into {@code out[l]}, l = 1..L, from the gradients
     * {@code g} it was given and the state it left: the same operations as the update, so the same bits. Only
     * diagnostics read it, so a training step does not pay for it (call it before anything changes g or the state).
     */
    public final void updateSquares(Gradients g, double[] out) {
        double[][] d = g.blocks;
        for (int k = 0; k < d.length; k++) {
            int l = weightLayer[k];
            if (l > 0) {
                out[l] = updateSquare(d[k], v == null ? null : v[k], s == null ? null : s[k], lastAlpha, lastConfig);
            }
        }
    }

    /** Entry {@code index} of block {@code block} starts at rest: its first moment v is 0 (see {@link ParameterEdit}). */
    void rest(int block, int index) {
        if (v != null) {
            v[block][index] = 0.0;
        }
    }

    /** Called once at the start of each update, with t already counting it: per-update factors go here. */
    void begin(double alpha, TrainingConfig hp) {
    }

    /** Updates p from its gradient d (and state v, s). */
    abstract void apply(double[] p, double[] d, double[] v, double[] s, double alpha, TrainingConfig hp);

    /** The sum of squared changes that {@link #apply} just made to a block, from its d and the v, s it left. */
    abstract double updateSquare(double[] d, double[] v, double[] s, double alpha, TrainingConfig hp);

    /** The state, copied: t and the moments by layer l (null where the rule has none). */
    public OptimizerState state() {
        double[][] vc = copy(v), sc = copy(s);
        return new OptimizerState(kind(), t, byLayer(vc, Theta.W), byLayer(vc, Theta.B), byLayer(sc, Theta.W),
                byLayer(sc, Theta.B), byLayer(vc, Theta.GAMMA), byLayer(vc, Theta.BETA), byLayer(sc, Theta.GAMMA),
                byLayer(sc, Theta.BETA));
    }

    /** Restores a state saved by {@link #state()}; shapes must match. */
    public void restore(OptimizerState state) {
        if (state.kind() != kind()) {
            throw new IllegalArgumentException("optimizer state is for " + state.kind().key() + ", not "
                    + kind().key());
        }
        t = state.t();
        into(state.vw(), byLayer(v, Theta.W), "v of W");
        into(state.vb(), byLayer(v, Theta.B), "v of b");
        into(state.sw(), byLayer(s, Theta.W), "s of W");
        into(state.sb(), byLayer(s, Theta.B), "s of b");
        into(state.vGamma(), byLayer(v, Theta.GAMMA), "v of gamma");
        into(state.vBeta(), byLayer(v, Theta.BETA), "v of beta");
        into(state.sGamma(), byLayer(s, Theta.GAMMA), "s of gamma");
        into(state.sBeta(), byLayer(s, Theta.BETA), "s of beta");
    }

    private double[][] byLayer(double[][] moments, int role) {
        return Theta.byLayer(moments, role, layers, batchNorm);
    }

    private static double[][] copy(double[][] blocks) {
        if (blocks == null) {
            return null;
        }
        double[][] c = new double[blocks.length][];
        for (int k = 0; k < blocks.length; k++) {
            c[k] = blocks[k].clone();
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
