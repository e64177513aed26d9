package com.backproplab.training;

/**
 * The last hidden layer's view of the data: the training points and a grid of lines of the input plane, at their
 * activations A[L-1] in two coordinates (u, v), and the output unit's line z = a u + b v + c = 0 in them, which is
 * straight because the output is linear in A[L-1] before its sigmoid. The coordinates ({@link Projection}): with 2
 * units, the units themselves; with 1, the unit and 0; with more, u along the output unit's weights W[L] and v along
 * the largest spread of the points across them (so z depends on u alone, exactly); with W[L] = 0, the first two
 * principal components and no line. Immutable; arrays are owned.
 */
public final class HiddenSpace {
    /** How (u, v) are read from A[L-1]. */
    public enum Projection {
        /** u = unit 1, v = unit 2. */
        UNITS,
        /** u = the one unit, v = 0. */
        ONE_UNIT,
        /** u along W[L], v the largest spread across it, both about the points' mean. */
        OUTPUT_AND_SPREAD,
        /** The first two principal components (W[L] = 0: no line). */
        PRINCIPAL
    }

    private final int units;
    private final Projection projection;
    private final double[] u, v, labels;
    private final int gridLines, gridSamples;
    private final double[] gridU, gridV;
    private final double a, b, c;
    private final double[] bounds;

    /**
     * @param units n[L-1]
     * @param u points' first coordinates
     * @param v points' second coordinates
     * @param labels the points' labels
     * @param gridLines lines of the input grid: the first half of constant x1, the second of constant x2
     * @param gridSamples samples along each line
     * @param gridU the lines' first coordinates, line by line
     * @param gridV the lines' second coordinates
     * @param line {a, b, c} of the output unit's z = a u + b v + c
     * @param bounds {uMin, uMax, vMin, vMax} to show
     */
    HiddenSpace(int units, Projection projection, double[] u, double[] v, double[] labels, int gridLines,
                int gridSamples, double[] gridU, double[] gridV, double[] line, double[] bounds) {
        this.units = units;
        this.projection = projection;
        this.u = u;
        this.v = v;
        this.labels = labels;
        this.gridLines = gridLines;
        this.gridSamples = gridSamples;
        this.gridU = gridU;
        this.gridV = gridV;
        this.a = line[0];
        this.b = line[1];
        this.c = line[2];
        this.bounds = bounds.clone();
    }

    /** n[L-1], the units of the last hidden layer. */
    public int units() {
        return units;
    }

    public Projection projection() {
        return projection;
    }

    /** Training points shown (all of them, or an even sample of a large set). */
    public int points() {
        return u.length;
    }

    public double u(int i) {
        return u[i];
    }

    public double v(int i) {
        return v[i];
    }

    public double label(int i) {
        return labels[i];
    }

    /** Lines of the input grid; lines 0..n/2-1 have constant x1, the rest constant x2. */
    public int gridLines() {
        return gridLines;
    }

    /** Samples along each grid line. */
    public int gridSamples() {
        return gridSamples;
    }

    /** u of sample k of grid line i. */
    public double gridU(int i, int k) {
        return gridU[i * gridSamples + k];
    }

    /** v of sample k of grid line i. */
    public double gridV(int i, int k) {
        return gridV[i * gridSamples + k];
    }

    /** The output unit's pre-activation at (u, v): a u + b v + c (exact for the points, see the class comment). */
    public double z(double pu, double pv) {
        return a * pu + b * pv + c;
    }

    /** Coefficient a of z = a u + b v + c. */
    public double a() {
        return a;
    }

    /** Coefficient b of z = a u + b v + c. */
    public double b() {
        return b;
    }

    /** Constant c of z = a u + b v + c. */
    public double c() {
        return c;
    }

    /** Whether there is a line (W[L] is not zero). */
    public boolean hasLine() {
        return a != 0 || b != 0;
    }

    public double uMin() {
        return bounds[0];
    }

    public double uMax() {
        return bounds[1];
    }

    public double vMin() {
        return bounds[2];
    }

    public double vMax() {
        return bounds[3];
    }
}
