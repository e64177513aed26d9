package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bit-exact runs in every JIT tier (docs/math.md, "Bit-exact results"): the optimizing compiler (C2) replaces
 * the interpreted and C1 code of the kernels during a run; its results must not differ in a single bit.
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
