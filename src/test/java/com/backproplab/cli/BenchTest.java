package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@SlowTest
class BenchTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String[] command = new String[args.length + 1];
        command[0] = "bench";
        System.arraycopy(args, 0, command, 1, args.length);
        int status = Cli.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    @DisplayName("should print one JSON object per workload with the issue's keys in order")
    void json() {
        String line = jsonLine("w2");
        assertTrue(line.matches("\\{\"workload\":\"W2\",\"epochs_per_s\":[0-9.]+,\"examples_per_s\":[0-9]+,"
                + "\"gflops\":[0-9.]+,\"steps_per_s\":[0-9.]+}"), line);
        // W2 is full-batch: one step is one epoch, 400 examples.
        assertExamplesPerEpoch(400, line);
    }

    /** The JSON line of one short run of {@code workload}, after checking that the run succeeded. */
    private static String jsonLine(String workload) {
        String[] r = run("--json", "--workload", workload, "--runs", "1", "--seconds", "0.05");
        assertEquals("0", r[0], r[2]);
        return r[1].strip();
    }

    /** examples/s = epochs/s x examples per epoch, up to the printed precision (epochs to 0.01, examples to 1). */
    private static void assertExamplesPerEpoch(int perEpoch, String line) {
        double epochs = Double.parseDouble(line.replaceAll(".*\"epochs_per_s\":([0-9.]+).*", "$1"));
        double examples = Double.parseDouble(line.replaceAll(".*\"examples_per_s\":([0-9]+).*", "$1"));
        assertEquals(perEpoch * epochs, examples, perEpoch * 0.005 + 0.5 + 1e-6, line);
    }

    @Test
    @DisplayName("should time the window's boundary grid (GRID: 256 x 256 points of 2-[8x6]-1) as one epoch per grid")
    void grid() {
        String line = jsonLine("grid");
        assertTrue(line.startsWith("{\"workload\":\"GRID\""), line);
        assertExamplesPerEpoch(65536, line);
    }

    @Test
    @DisplayName("should refuse an unknown workload or option with status 2 and a sentence")
    void badArguments() {
        String[] r = run("--workload", "W9");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown workload 'W9'"), r[2]);
        assertEquals("2", run("--fast")[0]);
        assertEquals("2", run("--runs", "0")[0]);
    }
}
