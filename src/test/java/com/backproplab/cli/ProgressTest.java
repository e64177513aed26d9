package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.cli.CliTest.Result;
import com.backproplab.engine.StepStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long runs say how far they are (on a terminal) and keep their trace small (--trace-every). */
class ProgressTest {
    @TempDir
    Path dir;

    private static StepStats stats(long step) {
        com.backproplab.engine.Learner l = new com.backproplab.engine.Learner(
                com.backproplab.engine.NetworkConfig.defaults(), com.backproplab.engine.TrainingConfig.defaults());
        l.setData(new double[] {0, 1}, new double[] {0, 1}, new double[] {0, 1});
        StepStats s = l.step().copy();
        s.step = step;
        s.cost = 0.25;
        return s;
    }

    @Test
    @DisplayName("should rewrite one progress line in place and clear it at the end")
    void line() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = Progress.always(err, "train", 128, 0);
        StepStats s = stats(0);
        for (int i = 1; i <= 128; i++) {
            s.step = 1000 + i;
            p.after(s);
        }
        p.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\rtrain: step 1,064 (64 of 128, 50.0%), "), text);
        assertTrue(text.contains("cost 0.2500, ") && text.contains("\rtrain: step 1,128 (128 of 128, 100.0%)"), text);
        assertTrue(text.endsWith("\r\033[K"), "cleared before the summary");
        assertEquals("1 h 1 min", Progress.duration(3660));
    }

    @Test
    @DisplayName("should print nothing when standard error is not the terminal")
    void quietOtherwise() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.of(new PrintStream(bytes, true, StandardCharsets.UTF_8), "train", 1000);
        for (int i = 0; i < 1000; i++) {
            p.after(stats(i));
        }
        p.finish();
        assertEquals(0, bytes.size());
    }

    @Test
    @DisplayName("--trace-every K writes every K-th step and the last one; --eval-every still picks the evaluated rows")
    void traceEvery() throws IOException {
        Path e = dir.resolve("e.json");
        Files.writeString(e, "{\"data\": {\"points\": [[0, 0, 0], [1, 1, 1], [0, 1, 0], [1, 0, 1]],"
                + " \"devFraction\": 0}, \"training\": {\"batchSize\": 2}}");
        Path trace = dir.resolve("t.csv");
        Result r = CliTest.cli("train", e, "--steps", "25", "--trace", trace, "--trace-every", "10",
                "--eval-every", "4");
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(trace);
        assertEquals(4, rows.size(), rows.toString());
        assertEquals(List.of("10", "20", "25"), rows.subList(1, 4).stream().map(l -> l.split(",")[0]).toList());
        assertTrue(rows.get(2).split(",")[5].length() > 0, "step 20 is evaluated");
        assertEquals("", rows.get(1).split(",")[5], "step 10 is not a multiple of 4");
        Result alone = CliTest.cli("train", e, "--steps", "5", "--trace-every", "10");
        assertEquals(2, alone.status());
        assertTrue(alone.err().startsWith("train: --trace-every needs --trace FILE.csv"), alone.err());
    }
}
