package com.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's launcher (src/main/launcher/backprop-lab, put in place by the pom) must exec java: the PID the user
 * started is then java's own, so kill, timeout and supervisors stop the app. Checked with a stand-in "java" that
 * prints its PID and arguments.
 */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("should exec java with the heap option, the main module and the arguments, keeping its PID")
    void execsJava() throws IOException, InterruptedException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        String script = Files.readString(Path.of("src/main/launcher/backprop-lab"))
                .replace("@JVM_OPTIONS@", "-Xmx256m");
        Path launcher = executable(bin.resolve("backprop-lab"), script);
        executable(bin.resolve("java"), "#!/bin/sh\necho \"$$ $*\"\n");
        Process p = new ProcessBuilder(launcher.toString(), "train", "a b.json", "--steps", "1")
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(p.pid() + " -Xmx256m -m backproplab/com.backproplab.Main train a b.json --steps 1", out);
    }

    @Test
    @DisplayName("should find java beside itself when started through a symbolic link")
    void throughLink() throws IOException, InterruptedException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path launcher = executable(bin.resolve("backprop-lab"),
                Files.readString(Path.of("src/main/launcher/backprop-lab")).replace("@JVM_OPTIONS@", "-Xmx256m"));
        executable(bin.resolve("java"), "#!/bin/sh\necho java\n");
        Path link = Files.createSymbolicLink(dir.resolve("backprop-lab"), launcher);
        Process p = new ProcessBuilder(link.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals("java", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
