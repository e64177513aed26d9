package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher's main class in a JVM of its own with the launcher's heap options, for what only a fresh JVM
 * shows: memory limits and exit statuses through {@code System.exit}.
 */
final class ForkedCli {
    /** The launcher's JVM options (pom.xml, launcher.heap and launcher.regions). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-Xmx256m", "-XX:G1HeapRegionSize=2m");

    /** Exit status and the two streams of one run. */
    record Result(int status, String out, String err) {
    }

    private ForkedCli() {
    }

    static Result run(Path work, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-cp", cp, "com.backproplab.Main"));
        command.addAll(List.of(args));
        Path out = work.resolve("forked.out");
        Path err = work.resolve("forked.err");
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the forked run did not end within " + timeoutSeconds + " s: " + String.join(" ", args));
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
