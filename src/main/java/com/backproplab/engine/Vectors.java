package com.backproplab.engine;

/**
 * Whether the kernels run their vector bodies. Each kernel computes every element with the same operations in its
 * vector body and in its scalar tail (docs/math.md, "Bit-exact results"), so switching changes the speed, never a
 * bit. The window starts with them off: until the JIT has compiled the Vector API, every vector operation runs
 * interpreted and allocates, and the first evaluations and grids cost more than the window's first frame can spare.
 */
public final class Vectors {
    private static volatile boolean enabled = true;

    private Vectors() {
    }

    /** Turns the vector bodies on (the default) or off; any thread, at any time. */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    /** Whether the kernels run their vector bodies now. */
    public static boolean enabled() {
        return enabled;
    }
}
