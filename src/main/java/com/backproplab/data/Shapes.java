package com.backproplab.data;

import java.util.SplittableRandom;

/**
 * The six preset shapes. Unless noted, noise is the standard deviation of a gaussian jitter added
 * to each coordinate, in view units (the view spans [-6, 6]).
 */
final class Shapes {

    private Shapes() {
    }

    /** Class 1: a disc of radius 2; class 0: a ring from radius 3.5 to 5 around it. */
    static void circle(int label, double u, double noise, SplittableRandom r, double[] out) {
        double radius = label == 1 ? 2 * r.nextDouble() : 3.5 + 1.5 * r.nextDouble();
        double angle = 2 * Math.PI * r.nextDouble();
        out[0] = radius * Math.cos(angle) + noise * r.nextGaussian();
        out[1] = radius * Math.sin(angle) + noise * r.nextGaussian();
    }

    /** Class 1 in the quadrants where x1 * x2 > 0, class 0 in the other two; 0.3 kept clear of the axes. */
    static void xor(int label, double u, double noise, SplittableRandom r, double[] out) {
        double a = 0.3 + 4.2 * r.nextDouble();
        double b = 0.3 + 4.2 * r.nextDouble();
        double s = r.nextBoolean() ? 1 : -1;
        out[0] = s * a + noise * r.nextGaussian();
        out[1] = (label == 1 ? s : -s) * b + noise * r.nextGaussian();
    }

    /** Two gaussian blobs at (2, 2) (class 1) and (-2, -2) (class 0), standard deviation 0.5 + 2 * noise. */
    static void gaussians(int label, double u, double noise, SplittableRandom r, double[] out) {
        double center = label == 1 ? 2 : -2;
        double sd = 0.5 + 2 * noise;
        out[0] = center + sd * r.nextGaussian();
        out[1] = center + sd * r.nextGaussian();
    }

    /** Two interleaved spirals of 1.75 turns out to radius 5, class 1 turned by pi (as in the TF playground). */
    static void spiral(int label, double u, double noise, SplittableRandom r, double[] out) {
        double radius = 5 * u;
        double t = 1.75 * 2 * Math.PI * u + (label == 1 ? Math.PI : 0);
        out[0] = radius * Math.sin(t) + noise * r.nextGaussian();
        out[1] = radius * Math.cos(t) + noise * r.nextGaussian();
    }

    /** Two interleaved half circles (scikit-learn's make_moons), centred and scaled by 3. */
    static void moons(int label, double u, double noise, SplittableRandom r, double[] out) {
        double t = Math.PI * u;
        double x = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
        double y = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        // make_moons spans x in [-1, 2] and y in [-0.5, 1]: centre on (0.5, 0.25), then scale.
        out[0] = 3 * (x - 0.5) + noise * r.nextGaussian();
        out[1] = 3 * (y - 0.25) + noise * r.nextGaussian();
    }

    /**
     * The course's planar flower (planar_utils.load_planar_dataset): class j has
     * t = j * 3.12 + 3.12 * u + noise * N(0,1), r = 4 sin(4t) + noise * N(0,1), point (r sin t, r cos t);
     * the course uses noise 0.2.
     */
    static void flower(int label, double u, double noise, SplittableRandom r, double[] out) {
        double t = label * 3.12 + 3.12 * u + noise * r.nextGaussian();
        double radius = 4 * Math.sin(4 * t) + noise * r.nextGaussian();
        out[0] = radius * Math.sin(t);
        out[1] = radius * Math.cos(t);
    }
}
