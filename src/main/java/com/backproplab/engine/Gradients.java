package com.backproplab.engine;

/** dW[l] and db[l] of one backward pass, same shapes as the network's parameters. */
public final class Gradients {
    /** dJ/dW[l] for l = 1..L (row-major n[l] x n[l-1]), L2 term included. */
    final double[][] dw;
    /** dJ/db[l] for l = 1..L. */
    final double[][] db;

    Gradients(int[] sizes) {
        int layers = sizes.length - 1;
        dw = new double[layers + 1][];
        db = new double[layers + 1][];
        for (int l = 1; l <= layers; l++) {
            dw[l] = new double[sizes[l] * sizes[l - 1]];
            db[l] = new double[sizes[l]];
        }
    }

    /** dW[l] as a flat row-major copy. */
    public double[] weightGradient(int l) {
        return dw[l].clone();
    }

    /** db[l] (a copy). */
    public double[] biasGradient(int l) {
        return db[l].clone();
    }

    /** Flattens in the same order as the network's theta (W then b of each layer). */
    double[] flatten() {
        int count = 0;
        for (int l = 1; l < dw.length; l++) {
            count += dw[l].length + db[l].length;
        }
        double[] d = new double[count];
        int o = 0;
        for (int l = 1; l < dw.length; l++) {
            System.arraycopy(dw[l], 0, d, o, dw[l].length);
            o += dw[l].length;
            System.arraycopy(db[l], 0, d, o, db[l].length);
            o += db[l].length;
        }
        return d;
    }
}
