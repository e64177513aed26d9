package com.backproplab.engine;

/**
 * A user's edit of one learned number of a network in training (docs/math.md, "Editing a parameter"): a weight
 * W[l]_ij, or the bias of unit i of layer l, which is beta[l]_i on a batch-normalized hidden layer (b[l] is unused
 * there, beta takes its role). The optimizer's state stays consistent: the edited parameter starts at rest, its first
 * moment v (momentum, Adam) set to 0 so the next updates do not carry it off along the old value's path; its second
 * moment s (RMSprop, Adam), a running scale of its gradient, is kept, so its step size does not jump; the step
 * counter t, shared by all parameters, is kept. Call it on the thread that drives the learner.
 */
public final class ParameterEdit {
    private ParameterEdit() {
    }

    /** Sets W[l]_ij, from unit j of layer l-1 to unit i of layer l, to {@code value}. */
    public static void weight(Learner learner, int l, int i, int j, double value) {
        Network net = learner.network();
        check(net, l, i, value);
        if (j < 0 || j >= net.units(l - 1)) {
            throw new IllegalArgumentException("layer " + (l - 1) + " has no unit " + j);
        }
        set(learner, Theta.first(l, net.batchNorm()) + Theta.W, i * net.units(l - 1) + j, value);
    }

    /** Sets the bias of unit i of layer l (beta[l]_i on a batch-normalized hidden layer) to {@code value}. */
    public static void bias(Learner learner, int l, int i, double value) {
        Network net = learner.network();
        check(net, l, i, value);
        set(learner, Theta.first(l, net.batchNorm()) + biasRole(net, l), i, value);
    }

    /** Whether the bias of layer l's units is beta (a batch-normalized hidden layer) rather than b. */
    public static boolean biasIsBeta(Network net, int l) {
        return biasRole(net, l) == Theta.BETA;
    }

    private static int biasRole(Network net, int l) {
        return net.batchNorm() && l < net.layers() ? Theta.BETA : Theta.B;
    }

    private static void check(Network net, int l, int i, double value) {
        if (l < 1 || l > net.layers() || i < 0 || i >= net.units(l)) {
            throw new IllegalArgumentException("the network has no unit " + i + " in layer " + l);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a parameter must be a finite number, found " + value);
        }
    }

    private static void set(Learner learner, int block, int index, double value) {
        learner.diagnose(); // the last step's diagnostics read the moments as that step left them
        learner.network().blocks[block][index] = value;
        learner.optimizer().rest(block, index);
    }
}
