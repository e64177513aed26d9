package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Feature;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Problem;
import com.backproplab.engine.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12's keys: {@code problem}, {@code network.features}, {@code training.l1}, regression points. */
class PlaygroundFormatTest {

    private static Experiment parse(String json) throws ExperimentException {
        return ExperimentJson.parse(json.replace('\'', '"'), "e.json");
    }

    @Test
    @DisplayName("should read features, l1 and a regression problem with real-valued inline points")
    void reads() throws ExperimentException {
        Experiment e = parse("{'problem': 'regression', 'network': {'hidden': [], 'features': ['x1^2', 'sin(x2)',"
                + " 'x1*x2']}, 'training': {'l1': 0.05}, 'data': {'points': [[0, 1, 2.5], [1, 0, -0.25]]}}");
        assertEquals(Problem.REGRESSION, e.network().problem());
        assertEquals(List.of(Feature.X1_SQUARED, Feature.SIN_X2, Feature.X1_TIMES_X2), e.network().features());
        assertEquals(3, e.network().layerSizes()[0]);
        assertEquals(0.05, e.training().l1());
        Dataset p = e.data().points();
        assertTrue(p.isRegression());
        assertEquals(-0.25, p.value(1));
    }

    @Test
    @DisplayName("should default to classification on x1 and x2 without L1, so old files load unchanged")
    void defaults() throws ExperimentException {
        Experiment e = parse("{'data': {'points': [[0, 1, 1], [1, 0, 0]]}}");
        assertEquals(Problem.CLASSIFICATION, e.network().problem());
        assertEquals(Feature.DEFAULTS, e.network().features());
        assertEquals(0.0, e.training().l1());
        assertFalse(e.data().points().isRegression());
    }

    @Test
    @DisplayName("should write the new keys only when they differ from their defaults, and read back what it wrote")
    void writes() throws ExperimentException {
        Experiment plain = parse("{'data': {'points': [[0, 1, 1], [1, 0, 0]]}}");
        String text = ExperimentJson.format(plain);
        assertFalse(text.contains("problem") || text.contains("features") || text.contains("\"l1\""), text);
        NetworkConfig n = NetworkConfig.defaults().withFeatures(List.of(Feature.X2, Feature.X1_SQUARED))
                .withProblem(Problem.REGRESSION);
        TrainingConfig t = TrainingConfig.defaults().withL1(0.125);
        Dataset values = Dataset.regression(new double[] {0, 1}, new double[] {2, 3}, new double[] {0.1, -7});
        Experiment e = new Experiment(1, null, null, n, t, new ExperimentData(null, values, 0, 1, true), null);
        String written = ExperimentJson.format(e);
        assertTrue(written.contains("\"problem\": \"regression\""), written);
        assertTrue(written.replaceAll("\\s", "").contains("\"features\":[\"x2\",\"x1^2\"]"), written);
        assertTrue(written.contains("\"l1\": 0.125"), written);
        Experiment back = ExperimentJson.parse(written, "back.json");
        assertEquals(n, back.network());
        assertEquals(t, back.training());
        assertEquals(values, back.data().points());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown feature | {'network': {'features': ['x1', 'x3']}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.features[1]: unknown feature 'x3' (expected x1, x2, x1^2, x2^2, x1*x2, sin(x1) or"
            + " sin(x2))",
        "repeated feature | {'network': {'features': ['x1', 'x1']}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.features[1]: x1 is already in the list",
        "no feature | {'network': {'features': []}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.features: must name at least one input feature",
        "feature not a name | {'network': {'features': [1]}, 'data': {'file': 'a.csv'}}"
            + " | e.json: network.features[0]: must be a feature name",
        "negative l1 | {'training': {'l1': -1}, 'data': {'file': 'a.csv'}} | e.json: training.l1: must be >= 0, found -1.0",
        "unknown problem | {'problem': 'ranking', 'data': {'file': 'a.csv'}}"
            + " | e.json: problem: unknown problem 'ranking' (expected classification or regression)",
        "real label | {'data': {'points': [[0, 0, 0.5]]}} | e.json: data.points[0][2]: must be a class label 0 or 1,"
            + " found 0.5 (a real-valued label needs",
        "regression shape | {'problem': 'regression', 'data': {'points': [[0, 0]]}}"
            + " | e.json: data.points[0]: must be [x1, x2, y]",
        "non-finite value | {'problem': 'regression', 'data': {'points': [[0, 0, NaN]]}}"
            + " | e.json: data.points[0][2]: must be a finite number, found NaN"
    })
    @DisplayName("should refuse bad new keys with one line naming the key")
    void refuses(String name, String json, String message) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    @DisplayName("should name the CSV file and its header line when its labels do not fit the problem")
    void csvOfTheOtherProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("values.csv"), "x1,x2,y\n0,0,0.5\n1,1,-2\n");
        Files.writeString(dir.resolve("classes.csv"), "x1,x2,label\n0,0,0\n1,1,1\n");
        Path exp = Files.writeString(dir.resolve("e.json"), "{}");
        Experiment classes = parse("{'data': {'file': 'values.csv'}}");
        ExperimentException wrong = assertThrows(ExperimentException.class,
                () -> classes.data().load(exp, classes.network().problem()));
        assertTrue(wrong.getMessage().startsWith(dir.resolve("values.csv") + ":1: the header x1,x2,y holds regression"
                + " values, but the experiment's problem is classification"), wrong.getMessage());
        Experiment values = parse("{'problem': 'regression', 'data': {'file': 'classes.csv'}}");
        ExperimentException other = assertThrows(ExperimentException.class,
                () -> values.data().load(exp, values.network().problem()));
        assertTrue(other.getMessage().startsWith(dir.resolve("classes.csv") + ":1: the header x1,x2,label holds class"
                + " labels, but the experiment's problem is regression"), other.getMessage());
        Experiment right = parse("{'problem': 'regression', 'data': {'file': 'values.csv'}}");
        assertTrue(right.data().load(exp, Problem.REGRESSION).isRegression());
    }

    @Test
    @DisplayName("should let a lesson step change the features, and set them back in a step written after one that"
            + " changed them")
    void lessonSteps() throws ExperimentException {
        Lesson l = LessonJson.parse(("{'title': 'L', 'network': {'hidden': [], 'features': ['x1^2', 'x2^2']},"
                + " 'training': {'l1': 0.5}, 'data': {'points': [[0, 1, 1], [1, 0, 0]]}, 'steps': ["
                + "{'title': 'a', 'caption': 'A. B.'},"
                + "{'title': 'b', 'caption': 'A. B.', 'network': {'features': ['x1', 'x2']}, 'training': {'l1': 0}}]}")
                .replace('\'', '"').getBytes(java.nio.charset.StandardCharsets.UTF_8), "l.json");
        assertEquals(List.of(Feature.X1_SQUARED, Feature.X2_SQUARED), l.steps().get(0).experiment().network().features());
        assertEquals(Feature.DEFAULTS, l.steps().get(1).experiment().network().features());
        Lesson again = LessonJson.parse(LessonJson.format(l).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "again.json");
        assertEquals(Feature.DEFAULTS, again.steps().get(1).experiment().network().features());
        assertEquals(0.0, again.steps().get(1).experiment().training().l1());
        assertEquals(0.5, again.steps().get(0).experiment().training().l1());
    }
}
