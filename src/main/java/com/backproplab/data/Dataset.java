package com.backproplab.data;

import java.util.Arrays;

/**
 * An immutable list of labelled 2D points (x1, x2): class labels 0 or 1 (classification), or real values, any
 * finite number (regression, {@link #isRegression()}).
 */
public final class Dataset {

    private static final Dataset EMPTY = new Dataset(new double[0], new double[0], new double[0], false);
    private static final Dataset EMPTY_VALUES = new Dataset(new double[0], new double[0], new double[0], true);

    private final double[] x1;
    private final double[] x2;
    /** The labels: 0 or 1, or for regression any finite value. */
    private final double[] y;
    private final boolean regression;

    /** Takes ownership of already-validated arrays; every public path copies first. */
    private Dataset(double[] x1, double[] x2, double[] y, boolean regression) {
        this.x1 = x1;
        this.x2 = x2;
        this.y = y;
        this.regression = regression;
    }

    private Dataset(double[] x1, double[] x2, int[] labels) {
        this(x1, x2, toDoubles(labels), false);
    }

    private static double[] toDoubles(int[] labels) {
        double[] v = new double[labels.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = labels[i];
        }
        return v;
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
        return new Dataset(x1.clone(), x2.clone(), labels);
    }

    /** Copies and validates the columns of a regression dataset: equal lengths, everything finite. */
    public static Dataset regression(double[] x1, double[] x2, double[] values) {
        if (x1 == null || x2 == null || values == null) {
            throw new IllegalArgumentException("x1, x2 and values must not be null.");
        }
        if (x1.length != x2.length || x1.length != values.length) {
            throw new IllegalArgumentException("x1, x2 and values must have the same length, but have "
                    + x1.length + ", " + x2.length + " and " + values.length + ".");
        }
        for (int i = 0; i < x1.length; i++) {
            checkValuePoint(i, x1[i], x2[i], values[i]);
        }
        return new Dataset(x1.clone(), x2.clone(), values.clone(), true);
    }

    /** The dataset with no points (classification). */
    public static Dataset empty() {
        return EMPTY;
    }

    /** The dataset with no points, of the given kind. */
    public static Dataset empty(boolean regression) {
        return regression ? EMPTY_VALUES : EMPTY;
    }

    private static void checkValuePoint(int i, double x1, double x2, double value) {
        checkPoint(i, x1, x2, 0);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Point " + i + " has the value " + value
                    + "; values must be finite numbers.");
        }
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
        return y.length;
    }

    /** True when the labels are real values (regression), false for classes 0 and 1. */
    public boolean isRegression() {
        return regression;
    }

    /** The first coordinate of point i. */
    public double x1(int i) {
        return x1[i];
    }

    /** The second coordinate of point i. */
    public double x2(int i) {
        return x2[i];
    }

    /** The label (0 or 1) of point i of a classification dataset. */
    public int label(int i) {
        if (regression) {
            throw new IllegalStateException("a regression dataset has values, not class labels");
        }
        return (int) y[i];
    }

    /** The label of point i as a number: 0 or 1, or the value of a regression dataset. */
    public double value(int i) {
        return y[i];
    }

    /** How many points carry the given class label (0 for a regression dataset). */
    public int count(int label) {
        int n = 0;
        for (double v : y) {
            if (!regression && v == label) {
                n++;
            }
        }
        return n;
    }

    /** True when at least one point of each class is present. */
    public boolean hasBothClasses() {
        return count(0) > 0 && count(1) > 0;
    }

    /** A new classification dataset with one point appended at the end. */
    public Dataset withPoint(double x1, double x2, int label) {
        if (regression) {
            throw new IllegalStateException("a regression dataset takes values: use withValuePoint");
        }
        checkPoint(size(), x1, x2, label);
        return appended(x1, x2, label);
    }

    /** A new regression dataset with one point of the given value appended at the end. */
    public Dataset withValuePoint(double x1, double x2, double value) {
        if (!regression) {
            throw new IllegalStateException("a classification dataset takes class labels: use withPoint");
        }
        checkValuePoint(size(), x1, x2, value);
        return appended(x1, x2, value);
    }

    private Dataset appended(double x1, double x2, double value) {
        int m = size();
        double[] a = Arrays.copyOf(this.x1, m + 1);
        double[] b = Arrays.copyOf(this.x2, m + 1);
        double[] v = Arrays.copyOf(this.y, m + 1);
        a[m] = x1;
        b[m] = x2;
        v[m] = value;
        return new Dataset(a, b, v, regression);
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

    /** A new dataset with this one's points followed by other's (of the same kind, or empty). */
    public Dataset concat(Dataset other) {
        int m = size();
        int n = other.size();
        if (other.regression != regression && m > 0 && n > 0) {
            throw new IllegalArgumentException("Cannot join class labels and regression values in one dataset.");
        }
        boolean kind = m > 0 ? regression : other.regression;
        double[] a = Arrays.copyOf(x1, m + n);
        double[] b = Arrays.copyOf(x2, m + n);
        double[] v = Arrays.copyOf(y, m + n);
        System.arraycopy(other.x1, 0, a, m, n);
        System.arraycopy(other.x2, 0, b, m, n);
        System.arraycopy(other.y, 0, v, m, n);
        return new Dataset(a, b, v, kind);
    }

    /** A new dataset with the points at the given indices, in that order (repeats allowed). */
    public Dataset subset(int[] indices) {
        int n = indices.length;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IndexOutOfBoundsException("Index " + i + " is outside the dataset of "
                        + size() + " points.");
            }
            a[k] = x1[i];
            b[k] = x2[i];
            v[k] = y[i];
        }
        return new Dataset(a, b, v, regression);
    }

    /** A copy of the first coordinates. */
    public double[] x1Copy() {
        return x1.clone();
    }

    /** A copy of the second coordinates. */
    public double[] x2Copy() {
        return x2.clone();
    }

    /** A copy of the class labels of a classification dataset. */
    public int[] labelsCopy() {
        if (regression) {
            throw new IllegalStateException("a regression dataset has values, not class labels");
        }
        int[] labels = new int[y.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) y[i];
        }
        return labels;
    }

    /** A copy of the labels as numbers (0 and 1, or the regression values). */
    public double[] valuesCopy() {
        return y.clone();
    }

    /** The same points with other coordinates (same length), labels and kind unchanged. */
    public Dataset withCoordinates(double[] newX1, double[] newX2) {
        if (newX1.length != size() || newX2.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " coordinates");
        }
        for (int i = 0; i < size(); i++) {
            checkPoint(i, newX1[i], newX2[i], 0);
        }
        return new Dataset(newX1.clone(), newX2.clone(), y, regression);
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
        return regression == d.regression && Arrays.equals(x1, d.x1) && Arrays.equals(x2, d.x2)
                && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(x1) + Arrays.hashCode(x2)) + Arrays.hashCode(y))
                + Boolean.hashCode(regression);
    }

    @Override
    public String toString() {
        return regression ? "Dataset[m=" + size() + ", regression]"
                : "Dataset[m=" + size() + ", class0=" + count(0) + ", class1=" + count(1) + "]";
    }
}
