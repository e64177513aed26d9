package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bit-exact runs in every JIT tier and at every vector width (docs/math.md, "Bit-exact results"): the optimizing
 * compiler (C2) replaces the interpreted and C1 code of the kernels during a run, and CPUs differ in the width of
 * their vectors; the results must not differ in a single bit.
 */
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
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.addAll(jitFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ReproRun.class.getName());
        cmd.add(Integer.toString(STEPS));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked run did not finish: " + cmd);
        }
        assertEquals(0, p.exitValue(), "forked run failed: " + cmd);
        return out;
    }
}
