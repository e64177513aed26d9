package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shipped experiment and lesson, trained twice for 3,000 steps, gives the same bits: in one JVM and in two. */
@SlowTest
class ShippedRunsReproduceTest {
    private static final int STEPS = 3000;

    private static List<Path> shipped() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("experiments", "lessons")) {
            if (Files.isDirectory(Path.of(dir))) {
                try (Stream<Path> s = Files.list(Path.of(dir))) {
                    files.addAll(s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList()));
                }
            }
        }
        assertTrue(files.size() >= 5, "the shipped experiments are missing: " + files);
        return files;
    }

    @Test
    @DisplayName("should train every shipped experiment and lesson to the same bits twice, and again in another JVM")
    void identicalRuns(@TempDir Path scratch) throws Exception {
        List<Path> files = shipped();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (Path f : files) {
            first.add(f.getFileName() + " " + ShippedRuns.hash(f, STEPS, scratch));
        }
        for (Path f : files) {
            second.add(f.getFileName() + " " + ShippedRuns.hash(f, STEPS, scratch));
        }
        assertEquals(first, second, "two runs in one JVM differ");
        assertEquals(first, forked(files, scratch), "a run in a fresh JVM differs");
    }

    private static List<String> forked(List<Path> files, Path scratch) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                ShippedRuns.class.getName(), Integer.toString(STEPS), scratch.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the forked run did not finish");
        assertEquals(0, p.exitValue());
        return out.lines().collect(Collectors.toList());
    }
}
