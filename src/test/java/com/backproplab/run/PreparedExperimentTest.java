package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.engine.Learner;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedExperimentTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path p = dir.resolve("e.json");
        Files.writeString(p, json.replace('\'', '"'));
        return p;
    }

    private static final String POINTS = "'data': {'points': [[0, 0, 0], [1, 1, 1], [2, 0, 0], [0, 2, 1], [3, 3, 1]],"
            + " 'devFraction': 0.2, 'splitSeed': 4}";

    @Test
    @DisplayName("should split, normalize and start a fresh learner on the training set")
    void fresh() throws Exception {
        PreparedExperiment e = PreparedExperiment.read(write("{'network': {'hidden': [3]}, " + POINTS + "}"));
        assertEquals(5, e.points().size());
        assertEquals(4, e.data().train()[2].length);
        assertEquals(1, e.data().dev()[2].length);
        assertNull(e.network());
        assertNull(e.parameters());
        assertEquals(0.2, e.settings().devFraction());
        assertEquals(4, e.settings().splitSeed());
        Learner learner = e.newLearner();
        assertEquals(0, learner.steps());
        assertEquals(4, learner.size());
    }

    @Test
    @DisplayName("should resume from saved parameters, each learner on its own copy of the weights")
    void resumes() throws Exception {
        Path first = write("{'network': {'hidden': [3]}, " + POINTS + "}");
        Learner trained = PreparedExperiment.read(first).newLearner();
        for (int i = 0; i < 3; i++) {
            trained.step();
        }
        Path saved = dir.resolve("saved.json");
        ExperimentJson.write(saved, ExperimentJson.read(first).withParameters(Parameters.of(trained)));
        PreparedExperiment e = PreparedExperiment.read(saved);
        assertNotNull(e.network());
        Learner a = e.newLearner();
        assertEquals(3, a.steps());
        assertEquals(trained.position(), a.position());
        assertArrayEquals(trained.network().weights(1)[0], a.network().weights(1)[0]);
        a.step();
        assertArrayEquals(trained.network().weights(1)[0], e.newLearner().network().weights(1)[0],
                "training one learner leaves the prepared weights alone");
    }

    @Test
    @DisplayName("should refuse untrainable data and a position past the training set, naming the key")
    void refuses() throws IOException {
        ExperimentException e = assertThrows(ExperimentException.class, () -> PreparedExperiment.read(
                write("{'data': {'points': [[0, 0, 1], [1, 1, 1], [2, 2, 1]], 'devFraction': 0}}")));
        assertEquals("data", e.key());
        assertEquals("All 3 points are class 1: add points of class 0 so there is a boundary to learn.", e.problem());
        e = assertThrows(ExperimentException.class, () -> PreparedExperiment.read(write("{'network': {'hidden': []},"
                + " 'data': {'points': [[0, 0, 1], [1, 1, 0]], 'devFraction': 0}, 'parameters': {'layers':"
                + " [{'W': [[1, 2]], 'b': [0]}], 'position': 5}}")));
        assertEquals("parameters.position", e.key());
        assertEquals("is 5 but the training set has only 2 points", e.problem());
    }

    @Test
    @DisplayName("should refuse points too far out to normalize")
    void normalization() throws IOException {
        ExperimentException e = assertThrows(ExperimentException.class, () -> PreparedExperiment.read(
                write("{'data': {'points': [[1e308, 0, 0], [-1e308, 1, 1], [1e308, 2, 1]], 'devFraction': 0}}")));
        assertEquals("data", e.key());
        assertEquals(true, e.problem().startsWith("The training points are too far apart to normalize"), e.problem());
    }
}
