package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.backproplab.SlowTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bit-exact runs in every JIT tier and at every vector width (docs/math.md, "Bit-exact results"): the optimizing
 * compiler (C2) replaces the interpreted and C1 code of the kernels during a run, and CPUs differ in the width of
 * their vectors; the results must not differ in a single bit.
 */
@SlowTest
class ReproducibilityTest {
    /** Long enough for C2 to compile the kernels in the middle of the run. */
    private static final int STEPS = 3000;

    @Test
    @DisplayName("should give the same bits with the optimizing compiler as without it, in separate JVMs")
    void sameBitsInEveryTier() throws Exception {
        String optimized = fork(List.of());
        String c1Only = fork(List.of("-XX:TieredStopAtLevel=1"));
        assertEquals(c1Only, optimized, "C2-compiled kernels changed the results");
    }

    @Test
    @DisplayName("should give the same bits whatever the CPU's vector width (128, 256 or 512 bits)")
    void sameBitsAtEveryVectorWidth() throws Exception {
        String widest = fork(List.of());
        String narrow = fork(List.of("-XX:MaxVectorSize=16"));
        String middle = fork(List.of("-XX:MaxVectorSize=32"));
        // Each fork prints its hash, then its vector length in doubles: the lengths must differ for the test to mean
        // anything (2 and 4 on any x86-64 CPU with AVX2, and 8 with AVX-512).
        assertNotEquals(lanes(narrow), lanes(middle), "the forks did not run at different vector widths");
        assertEquals(hash(widest), hash(narrow), "vectors of 2 doubles changed the results");
        assertEquals(hash(widest), hash(middle), "vectors of 4 doubles changed the results");
    }

    private static String hash(String out) {
        return out.lines().findFirst().orElseThrow();
    }

    private static String lanes(String out) {
        return out.lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("should give the same bits with the kernels' vector bodies off (the window's first seconds)")
    void sameBitsWithoutVectors() {
        long on = ReproRun.hash(STEPS / 3);
        Vectors.setEnabled(false);
        try {
            assertEquals(on, ReproRun.hash(STEPS / 3));
        } finally {
            Vectors.setEnabled(true);
        }
    }

    @Test
    @DisplayName("should give the same bits twice in one JVM, cold and warm")
    void sameBitsTwiceInOneJvm() {
        assertEquals(ReproRun.hash(STEPS / 3), ReproRun.hash(STEPS / 3));
    }

    private static String fork(List<String> jitFlags) throws IOException, InterruptedException {
        return ForkedJvm.run(ReproRun.class, jitFlags, Integer.toString(STEPS));
    }
}
