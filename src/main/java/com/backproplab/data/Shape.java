package com.backproplab.data;

import java.util.SplittableRandom;

/** One preset's recipe for a single point; package-private, used by {@link Preset}. */
@FunctionalInterface
interface Shape {

    /**
     * Draws one point of the class into out[0] (x1) and out[1] (x2).
     *
     * @param label the class, 0 or 1
     * @param u the point's position along its class, evenly spaced in [0, 1]
     * @param noise the preset's noise level, at least 0 (0 gives the clean shape)
     * @param random the only source of randomness
     * @param out receives the two coordinates
     */
    void draw(int label, double u, double noise, SplittableRandom random, double[] out);
}
