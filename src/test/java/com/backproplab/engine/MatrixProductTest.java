package com.backproplab.engine;

import static com.backproplab.engine.SameBits.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The product kernel's loops (five-row blocks on AVX-512, four-row blocks, single rows, vectors of four, two and one,
 * narrow scalar columns) each compute an entry as the same FMA chain: every shape gives the bits of a plain loop,
 * with the vectors on and off (docs/math.md, "Bit-exact results").
 */
class MatrixProductTest {
    @Property(tries = 300)
    void sameBitsAsOneChainPerEntry(@ForAll @IntRange(min = 1, max = 15) int r, @ForAll @IntRange(min = 1, max = 9) int q,
                                    @ForAll @IntRange(min = 1, max = 75) int m, @ForAll boolean transposed,
                                    @ForAll boolean withBias, @ForAll @IntRange(min = 0, max = 2) int scaleKind,
                                    @ForAll long seed) {
        Rng rng = new Rng(seed);
        double[] mat = random(rng, r * q);
        double[] bm = random(rng, q * m);
        double[] bias = withBias ? random(rng, r) : null;
        double scale = new double[] {1.0, 1.0 / 64, 1.0 / 10}[scaleKind];
        // M(i, p) = mat[i*rs + p*cs]: W itself (rows contiguous), or W^T read from a q x r matrix.
        int rs = transposed ? 1 : q;
        int cs = transposed ? r : 1;
        double[] expected = new double[r * m];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                double s = bias == null ? 0 : bias[i];
                for (int p = 0; p < q; p++) {
                    s = Math.fma(bm[p * m + j], mat[i * rs + p * cs], s);
                }
                expected[i * m + j] = s * scale;
            }
        }
        double[] vectors = new double[r * m];
        MatrixProduct.product(mat, rs, cs, r, q, bm, m, bias, scale, vectors);
        assertSameBits(expected, vectors, "vectors on, r=" + r + " q=" + q + " m=" + m);
        double[] scalar = new double[r * m];
        Vectors.setEnabled(false);
        try {
            MatrixProduct.product(mat, rs, cs, r, q, bm, m, bias, scale, scalar);
        } finally {
            Vectors.setEnabled(true);
        }
        assertSameBits(expected, scalar, "vectors off, r=" + r + " q=" + q + " m=" + m);
    }

    @Example
    void fiveRowBlocksLeaveRowsInFours() {
        // 64 units: twelve blocks of five and one of four; 8 and 16 units stay in fours, as before the five-row block.
        assertEquals(12, MatrixProduct.fiveRowBlocks(64));
        assertEquals(0, MatrixProduct.fiveRowBlocks(8));
        assertEquals(0, MatrixProduct.fiveRowBlocks(16));
        assertEquals(1, MatrixProduct.fiveRowBlocks(9));
        assertEquals(1, MatrixProduct.fiveRowBlocks(6));
    }

    private static double[] random(Rng rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() * 2 - 1;
        }
        return x;
    }
}
