package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.cli.CliTest.Result;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gradcheck ends within a minute on large networks and data sets, saying when it checked a subset. */
@SlowTest
class GradcheckBoundsTest {
    private static final Duration MINUTE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    @DisplayName("a 32 x 128 network is checked on a stated subset within a minute")
    void wideNetwork() throws IOException {
        Path e = dir.resolve("wide.json");
        Files.writeString(e, "{\"network\": {\"hidden\": [" + String.join(", ", Collections.nCopies(32, "128"))
                + "]}, \"data\": {\"file\": \"" + Path.of("datasets/spiral.csv").toAbsolutePath() + "\"}}");
        Result r = assertTimeoutPreemptively(MINUTE, () -> CliTest.cli("gradcheck", e));
        assertTrue(r.status() == 0 || r.status() == 1, r.err());
        assertTrue(r.out().startsWith("gradcheck: ") && r.out().contains(" of 512385 parameters and 64 of 320 training"
                + " points (evenly spaced: a bounded subset"), r.out());
        assertTrue(r.lastLine().startsWith("difference "), r.out());
    }

    @Test
    @DisplayName("a million points are checked on a stated subset within a minute")
    void millionPoints() throws IOException {
        Path csv = dir.resolve("million.csv");
        SplittableRandom random = new SplittableRandom(3);
        try (Writer w = Files.newBufferedWriter(csv)) {
            w.write("x1,x2,label\n");
            for (int i = 0; i < 1_000_000; i++) {
                double x = random.nextDouble(-3, 3), y = random.nextDouble(-3, 3);
                w.write(x + "," + y + "," + (x * y > 0 ? 1 : 0) + "\n");
            }
        }
        Path e = dir.resolve("million.json");
        Files.writeString(e, "{\"network\": {\"hidden\": [8, 8]}, \"data\": {\"file\": \"million.csv\"}}");
        Result r = assertTimeoutPreemptively(MINUTE, () -> CliTest.cli("gradcheck", e));
        assertTrue(r.status() == 0 || r.status() == 1, r.out() + r.err());
        assertTrue(r.out().startsWith("gradcheck: 105 parameters and 10000 of 800000 training points (evenly spaced"), r.out());
    }
}
