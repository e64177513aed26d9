package com.backproplab.data;

import java.util.SplittableRandom;

/** A train / dev split of one dataset, made by a seeded shuffle. */
public record Split(Dataset train, Dataset dev) {

    /** Checks that both parts are present. */
    public Split {
        if (train == null || dev == null) {
            throw new IllegalArgumentException("A split needs both a train and a dev dataset (use Dataset.empty()).");
        }
    }

    /**
     * Shuffles the indices with the seed; dev gets round(devFraction * m) points, train the rest,
     * each in shuffled order. With devFraction 0 everything is train, in file order.
     */
    public static Split of(Dataset all, double devFraction, long seed) {
        if (!(devFraction >= 0 && devFraction < 1)) {
            throw new IllegalArgumentException("The dev fraction must be at least 0 and below 1, but is "
                    + devFraction + ".");
        }
        int m = all.size();
        int devCount = (int) Math.round(devFraction * m);
        // Whatever the rounding, a non-empty dataset keeps at least one training point.
        devCount = Math.min(devCount, Math.max(m - 1, 0));
        if (devCount == 0) {
            return new Split(all, Dataset.empty(all.isRegression()));
        }
        int[] order = shuffledIndices(m, seed);
        int[] dev = new int[devCount];
        int[] train = new int[m - devCount];
        System.arraycopy(order, 0, dev, 0, devCount);
        System.arraycopy(order, devCount, train, 0, m - devCount);
        return new Split(all.subset(train), all.subset(dev));
    }

    /** Fisher-Yates shuffle of 0..m-1, driven only by the seed. */
    private static int[] shuffledIndices(int m, long seed) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
