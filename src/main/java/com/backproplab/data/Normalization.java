package com.backproplab.data;

/**
 * Input normalization x' = (x - mu) / sigma per coordinate, with mu and sigma taken from the
 * training set only and then applied to train, dev and the decision-boundary grid alike.
 *
 * @param mu1 mean of x1 over the training set
 * @param mu2 mean of x2 over the training set
 * @param sigma1 standard deviation of x1, sqrt((1/m) sum (x1 - mu1)^2), or 1 when that is 0
 * @param sigma2 standard deviation of x2, sqrt((1/m) sum (x2 - mu2)^2), or 1 when that is 0
 */
public record Normalization(double mu1, double mu2, double sigma1, double sigma2) {

    private static final Normalization IDENTITY = new Normalization(0, 0, 1, 1);

    /** Checks that the means are finite and the deviations finite and positive. */
    public Normalization {
        if (!Double.isFinite(mu1) || !Double.isFinite(mu2)) {
            throw new IllegalArgumentException("The means must be finite, but are " + mu1 + " and " + mu2 + ".");
        }
        if (!(sigma1 > 0 && sigma2 > 0 && Double.isFinite(sigma1) && Double.isFinite(sigma2))) {
            throw new IllegalArgumentException("The standard deviations must be finite and positive, but are "
                    + sigma1 + " and " + sigma2 + ".");
        }
    }

    /** The mean and population standard deviation (1/m) of each coordinate of the training set. */
    public static Normalization fromTraining(Dataset train) {
        int m = train.size();
        if (m == 0) {
            return IDENTITY;
        }
        double mu1 = mean(train.x1Copy());
        double mu2 = mean(train.x2Copy());
        double sigma1 = deviation(train.x1Copy(), mu1);
        double sigma2 = deviation(train.x2Copy(), mu2);
        if (!Double.isFinite(sigma1) || !Double.isFinite(sigma2)) {
            throw new IllegalArgumentException("The training coordinates are too large to normalize: "
                    + "their spread does not fit in a double.");
        }
        return new Normalization(mu1, mu2, sigma1, sigma2);
    }

    /** Leaves points unchanged (mu 0, sigma 1). */
    public static Normalization identity() {
        return IDENTITY;
    }

    /** The normalized first coordinate (x1 - mu1) / sigma1. */
    public double apply1(double x1) {
        return (x1 - mu1) / sigma1;
    }

    /** The normalized second coordinate (x2 - mu2) / sigma2. */
    public double apply2(double x2) {
        return (x2 - mu2) / sigma2;
    }

    /** A new dataset with both coordinates normalized and the labels unchanged. */
    public Dataset apply(Dataset d) {
        double[] a = d.x1Copy();
        double[] b = d.x2Copy();
        for (int i = 0; i < a.length; i++) {
            a[i] = apply1(a[i]);
            b[i] = apply2(b[i]);
        }
        return d.withCoordinates(a, b);
    }

    /** mu = (1/m) sum x, summing x/m so that large finite inputs cannot overflow the sum. */
    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v / x.length;
        }
        return sum;
    }

    /** sigma = sqrt((1/m) sum (x - mu)^2); 0 (all values equal) becomes 1 so nothing divides by zero. */
    static double deviation(double[] x, double mu) {
        double sum = 0;
        for (double v : x) {
            double d = v - mu;
            sum += d * d;
        }
        double sigma = Math.sqrt(sum / x.length);
        return sigma == 0 ? 1 : sigma;
    }
}
