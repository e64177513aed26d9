package com.backproplab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program of the runtime image to its end (bounded), capturing its status and both outputs. */
public record LauncherProcess(int status, String out, String err) {
    private static final long TIMEOUT_S = 120;

    /** The runtime image under test (ImageTest); skips the calling test when the build did not name one. */
    public static Path image() {
        String dir = System.getProperty("backproplab.image");
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null,
                "the image tests run in 'mvn verify', after the image is built");
        return Path.of(dir);
    }

    /** The lines of standard error. */
    public List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    /**
     * Runs {@code program} with {@code args} in the working directory {@code dir}.
     *
     * @param env variables to set; a null value removes the variable
     */
    public static LauncherProcess run(Path program, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not end within " + TIMEOUT_S + " s");
            }
            return new LauncherProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
