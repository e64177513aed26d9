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
        check(r, q, m, transposed, withBias, new double[] {1.0, 1.0 / 64, 1.0 / 10}[scaleKind], seed, false);
    }

    /**
     * Shapes random ones rarely reach: eight-row blocks of one or two columns past the first (r up to 65), the
     * five-row blocks' leftover columns, no columns at all; inputs with -0.0, infinities, huge and subnormal numbers.
     */
    @Example
    void sameBitsAtTheLoopsEdges() {
        long seed = 11;
        for (int r : new int[] {8, 16, 17, 24, 64, 65}) {
            for (int m : new int[] {0, 1, 2, 3, 33, 64, 75}) {
                for (int q : new int[] {1, 2, 7}) {
                    for (boolean transposed : new boolean[] {false, true}) {
                        check(r, q, m, transposed, true, 1.0 / 10, seed++, false);
                        check(r, q, m, transposed, false, 1.0, seed++, true);
                    }
                }
            }
        }
    }

    /**
     * FiveRows called directly, so that its block is checked on CPUs whose product does not use it (no AVX-512), in
     * each of its loops: M's rows contiguous (W), its columns contiguous (W^T), and neither (every other entry of a
     * wider matrix, which no caller passes today).
     */
    @Example
    void fiveRowBlockAtAnyVectorWidth() {
        int r = 5, q = 6, m = 4 * jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length() + 3;
        int[][] strides = {{q, 1}, {1, r}, {2 * q + 1, 2}};
        for (int[] stride : strides) {
            int rs = stride[0], cs = stride[1];
            Rng rng = new Rng(5 + rs);
            double[] mat = random(rng, (r - 1) * rs + (q - 1) * cs + 1, false);
            double[] bm = random(rng, q * m, false), bias = random(rng, r, false);
            double[] expected = plain(mat, rs, cs, r, q, bm, m, bias, 0.5);
            double[] c = new double[r * m];
            FiveRows.block(mat, rs, cs, 0, q, bm, m, bias, 0.5, c, 0);
            for (int i = 0; i < r; i++) {
                for (int j = 4 * jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length(); j < m; j++) {
                    c[i * m + j] = expected[i * m + j]; // beyond the block's panel, which it leaves alone
                }
            }
            assertSameBits(expected, c, "FiveRows.block, rs=" + rs + " cs=" + cs);
        }
    }

    private static void check(int r, int q, int m, boolean transposed, boolean withBias, double scale, long seed,
                              boolean special) {
        Rng rng = new Rng(seed);
        double[] mat = random(rng, r * q, special);
        double[] bm = random(rng, q * m, special);
        double[] bias = withBias ? random(rng, r, special) : null;
        // M(i, p) = mat[i*rs + p*cs]: W itself (rows contiguous), or W^T read from a q x r matrix.
        int rs = transposed ? 1 : q;
        int cs = transposed ? r : 1;
        double[] expected = plain(mat, rs, cs, r, q, bm, m, bias, scale);
        String shape = "r=" + r + " q=" + q + " m=" + m + (transposed ? " transposed" : "");
        double[] vectors = new double[r * m];
        MatrixProduct.product(mat, rs, cs, r, q, bm, m, bias, scale, vectors);
        assertSameBits(expected, vectors, "vectors on, " + shape);
        double[] scalar = new double[r * m];
        Vectors.setEnabled(false);
        try {
            MatrixProduct.product(mat, rs, cs, r, q, bm, m, bias, scale, scalar);
        } finally {
            Vectors.setEnabled(true);
        }
        assertSameBits(expected, scalar, "vectors off, " + shape);
    }

    /** One FMA chain per entry, in index order from the bias, then times scale. */
    private static double[] plain(double[] mat, int rs, int cs, int r, int q, double[] bm, int m, double[] bias,
                                  double scale) {
        double[] c = new double[r * m];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < m; j++) {
                double s = bias == null ? 0 : bias[i];
                for (int p = 0; p < q; p++) {
                    s = Math.fma(bm[p * m + j], mat[i * rs + p * cs], s);
                }
                c[i * m + j] = s * scale;
            }
        }
        return c;
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

    /**
     * No NaN among them: with NaNs in both factors, which payload an FMA keeps depends on the operands' order in the
     * instruction. The NaNs that infinities produce (0 * inf, inf - inf) are the CPU's default NaN and compare.
     */
    private static final double[] SPECIAL = {-0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_NORMAL / 3, Double.MAX_VALUE, -1e300};

    /** Uniform in [-1, 1); with {@code special}, about one entry in eight is one of SPECIAL instead. */
    private static double[] random(Rng rng, int n, boolean special) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            x[i] = special && u < 0.125 ? SPECIAL[(int) (u * 64)] : rng.nextDouble() * 2 - 1;
        }
        return x;
    }
}
