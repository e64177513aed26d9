package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.io.ExperimentJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on issue 12's experiments: regression, input features and L1. */
class PlaygroundCliTest {
    @TempDir
    Path dir;

    /** A Gaussian bump over [-3, 3]^2 as x1,x2,y. */
    private Path bump() throws Exception {
        StringBuilder s = new StringBuilder("x1,x2,y\n");
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 120; i++) {
            double a = r.nextDouble(-3, 3), b = r.nextDouble(-3, 3);
            s.append(a).append(',').append(b).append(',').append(2 * Math.exp(-(a * a + b * b) / 4) - 1).append('\n');
        }
        Path p = dir.resolve("bump.csv");
        Files.writeString(p, s);
        return p;
    }

    private Path experiment(String json) throws Exception {
        bump();
        Path p = dir.resolve("e.json");
        Files.writeString(p, json.replace('\'', '"'));
        return p;
    }

    @Test
    @DisplayName("should train a regression and print 'train: cost <J>' without an accuracy, and empty accuracy cells")
    void trainsRegression() throws Exception {
        Path exp = experiment("{'problem': 'regression', 'network': {'hidden': [8], 'features': ['x1', 'x2', 'x1^2',"
                + " 'x2^2']}, 'training': {'optimizer': 'adam', 'learningRate': 0.02, 'batchSize': 32, 'l1': 0.001},"
                + " 'data': {'file': 'bump.csv', 'devFraction': 0.25}}");
        CliTest.Result r = CliTest.cli("train", exp, "--steps", 1500, "--trace", dir.resolve("t.csv"), "--out",
                dir.resolve("out.json"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        String train = lines.stream().filter(l -> l.startsWith("train: ")).findFirst().orElseThrow();
        assertTrue(train.matches("train: cost [0-9.e-]+ \\(90 points\\)"), train);
        assertTrue(Double.parseDouble(train.split(" ")[2]) < 0.01, "the bump is fitted: " + train);
        assertTrue(lines.stream().anyMatch(l -> l.matches("dev: {3}cost [0-9.e-]+ \\(30 points\\)")), r.out());
        String row = Files.readAllLines(dir.resolve("t.csv")).get(1);
        String[] cells = row.split(",", -1);
        assertTrue(!cells[5].isEmpty() && cells[6].isEmpty() && !cells[7].isEmpty() && cells[8].isEmpty(),
                "train_cost and dev_cost filled, no accuracy: " + row);
        // The saved run keeps its problem, features and L1, and continues.
        var saved = ExperimentJson.read(dir.resolve("out.json"));
        assertEquals(4, saved.network().layerSizes()[0]);
        assertEquals(0.001, saved.training().l1());
        assertEquals(0, CliTest.cli("train", dir.resolve("out.json"), "--steps", 10).status());
    }

    @Test
    @DisplayName("should pass the gradient check with features, L1 and the regression cost")
    void gradcheck() throws Exception {
        Path exp = experiment("{'problem': 'regression', 'network': {'hidden': [5, 4], 'features': ['x1', 'x2',"
                + " 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']}, 'training': {'l1': 0.3, 'l2': 0.1},"
                + " 'data': {'file': 'bump.csv'}}");
        CliTest.Result r = CliTest.cli("gradcheck", exp);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("gradcheck: 69 parameters, 96 training points, L2 lambda 0.1, L1 lambda 0.3,"),
                r.out());
        assertTrue(Double.parseDouble(r.lastLine().substring("difference ".length())) < 1e-7, r.lastLine());
    }

    @Test
    @DisplayName("should render a regression with its value legend and costs in the footer")
    void renders() throws Exception {
        Path exp = experiment("{'problem': 'regression', 'network': {'hidden': [6]}, 'data': {'file': 'bump.csv'}}");
        CliTest.Result r = CliTest.cli("render", exp, "--steps", 50, "--png", dir.resolve("r.png"), "--size", 200);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("train cost"), r.out());
        assertTrue(Files.size(dir.resolve("r.png")) > 1000);
    }

    @Test
    @DisplayName("should refuse a regression CSV in a classification experiment with one line naming file and line")
    void mismatch() throws Exception {
        Path exp = experiment("{'data': {'file': 'bump.csv'}}");
        CliTest.Result r = CliTest.cli("train", exp, "--steps", 1);
        assertEquals(2, r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("bump.csv:1: the header x1,x2,y holds regression values"), r.err());
    }
}
