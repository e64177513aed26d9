package com.backproplab.engine;

/**
 * The dense matrix operations of a layer on flat row-major {@code double[]} in the course's column-per-example
 * layout: a matrix with r rows and m examples stores example j of row i at {@code i*m + j}. Each is one call of
 * {@link MatrixProduct}, whose vectors run along the batch or the units (FMA over the widest vectors the CPU has).
 * Nothing here allocates once compiled.
 */
final class Kernels {
    private Kernels() {
    }

    /** Z (n x m) = W (n x k) A (k x m) + b, b broadcast over columns. */
    static void affine(double[] w, double[] b, int n, int k, double[] a, int m, double[] z) {
        MatrixProduct.product(w, k, 1, n, k, a, m, b, 1.0, z);
    }

    /** dA (k x m) = W^T (W is n x k) dZ (n x m). */
    static void backpropagate(double[] w, double[] dz, int n, int k, int m, double[] da) {
        MatrixProduct.product(w, 1, k, k, n, dz, m, null, 1.0, da);
    }

    /**
     * dW (n x k) = scale * dZ (n x m) A^T (A is k x m); db (n) = scale * row sums of dZ. Each dW(i, p) is one FMA
     * chain over the examples in their order: the same bits whatever the vector width, the JIT tier or the CPU (no
     * lanes are ever added across; see docs/math.md, "Bit-exact results"). A is first transposed into {@code at} (at
     * least k*m long), so that the product kernel's vectors run along A^T's rows; with n = 1, dW^T = A dZ^T is
     * computed instead, the same chains with no transpose.
     */
    static void weightGradient(double[] dz, double[] a, int n, int k, int m, double scale, double[] dw, double[] db,
                               double[] at) {
        for (int i = 0; i < n; i++) {
            db[i] = Sums.sum(dz, i * m, m) * scale;
        }
        if (n == 1) {
            // dW^T (k x 1) has dW's layout, and fma(a, d, s) = fma(d, a, s): the same chains, no transpose.
            MatrixProduct.product(a, m, 1, k, m, dz, 1, null, scale, dw);
            return;
        }
        transpose(a, k, m, at);
        MatrixProduct.product(dz, m, 1, n, m, at, k, null, scale, dw);
    }

    /** t (m x k) = x^T, x being k x m; eight rows of x at a time, so each pass writes a cache line of t. */
    private static void transpose(double[] x, int k, int m, double[] t) {
        int p = 0;
        for (; p + 7 < k; p += 8) {
            int x0 = p * m;
            for (int j = 0, o = p; j < m; j++, o += k) {
                int xj = x0 + j;
                t[o] = x[xj];
                t[o + 1] = x[xj + m];
                t[o + 2] = x[xj + 2 * m];
                t[o + 3] = x[xj + 3 * m];
                t[o + 4] = x[xj + 4 * m];
                t[o + 5] = x[xj + 5 * m];
                t[o + 6] = x[xj + 6 * m];
                t[o + 7] = x[xj + 7 * m];
            }
        }
        for (; p < k; p++) {
            int xo = p * m;
            for (int j = 0, o = p; j < m; j++, o += k) {
                t[o] = x[xo + j];
            }
        }
    }
}
