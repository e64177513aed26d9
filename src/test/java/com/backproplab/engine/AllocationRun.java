package com.backproplab.engine;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Trains a regularized network (Adam, L2, dropout) until the JIT has compiled it, then prints the fewest bytes the
 * thread allocated over 10,000 steps in any of up to five windows. Run by {@link LearningTest} in a fresh JVM: what
 * C2 compiles, and so whether the Vector API's objects are eliminated, depends on every method that ran before in
 * the same JVM, and the trainer thread must not allocate whatever ran before it.
 */
public final class AllocationRun {
    private static final int WINDOW = 10_000;

    private AllocationRun() {
    }

    /** Prints the least allocation of a window, in bytes; "scalar-first" starts like the window, vector bodies off. */
    public static void main(String[] args) {
        boolean scalarFirst = args.length > 0 && args[0].equals("scalar-first");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Points p = Points.spiral(500, 0.1, 1);
        TrainingConfig tc = TrainingConfig.defaults().withLearningRate(0.01).withBatch(10, true);
        Learner l = new Learner(new NetworkConfig(List.of(8, 8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                tc.withRegularization(0.01, 0.8));
        l.setData(p.x1, p.x2, p.y);
        Vectors.setEnabled(!scalarFirst);
        for (int i = 0; i < WINDOW; i++) {
            l.step();
        }
        Vectors.setEnabled(true);
        for (int i = 0; i < Integer.getInteger("warm", 2) * WINDOW; i++) {
            l.step();
        }
        // Vector API code allocates until C2 compiles it, which a busy machine delays: the least of a few windows
        // is the compiled steady state, and a real allocation per step shows in every window.
        long tid = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int window = 0; window < 5 && least >= WINDOW; window++) {
            long before = bean.getThreadAllocatedBytes(tid);
            for (int i = 0; i < WINDOW; i++) {
                l.step();
            }
            least = Math.min(least, bean.getThreadAllocatedBytes(tid) - before);
        }
        System.out.println(least);
    }
}
