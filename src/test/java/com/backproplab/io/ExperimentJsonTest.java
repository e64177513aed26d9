package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Learner;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.OptimizerState;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ExperimentJsonTest {

    /** Doubles whose decimal forms are easy to get wrong. */
    private static final double[] AWKWARD = {-0.0, 0.1 + 0.2, Double.MIN_VALUE, 1e-300, 1.7976931348623157e308,
        -2.5e-7, 1.0 / 3, 123456789.123456789};

    static Experiment trained(OptimizerKind kind, ExperimentData data) {
        NetworkConfig nc = new NetworkConfig(List.of(3, 2), Activation.TANH, InitScheme.HE, 1.0, 7);
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(kind).withBatch(3, true)
                .withSchedule(new Schedule(Schedule.Kind.INVERSE_TIME, 0.3, 0.9, 2.0));
        Learner learner = new Learner(nc, tc);
        learner.setData(new double[] {0.1, -0.4, 1.3, -2.0, 0.7}, new double[] {1.1, 0.2, -0.3, 0.8, -1.5},
                new double[] {0, 1, 1, 0, 1});
        for (int i = 0; i < 4; i++) {
            learner.step();
        }
        return new Experiment(1, "A \"title\" with ünïcode", "caption\nwith a newline", nc, tc, data,
                Parameters.of(learner));
    }

    static ExperimentData awkwardPoints() {
        double[] x1 = AWKWARD.clone();
        double[] x2 = new double[AWKWARD.length];
        int[] y = new int[AWKWARD.length];
        for (int i = 0; i < x2.length; i++) {
            x2[i] = -AWKWARD[AWKWARD.length - 1 - i] * 0.7;
            y[i] = i % 2;
        }
        return new ExperimentData(null, Dataset.of(x1, x2, y), 0.25, -3, false);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    @DisplayName("should round-trip parameters, optimizer state and inline points bit for bit")
    void roundTripPoints(OptimizerKind kind) throws Exception {
        Experiment e = trained(kind, awkwardPoints());
        String text = ExperimentJson.format(e);
        Experiment back = ExperimentJson.parse(text, "mem.json");
        assertSame(e, back);
        assertEquals(text, ExperimentJson.format(back));
    }

    @Test
    @DisplayName("should round-trip a data file path and write atomically to disk")
    void roundTripFile(@TempDir Path dir) throws Exception {
        Experiment e = trained(OptimizerKind.ADAM, new ExperimentData("../datasets/spiral.csv", null, 0.0, 9, true));
        Path f = dir.resolve("e.json");
        ExperimentJson.write(f, e);
        Experiment back = ExperimentJson.read(f);
        assertSame(e, back);
        assertEquals("../datasets/spiral.csv", back.data().file());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    static void assertSame(Experiment a, Experiment b) {
        assertEquals(a.version(), b.version());
        assertEquals(a.title(), b.title());
        assertEquals(a.caption(), b.caption());
        assertEquals(a.network(), b.network());
        assertEquals(a.training(), b.training());
        assertEquals(a.data().file(), b.data().file());
        assertEquals(a.data().points(), b.data().points());
        if (a.data().points() != null) {
            for (int i = 0; i < a.data().points().size(); i++) {
                assertBits(a.data().points().x1(i), b.data().points().x1(i));
                assertBits(a.data().points().x2(i), b.data().points().x2(i));
            }
        }
        assertEquals(Double.doubleToRawLongBits(a.data().devFraction()),
                Double.doubleToRawLongBits(b.data().devFraction()));
        assertEquals(a.data().splitSeed(), b.data().splitSeed());
        assertEquals(a.data().normalize(), b.data().normalize());
        Parameters p = a.parameters(), q = b.parameters();
        assertEquals(p.step(), q.step());
        assertEquals(p.epoch(), q.epoch());
        assertEquals(p.position(), q.position());
        for (int l = 0; l < p.weights().length; l++) {
            for (int i = 0; i < p.weights()[l].length; i++) {
                assertBits(p.weights()[l][i], q.weights()[l][i]);
            }
            assertBits(p.biases()[l], q.biases()[l]);
        }
        OptimizerState s = p.optimizerState(), t = q.optimizerState();
        assertEquals(s.kind(), t.kind());
        assertEquals(s.t(), t.t());
        for (double[][][] pair : new double[][][][] {{s.vw(), t.vw()}, {s.vb(), t.vb()}, {s.sw(), t.sw()},
            {s.sb(), t.sb()}}) {
            if (pair[0] == null) {
                assertNull(pair[1]);
                continue;
            }
            for (int l = 1; l < pair[0].length; l++) {
                assertBits(pair[0][l], pair[1][l]);
            }
        }
    }

    static void assertBits(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            assertBits(a[i], b[i]);
        }
    }

    static void assertBits(double a, double b) {
        assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b), a + " vs " + b);
    }

    @Test
    @DisplayName("should fill every missing key with the documented default")
    void defaults() throws Exception {
        Experiment e = ExperimentJson.parse("{\"data\": {\"points\": [[0, 0, 0], [1, 1, 1]]}}", "d.json");
        assertEquals(1, e.version());
        assertNull(e.title());
        assertEquals(NetworkConfig.defaults(), e.network());
        assertEquals(TrainingConfig.defaults(), e.training());
        assertEquals(0.2, e.data().devFraction());
        assertEquals(1, e.data().splitSeed());
        assertTrue(e.data().normalize());
        assertNull(e.parameters());
        Experiment partial = ExperimentJson.parse("{\"training\": {\"learningRate\": 0.5, \"schedule\": "
                + "{\"kind\": \"exponential\"}}, \"data\": {\"file\": \"x.csv\"}}", "d.json");
        assertEquals(TrainingConfig.defaults().withLearningRate(0.5)
                .withSchedule(new Schedule(Schedule.Kind.EXPONENTIAL, 0.0, 0.95, 1.0)), partial.training());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key with path | {'training': {'learningrat': 0.1}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.learningrat: unknown key (did you mean learningRate?)",
        "unknown top-level key | {'dta': {}, 'data': {'file': 'a.csv'}} | e.json: dta: unknown key",
        "unknown key in a layer | {'network': {'hidden': []}, 'data': {'file': 'a.csv'}, 'parameters': {'layers':"
            + " [{'W': [[1, 2]], 'b': [0], 'c': 1}]}} | e.json: parameters.layers[0].c: unknown key",
        "wrong type | {'training': {'batchSize': '32'}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.batchSize: must be a whole number, found the string \"32\"",
        "wrong type of a section | {'network': [1], 'data': {'file': 'a.csv'}} | e.json: network: must be an object",
        "fractional batch | {'training': {'batchSize': 3.5}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.batchSize: must be a whole number, found 3.5",
        "boolean | {'training': {'shuffle': 'yes'}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.shuffle: must be true or false",
        "bad activation | {'network': {'activation': 'swish'}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.activation: unknown activation 'swish'",
        "bad init | {'network': {'init': 'kaiming'}, 'data': {'file': 'a.csv'}} | e.json: network.init: unknown init",
        "bad optimizer | {'training': {'optimizer': 'sgd'}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.optimizer: unknown optimizer 'sgd'",
        "bad schedule | {'training': {'schedule': {'kind': 'cosine'}}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.schedule.kind: unknown schedule kind 'cosine'",
        "W rows | {'network': {'hidden': [2]}, 'data': {'file': 'a.csv'}, 'parameters': {'layers': [{'W': [[1, 2]],"
            + " 'b': [0, 0]}, {'W': [[1, 2]], 'b': [0]}]}}"
            + " | e.json: parameters.layers[0].W: W[1] must be 2 x 2 (n[1] x n[0]), found 1 rows",
        "W columns | {'network': {'hidden': [2]}, 'data': {'file': 'a.csv'}, 'parameters': {'layers': [{'W': [[1, 2],"
            + " [3]], 'b': [0, 0]}, {'W': [[1, 2]], 'b': [0]}]}}"
            + " | e.json: parameters.layers[0].W[1]: W[1] must be 2 x 2 (n[1] x n[0]), found a row of 1 numbers",
        "layer count | {'network': {'hidden': [2]}, 'data': {'file': 'a.csv'}, 'parameters': {'layers': []}}"
            + " | e.json: parameters.layers: must have 2 entries",
        "NaN | {'training': {'learningRate': NaN}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.learningRate: must be a finite number, found NaN",
        "NaN in W | {'network': {'hidden': []}, 'data': {'file': 'a.csv'}, 'parameters': {'layers': [{'W':"
            + " [[1, NaN]], 'b': [0]}]}} | e.json: parameters.layers[0].W[0][1]: must be a finite number, found NaN",
        "overflow | {'network': {'initScale': 1e999}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.initScale: must be a finite number",
        "negative learning rate | {'training': {'learningRate': -1}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.learningRate: must be > 0, found -1.0",
        "keepProb 0 | {'training': {'keepProb': 0}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.keepProb: must be in (0, 1]",
        "batchSize 0 | {'training': {'batchSize': 0}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.batchSize: must be >= 1, found 0",
        "beta 1 | {'training': {'beta2': 1}, 'data': {'file': 'a.csv'}} | e.json: training.beta2: must be in [0, 1)",
        "too many units | {'network': {'hidden': [8, 300]}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.hidden[1]: must be between 1 and 256, found 300",
        "devFraction 1 | {'data': {'file': 'a.csv', 'devFraction': 1}} | e.json: data.devFraction: must be in [0, 1)",
        "negative init scale | {'network': {'initScale': -1}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.initScale: must be >= 0, found -1.0",
        "too many layers | {'network': {'hidden': [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,"
            + " 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.hidden: at most 32 hidden layers, found 33",
        "units beyond an int | {'network': {'hidden': [1e10]}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.hidden[0]: is too large (at most 2147483647), found 10000000000",
        "negative l2 | {'training': {'l2': -0.5}, 'data': {'file': 'a.csv'}} | e.json: training.l2: must be >= 0, found -0.5",
        "epsilon 0 | {'training': {'epsilon': 0}, 'data': {'file': 'a.csv'}} | e.json: training.epsilon: must be > 0",
        "schedule rate | {'training': {'schedule': {'kind': 'inverse_time', 'rate': -1}}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.schedule.rate: must be >= 0, found -1.0",
        "schedule base | {'training': {'schedule': {'kind': 'exponential', 'base': 1.5}}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.schedule.base: must be in (0, 1], found 1.5",
        "schedule k | {'training': {'schedule': {'kind': 'inverse_sqrt', 'k': 0}}, 'data': {'file': 'a.csv'}}"
            + " | e.json: training.schedule.k: must be > 0, found 0.0",
        "null activation | {'network': {'activation': null}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.activation: must be a string, found null",
        "no data | {'version': 1} | e.json: data: missing",
        "both data | {'data': {'file': 'a.csv', 'points': []}} | e.json: data: give either file or points",
        "bad label | {'data': {'points': [[0, 0, 2]]}} | e.json: data.points[0][2]: must be between 0 and 1, found 2",
        "short point | {'data': {'points': [[0, 0]]}} | e.json: data.points[0]: must be [x1, x2, label]",
        "version | {'version': 2, 'data': {'file': 'a.csv'}} | e.json: version: this Backprop Lab reads version 1",
        "state kind | {'network': {'hidden': []}, 'training': {'optimizer': 'adam'}, 'data': {'file': 'a.csv'},"
            + " 'parameters': {'layers': [{'W': [[1, 2]], 'b': [0]}], 'optimizerState': {'kind': 'gd', 't': 1}}}"
            + " | e.json: parameters.optimizerState.kind: is gd but training.optimizer is adam",
        "state moment | {'network': {'hidden': []}, 'training': {'optimizer': 'momentum'}, 'data': {'file': 'a.csv'},"
            + " 'parameters': {'layers': [{'W': [[1, 2]], 'b': [0]}], 'optimizerState': {'kind': 'momentum', 't': 1,"
            + " 'layers': [{'vW': [[1, 2]]}]}}} | e.json: parameters.optimizerState.layers[0].vb: missing",
        "syntax | {'data': {'file': 'a.csv',}} | e.json:1: not valid JSON",
        "duplicate | {'data': {'file': 'a.csv'}, 'data': {}} | e.json:1: not valid JSON: Duplicate field 'data'",
        "trailing | {'data': {'file': 'a.csv'}} {} | e.json:1: not valid JSON",
        "not an object | [1, 2] | e.json: must be an object",
        "empty | '' | e.json: the file is empty",
    })
    @DisplayName("should name the key and the problem in one line")
    void errors(String name, String json, String expected) {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> ExperimentJson.parse(json.replace('\'', '"').replace("\"\"", ""), "e.json"));
        assertTrue(e.getMessage().startsWith(expected), () -> "message was: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    @DisplayName("should report a missing experiment file by name")
    void missingFile(@TempDir Path dir) {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> ExperimentJson.read(dir.resolve("nope.json")));
        assertEquals(dir.resolve("nope.json") + ": no such file", e.getMessage());
    }

    @Test
    @DisplayName("should keep W in the course's n[l] x n[l-1] layout")
    void layout() throws Exception {
        Experiment e = ExperimentJson.parse("{\"network\": {\"hidden\": [3]}, \"data\": {\"file\": \"a.csv\"},"
                + " \"parameters\": {\"layers\": [{\"W\": [[1, 2], [3, 4], [5, 6]], \"b\": [7, 8, 9]},"
                + " {\"W\": [[10, 11, 12]], \"b\": [13]}]}}", "e.json");
        var net = e.parameters().toNetwork(e.network().layerSizes(), e.network().activation());
        assertEquals(4.0, net.weight(1, 1, 1));
        assertEquals(5.0, net.weight(1, 2, 0));
        assertEquals(12.0, net.weight(2, 0, 2));
        assertArrayEquals(new double[] {7, 8, 9}, net.biases(1));
    }
}
