package com.backproplab.engine;

import java.util.SplittableRandom;

/** Small labelled point sets built in the tests themselves, so engine tests need nothing else. */
final class Points {
    final double[] x1;
    final double[] x2;
    final double[] y;

    Points(double[] x1, double[] x2, double[] y) {
        this.x1 = x1;
        this.x2 = x2;
        this.y = y;
    }

    int size() {
        return y.length;
    }

    /** Quadrants: class 1 where x1 * x2 > 0, points kept 0.1 away from the axes. */
    static Points xor(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[count], b = new double[count], y = new double[count];
        for (int i = 0; i < count; i++) {
            double u = r.nextDouble(0.1, 1.0) * (r.nextBoolean() ? 1 : -1);
            double v = r.nextDouble(0.1, 1.0) * (r.nextBoolean() ? 1 : -1);
            a[i] = u;
            b[i] = v;
            y[i] = u * v > 0 ? 1 : 0;
        }
        return new Points(a, b, y);
    }

    /** Two interleaved spirals of count/2 points each, radius up to 1. */
    static Points spiral(int count, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[count], b = new double[count], y = new double[count];
        int half = count / 2;
        for (int i = 0; i < count; i++) {
            int cls = i < half ? 0 : 1;
            double t = (double) (i % half) / half;
            double radius = 0.1 + 0.9 * t;
            double angle = 1.75 * t * 2 * Math.PI + cls * Math.PI;
            a[i] = radius * Math.sin(angle) + noise * r.nextGaussian();
            b[i] = radius * Math.cos(angle) + noise * r.nextGaussian();
            y[i] = cls;
        }
        return new Points(a, b, y);
    }

    /** Uniform random points with random labels. */
    static Points random(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[count], b = new double[count], y = new double[count];
        for (int i = 0; i < count; i++) {
            a[i] = r.nextDouble(-2, 2);
            b[i] = r.nextDouble(-2, 2);
            y[i] = r.nextBoolean() ? 1 : 0;
        }
        return new Points(a, b, y);
    }

    double accuracy(Network net) {
        return new Predictor().evaluate(net, x1, x2, y, size()).accuracy();
    }
}
