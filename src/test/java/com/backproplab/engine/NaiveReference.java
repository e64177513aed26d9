package com.backproplab.engine;

/** The course's formulas written the plain way, with 2D arrays: an independent reference for the kernels. */
final class NaiveReference {
    final double[][][] dw;
    final double[][] db;
    final double cost;

    NaiveReference(Network net, Points p, double lambda) {
        int layers = net.layers(), m = p.size();
        double[][][] a = new double[layers + 1][][];
        double[][][] z = new double[layers + 1][][];
        a[0] = new double[][] {p.x1.clone(), p.x2.clone()};
        for (int l = 1; l <= layers; l++) {
            int n = net.units(l), k = net.units(l - 1);
            z[l] = new double[n][m];
            a[l] = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double s = net.b[l][i];
                    for (int q = 0; q < k; q++) {
                        s += net.weight(l, i, q) * a[l - 1][q][j];
                    }
                    z[l][i][j] = s;
                    a[l][i][j] = l == layers ? 1 / (1 + Math.exp(-s)) : g(net.activation(), s);
                }
            }
        }
        double sum = 0, sq = 0;
        for (int j = 0; j < m; j++) {
            double yh = a[layers][0][j];
            sum += -(p.y[j] * Math.log(yh) + (1 - p.y[j]) * Math.log(1 - yh));
        }
        for (int l = 1; l <= layers; l++) {
            for (double v : net.w[l]) {
                sq += v * v;
            }
        }
        cost = sum / m + lambda / (2.0 * m) * sq;

        dw = new double[layers + 1][][];
        db = new double[layers + 1][];
        double[][] dz = new double[1][m];
        for (int j = 0; j < m; j++) {
            dz[0][j] = a[layers][0][j] - p.y[j];
        }
        for (int l = layers; l >= 1; l--) {
            int n = net.units(l), k = net.units(l - 1);
            dw[l] = new double[n][k];
            db[l] = new double[n];
            for (int i = 0; i < n; i++) {
                for (int q = 0; q < k; q++) {
                    double s = 0;
                    for (int j = 0; j < m; j++) {
                        s += dz[i][j] * a[l - 1][q][j];
                    }
                    dw[l][i][q] = s / m + lambda / m * net.weight(l, i, q);
                }
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += dz[i][j];
                }
                db[l][i] = s / m;
            }
            if (l > 1) {
                double[][] next = new double[k][m];
                for (int q = 0; q < k; q++) {
                    for (int j = 0; j < m; j++) {
                        double da = 0;
                        for (int i = 0; i < n; i++) {
                            da += net.weight(l, i, q) * dz[i][j];
                        }
                        next[q][j] = da * gPrime(net.activation(), z[l - 1][q][j], a[l - 1][q][j]);
                    }
                }
                dz = next;
            }
        }
    }

    static double g(Activation act, double z) {
        switch (act) {
            case SIGMOID: return 1 / (1 + Math.exp(-z));
            case TANH: return Math.tanh(z);
            case RELU: return Math.max(0, z);
            case LEAKY_RELU: return Math.max(0.01 * z, z);
            default: return z;
        }
    }

    static double gPrime(Activation act, double z, double a) {
        switch (act) {
            case SIGMOID: return a * (1 - a);
            case TANH: return 1 - a * a;
            case RELU: return z < 0 ? 0 : 1;
            case LEAKY_RELU: return z < 0 ? 0.01 : 1;
            default: return 1;
        }
    }
}
