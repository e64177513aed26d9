package com.backproplab.data;

import java.util.Arrays;

/** An immutable list of labelled 2D points (x1, x2) with labels 0 or 1. */
public final class Dataset {

    private static final Dataset EMPTY = new Dataset(new double[0], new double[0], new int[0]);

    private final double[] x1;
    private final double[] x2;
    private final int[] labels;

    /** Takes ownership of already-validated arrays; every public path copies first. */
    private Dataset(double[] x1, double[] x2, int[] labels) {
        this.x1 = x1;
        this.x2 = x2;
        this.labels = labels;
    }

    /** Copies and validates the columns: equal lengths, finite coordinates, labels 0 or 1. */
    public static Dataset of(double[] x1, double[] x2, int[] labels) {
        if (x1 == null || x2 == null || labels == null) {
            throw new IllegalArgumentException("x1, x2 and labels must not be null.");
        }
        if (x1.length != x2.length || x1.length != labels.length) {
            throw new IllegalArgumentException("x1, x2 and labels must have the same length, but have "
                    + x1.length + ", " + x2.length + " and " + labels.length + ".");
        }
        for (int i = 0; i < x1.length; i++) {
            checkPoint(i, x1[i], x2[i], labels[i]);
        }
        return new Dataset(x1.clone(), x2.clone(), labels.clone());
    }

    /** The dataset with no points. */
    public static Dataset empty() {
        return EMPTY;
    }

    private static void checkPoint(int i, double x1, double x2, int label) {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new IllegalArgumentException("Point " + i + " has a non-finite coordinate ("
                    + x1 + ", " + x2 + "); coordinates must be finite numbers.");
        }
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("Point " + i + " has label " + label
                    + "; labels must be 0 or 1.");
        }
    }

    /** The number of points m. */
    public int size() {
        return labels.length;
    }

    /** The first coordinate of point i. */
    public double x1(int i) {
        return x1[i];
    }

    /** The second coordinate of point i. */
    public double x2(int i) {
        return x2[i];
    }

    /** The label (0 or 1) of point i. */
    public int label(int i) {
        return labels[i];
    }

    /** How many points carry the given label. */
    public int count(int label) {
        int n = 0;
        for (int y : labels) {
            if (y == label) {
                n++;
            }
        }
        return n;
    }

    /** True when at least one point of each class is present. */
    public boolean hasBothClasses() {
        return count(0) > 0 && count(1) > 0;
    }

    /** A new dataset with one point appended at the end. */
    public Dataset withPoint(double x1, double x2, int label) {
        checkPoint(size(), x1, x2, label);
        int m = size();
        double[] a = Arrays.copyOf(this.x1, m + 1);
        double[] b = Arrays.copyOf(this.x2, m + 1);
        int[] y = Arrays.copyOf(this.labels, m + 1);
        a[m] = x1;
        b[m] = x2;
        y[m] = label;
        return new Dataset(a, b, y);
    }

    /** A new dataset without the points within radius (inclusive) of (x1, x2): the eraser. */
    public Dataset withoutPointsNear(double x1, double x2, double radius) {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("The eraser radius must be at least 0, but is " + radius + ".");
        }
        double r2 = radius * radius;
        int[] keep = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            double d1 = this.x1[i] - x1;
            double d2 = this.x2[i] - x2;
            // Keep the point unless it is inside the circle; NaN distances keep it too.
            if (!(d1 * d1 + d2 * d2 <= r2)) {
                keep[n++] = i;
            }
        }
        return n == size() ? this : subset(Arrays.copyOf(keep, n));
    }

    /** A new dataset with this one's points followed by other's. */
    public Dataset concat(Dataset other) {
        int m = size();
        int n = other.size();
        double[] a = Arrays.copyOf(x1, m + n);
        double[] b = Arrays.copyOf(x2, m + n);
        int[] y = Arrays.copyOf(labels, m + n);
        System.arraycopy(other.x1, 0, a, m, n);
        System.arraycopy(other.x2, 0, b, m, n);
        System.arraycopy(other.labels, 0, y, m, n);
        return new Dataset(a, b, y);
    }

    /** A new dataset with the points at the given indices, in that order (repeats allowed). */
    public Dataset subset(int[] indices) {
        int n = indices.length;
        double[] a = new double[n];
        double[] b = new double[n];
        int[] y = new int[n];
        for (int k = 0; k < n; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("Index " + i + " is outside the dataset of "
                        + size() + " points.");
            }
            a[k] = x1[i];
            b[k] = x2[i];
            y[k] = labels[i];
        }
        return new Dataset(a, b, y);
    }

    /** A copy of the first coordinates. */
    public double[] x1Copy() {
        return x1.clone();
    }

    /** A copy of the second coordinates. */
    public double[] x2Copy() {
        return x2.clone();
    }

    /** A copy of the labels. */
    public int[] labelsCopy() {
        return labels.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dataset)) {
            return false;
        }
        Dataset d = (Dataset) o;
        return Arrays.equals(x1, d.x1) && Arrays.equals(x2, d.x2) && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(x1) + Arrays.hashCode(x2)) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Dataset[m=" + size() + ", class0=" + count(0) + ", class1=" + count(1) + "]";
    }
}
