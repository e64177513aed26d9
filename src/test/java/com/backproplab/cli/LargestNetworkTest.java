package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.engine.NetworkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest network the format allows (32 x 256), with batch norm and Adam's moments, trains, saves, and trains
 * on from the saved file within the launcher's 256 MB heap (it used to die "out of memory" while saving).
 */
@SlowTest
class LargestNetworkTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("should train, save and resume the largest network in the launcher's heap")
    void trainsSavesResumes() throws Exception {
        String hidden = String.join(", ", Collections.nCopies(NetworkConfig.MAX_LAYERS,
                Integer.toString(NetworkConfig.MAX_UNITS)));
        Files.writeString(dir.resolve("big.json"), "{\"network\": {\"hidden\": [" + hidden + "], \"batchNorm\": true},"
                + " \"training\": {\"optimizer\": \"adam\"}, \"data\": {\"file\": \"" + Path.of("datasets/spiral.csv")
                .toAbsolutePath() + "\"}}");
        ForkedCli.Result first = ForkedCli.run(dir, 300, "train", "big.json", "--steps", "2", "--out", "a.json");
        assertEquals(0, first.status(), first.err());
        assertTrue(Files.size(dir.resolve("a.json")) > 100_000_000, "the moments are all saved");
        ForkedCli.Result second = ForkedCli.run(dir, 300, "train", "a.json", "--steps", "1", "--out", "b.json");
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().startsWith("trained 1 steps (3 to 3)"), second.out());
    }
}
