package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run stopped by a signal during an atomic write leaves neither the target nor the temporary file behind. */
class AtomicWriteSignalTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "HUP", "INT"})
    void signalRemovesTheTemporaryFile(String signal) throws Exception {
        Path target = dir.resolve("trace.csv");
        Process p = new ProcessBuilder(javaCommand(target)).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", out.readLine(), "the forked writer did not start");
            assertEquals(1, files().size(), "the temporary file exists while writing");
            // A shell started in the background may have made the JVM inherit an ignored SIGINT: nothing to test.
            Assumptions.assumeFalse(signal.equals("INT") && ignoresInterrupt(p.pid()), "SIGINT is ignored here");
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
            assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " failed");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the forked JVM did not stop on SIG" + signal);
            assertEquals(List.of(), files());
        } finally {
            p.destroyForcibly();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static List<String> javaCommand(Path target) throws URISyntaxException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = location(AtomicWrite.class) + File.pathSeparator + location(HoldAtomicWrite.class);
        return List.of(java, "-Xmx64m", "-cp", cp, HoldAtomicWrite.class.getName(), target.toString());
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** Whether the process has SIGINT (signal 2) in its ignored set, from /proc (Linux). */
    private static boolean ignoresInterrupt(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }
}
