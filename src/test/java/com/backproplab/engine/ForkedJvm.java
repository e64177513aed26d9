package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test program's main class in a fresh JVM with the test class path: for properties that depend on what the
 * JIT compiled, which the other tests sharing one JVM would otherwise decide.
 */
final class ForkedJvm {
    private ForkedJvm() {
    }

    /** The program's standard output, trimmed; fails the test if it exits with a non-zero status. */
    static String run(Class<?> main, List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("forked-jvm", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the forked run did not finish: " + cmd);
            }
            assertEquals(0, p.exitValue(), () -> "forked run failed: " + cmd + "\n" + read(err));
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(standard error unreadable: " + e.getMessage() + ")";
        }
    }
}
