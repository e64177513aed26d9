package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, "Right status, right words": divergence with batch norm, and a huge L2 lambda blamed as such. */
class CliDivergenceTest {
    @TempDir
    Path dir;

    private Path experiment(String network, String training) throws IOException {
        Path e = dir.resolve("e.json");
        Files.writeString(e, "{\"network\": {" + network + "}, \"training\": {" + training + "},"
                + " \"data\": {\"file\": \"" + Path.of("datasets/spiral.csv").toAbsolutePath() + "\"}}");
        return e;
    }

    @Test
    @DisplayName("batch norm: weights running away behind the normalization diverge (status 3), not 'success'")
    void batchNormRunaway() throws IOException {
        // The cross-entropy stays small under batch norm while the weights (and so the L2 term) grow without end.
        Path e = experiment("\"hidden\": [16, 16], \"batchNorm\": true",
                "\"optimizer\": \"adam\", \"learningRate\": 100, \"l2\": 10");
        Result r = CliTest.cli("train", e, "--steps", "500");
        assertEquals(3, r.status(), r.out() + r.err());
        assertTrue(r.err().startsWith("train: training diverged at step "), r.err());
        Result calm = CliTest.cli("train", experiment("\"hidden\": [16, 16], \"batchNorm\": true",
                "\"optimizer\": \"adam\", \"learningRate\": 0.01, \"l2\": 1e4"), "--steps", "300");
        assertEquals(0, calm.status(), "a large but shrinking L2 term is regularization: " + calm.err());
    }

    @Test
    @DisplayName("a huge l2 is named as the cause, not the learning rate")
    void hugeL2() throws IOException {
        Result r = CliTest.cli("train", experiment("\"hidden\": [8]", "\"l2\": 1e300"), "--steps", "10");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.errLines().get(1).startsWith("hint: the L2 term ran away: training.l2 (1.0E300) with"
                + " training.learningRate (0.01) and batches of 32 gives learningRate x l2 / batch = 3.13e+296;"), r.err());
    }
}
