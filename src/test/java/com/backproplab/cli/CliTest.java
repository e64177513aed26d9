package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentJson;
import com.backproplab.run.PreparedExperiment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;

    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        String lastLine() {
            String[] lines = out.split("\n");
            return lines[lines.length - 1];
        }
    }

    static Result cli(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        int status = Cli.run(a, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A small two-class CSV beside the experiments: two noisy blobs, 60 points. */
    Path csv() throws IOException {
        StringBuilder s = new StringBuilder("x1,x2,label\n");
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 60; i++) {
            int y = i % 2;
            double cx = y == 1 ? 1.5 : -1.5;
            s.append(cx + r.nextGaussian()).append(',').append(r.nextGaussian() * 1.5 - cx / 3).append(',').append(y)
                    .append('\n');
        }
        Path p = dir.resolve("blobs.csv");
        Files.writeString(p, s);
        return p;
    }

    Path experiment(String name, String optimizer, boolean shuffle, String extraTraining) throws IOException {
        return experiment(name, optimizer, shuffle, extraTraining, false);
    }

    Path experiment(String name, String optimizer, boolean shuffle, String extraTraining, boolean batchNorm)
            throws IOException {
        csv();
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"version\": 1, \"network\": {\"hidden\": [5, 4], \"activation\": \"tanh\", \"seed\": 3,"
                + " \"batchNorm\": " + batchNorm + "},"
                + " \"training\": {\"optimizer\": \"" + optimizer + "\", \"learningRate\": 0.05, \"batchSize\": 16,"
                + " \"shuffle\": " + shuffle + extraTraining + "},"
                + " \"data\": {\"file\": \"blobs.csv\", \"devFraction\": 0.25}}");
        return p;
    }

    static List<String> rows(Path trace) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(trace));
        lines.remove(0);
        return lines;
    }

    @ParameterizedTest
    @CsvSource({"gd, false, false", "momentum, false, false", "adam, false, false", "rmsprop, false, false",
        "adam, true, false", "adam, false, true", "momentum, true, true"})
    @DisplayName("should continue from --out exactly: N then M steps equal N + M steps (also with batch norm)")
    void resume(String optimizer, boolean shuffle, boolean batchNorm) throws Exception {
        // Schedule and dropout make the epoch, position and step count matter too; batch norm adds gamma, beta,
        // their moments and the running statistics.
        Path exp = experiment("e.json", optimizer, shuffle,
                ", \"keepProb\": 0.9, \"l2\": 0.01, \"schedule\": {\"kind\": \"inverse_time\", \"rate\": 0.5}",
                batchNorm);
        Result whole = cli("train", exp, "--steps", 37, "--trace", dir.resolve("all.csv"), "--out",
                dir.resolve("all.json"));
        assertEquals(0, whole.status(), whole.err());
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Result first = cli("train", exp, "--steps", 13, "--trace", dir.resolve("a.csv"), "--out",
                sub.resolve("half.json"));
        assertEquals(0, first.status(), first.err());
        Result second = cli("train", sub.resolve("half.json"), "--steps", 24, "--trace", dir.resolve("b.csv"),
                "--out", dir.resolve("end.json"));
        assertEquals(0, second.status(), second.err());

        List<String> joined = new ArrayList<>(rows(dir.resolve("a.csv")));
        joined.addAll(rows(dir.resolve("b.csv")));
        assertEquals(rows(dir.resolve("all.csv")), joined, "every trace column, bit for bit");
        assertEquals(37, joined.size());
        assertTrue(joined.get(13).startsWith("14,"));

        // The final experiments agree exactly (parameters, optimizer state, step, epoch, position).
        Experiment a = ExperimentJson.read(dir.resolve("all.json"));
        Experiment b = ExperimentJson.read(dir.resolve("end.json"));
        assertEquals(ExperimentJson.format(a), ExperimentJson.format(b));
        assertArrayEquals(a.parameters().weights()[0][0], b.parameters().weights()[0][0]);
        assertEquals(37, b.parameters().step());
        if (batchNorm) {
            assertArrayEquals(a.parameters().runningVar()[1], b.parameters().runningVar()[1]);
            assertArrayEquals(a.parameters().gamma()[0], b.parameters().gamma()[0]);
            assertTrue(ExperimentJson.format(b).contains("\"vGamma\"") || optimizer.equals("rmsprop"));
        }
        // The copy in sub/ found the CSV through a rewritten relative path.
        assertEquals("../blobs.csv", ExperimentJson.read(sub.resolve("half.json")).data().file());
    }

    @Test
    @DisplayName("should write a trace whose cost is the mini-batch cost before the update, and a summary")
    void trace() throws IOException {
        Path exp = experiment("e.json", "adam", true, "");
        Result r = cli("train", exp, "--steps", 20, "--trace", dir.resolve("t.csv"), "--eval-every", 5);
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("t.csv"));
        assertEquals("step,epoch,cost,batch_size,learning_rate,train_cost,train_accuracy,dev_cost,dev_accuracy,"
                + "grad_norm_1,grad_norm_2,grad_norm_3,weight_norm_1,weight_norm_2,weight_norm_3,"
                + "update_ratio_1,update_ratio_2,update_ratio_3,activation_std_1,activation_std_2,activation_std_3",
                lines.get(0));
        assertEquals(21, lines.size());
        String[] row1 = lines.get(1).split(",", -1);
        assertEquals("1", row1[0]);
        assertEquals("0", row1[1]);
        assertEquals("", row1[5], "not evaluated on step 1 with --eval-every 5");
        String[] row5 = lines.get(5).split(",", -1);
        assertFalse(row5[5].isEmpty());
        assertTrue(r.out().startsWith("trained 20 steps (1 to 20)"), r.out());
        assertTrue(r.out().contains("train: cost"));
        assertTrue(r.out().contains("dev:   cost"));
        // One epoch is 45 training points = 3 steps of 16, 16, 13.
        assertEquals("13", lines.get(3).split(",")[3]);
        assertEquals("1", lines.get(4).split(",")[1]);
    }

    @Test
    @DisplayName("should stop with status 3 and name the step when training diverges")
    void divergence() throws IOException {
        csv();
        Path exp = dir.resolve("x.json");
        Files.writeString(exp, "{\"network\": {\"hidden\": [32, 32, 32], \"activation\": \"relu\", \"init\": \"scaled\","
                + " \"initScale\": 5}, \"training\": {\"optimizer\": \"gd\", \"learningRate\": 5, \"batchSize\": 64},"
                + " \"data\": {\"file\": \"blobs.csv\"}}");
        Result r = cli("train", exp, "--steps", 500, "--trace", dir.resolve("t.csv"), "--out", dir.resolve("o.json"));
        assertEquals(3, r.status(), r.out() + r.err());
        assertTrue(r.err().matches("(?s)train: training diverged at step \\d+: .*\nhint: .*initScale.*"), r.err());
        long step = Long.parseLong(r.err().replaceAll("(?s).*at step (\\d+):.*", "$1"));
        assertEquals(step, rows(dir.resolve("t.csv")).size(), "the trace ends at the diverging step");
        assertFalse(Files.exists(dir.resolve("o.json")), "no experiment with NaN weights");
    }

    @Test
    @DisplayName("should print the difference last and exit 0 on a correct gradient")
    void gradcheck() throws IOException {
        Path exp = experiment("e.json", "adam", true, ", \"l2\": 0.7, \"keepProb\": 0.5");
        Result r = cli("gradcheck", exp);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.lastLine().matches("difference \\S+"), r.lastLine());
        double d = Double.parseDouble(r.lastLine().substring("difference ".length()));
        assertTrue(d < 1e-7, r.out());
        assertTrue(r.out().contains("L2 lambda 0.7"));
        // After training, at the saved parameters.
        assertEquals(0, cli("train", exp, "--steps", 30, "--out", dir.resolve("t.json")).status());
        Result after = cli("gradcheck", dir.resolve("t.json"));
        assertTrue(after.out().contains("saved weights (step 30)"), after.out());
        assertTrue(after.lastLine().startsWith("difference "));
    }

    @Test
    @DisplayName("should fail the check with status 1 when the difference is not tiny")
    void gradcheckFails() throws IOException {
        // Ten sigmoid layers at small init: gradients of 1e-20 drown in the numerical difference's round-off.
        Path exp = dir.resolve("v.json");
        csv();
        Files.writeString(exp, "{\"network\": {\"hidden\": [6, 6, 6, 6, 6, 6, 6, 6, 6, 6], \"activation\": \"sigmoid\","
                + " \"init\": \"small_random\"}, \"data\": {\"file\": \"blobs.csv\"}}");
        Result r = cli("gradcheck", exp);
        assertEquals(1, r.status(), r.out());
        assertTrue(r.lastLine().startsWith("difference "));
    }

    @Test
    @DisplayName("should call a stationary point undefined, print the absolute difference, and not fail")
    void gradcheckStationary() throws IOException {
        // Zero init on the 60 balanced points, all of them training: every gradient is exactly zero.
        Path exp = dir.resolve("z.json");
        csv();
        Files.writeString(exp, "{\"network\": {\"hidden\": [5, 4], \"activation\": \"tanh\", \"init\": \"zeros\"},"
                + " \"data\": {\"file\": \"blobs.csv\", \"devFraction\": 0}}");
        Result r = cli("gradcheck", exp);
        assertEquals(0, r.status(), r.out());
        String[] lines = r.out().split("\n");
        assertEquals(4, lines.length, r.out());
        assertTrue(lines[1].startsWith("stationary point: ") && lines[1].contains("relative difference is undefined"),
                lines[1]);
        assertFalse(r.out().contains("likely a bug"), r.out());
        assertTrue(lines[2].matches("absolute difference \\S+"), lines[2]);
        assertTrue(Double.parseDouble(lines[2].substring("absolute difference ".length())) < 1e-7, lines[2]);
        assertEquals("difference NaN", r.lastLine());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key | {'training': {'learningrat': 0.1}, 'data': {'file': 'blobs.csv'}}"
            + " | e.json: training.learningrat: unknown key",
        "wrong type | {'network': {'hidden': 8}, 'data': {'file': 'blobs.csv'}} | e.json: network.hidden: must be a list",
        "bad enum | {'training': {'optimizer': 'sgd'}, 'data': {'file': 'blobs.csv'}}"
            + " | e.json: training.optimizer: unknown optimizer 'sgd'",
        "W shape | {'network': {'hidden': []}, 'data': {'file': 'blobs.csv'}, 'parameters': {'layers': [{'W': [[1, 2, 3]],"
            + " 'b': [0]}]}} | e.json: parameters.layers[0].W[0]: W[1] must be 1 x 2",
        "learning rate -1 | {'training': {'learningRate': -1}, 'data': {'file': 'blobs.csv'}}"
            + " | e.json: training.learningRate: must be > 0, found -1.0",
        "keepProb 0 | {'training': {'keepProb': 0}, 'data': {'file': 'blobs.csv'}}"
            + " | e.json: training.keepProb: must be in (0, 1]",
        "batchSize 0 | {'training': {'batchSize': 0}, 'data': {'file': 'blobs.csv'}} | e.json: training.batchSize: must be >= 1",
        "missing data file | {'data': {'file': 'nope.csv'}} | e.json: data.file: no such file: nope.csv",
        "malformed CSV | {'data': {'file': 'bad.csv'}} | bad.csv:3: ",
        "one class | {'data': {'points': [[0, 0, 1], [1, 1, 1], [2, 2, 1]], 'devFraction': 0}}"
            + " | e.json: data: All 3 points are class 1: add points of class 0 so there is a boundary to learn.",
        "one point | {'data': {'points': [[0, 0, 1]], 'devFraction': 0}}"
            + " | e.json: data: Add at least 2 points to train (the dataset has 1).",
        "position past the data | {'network': {'hidden': []}, 'data': {'points': [[0, 0, 1], [1, 1, 0]], 'devFraction': 0},"
            + " 'parameters': {'layers': [{'W': [[1, 2]], 'b': [0]}], 'position': 5}}"
            + " | e.json: parameters.position: is 5 but the training set has only 2 points",
        "syntax | {'data': {'file': 'blobs.csv'} | e.json:1: not valid JSON",
    })
    @DisplayName("should reject a bad experiment with status 2 and one line naming file, key and problem")
    void badFiles(String name, String json, String expected) throws IOException {
        csv();
        Files.writeString(dir.resolve("bad.csv"), "x1,x2,label\n1,2,0\n3,abc,1\n");
        Path exp = dir.resolve("e.json");
        Files.writeString(exp, json.replace('\'', '"'));
        for (String command : new String[] {"train", "gradcheck", "render"}) {
            Result r = command.equals("gradcheck") ? cli(command, exp)
                    : command.equals("train") ? cli(command, exp, "--steps", 3)
                    : cli(command, exp, "--steps", 3, "--png", dir.resolve("p.png"));
            assertEquals(2, r.status(), command + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            String line = r.errLines().get(0);
            String shown = line.startsWith(dir.toString()) ? line.substring(dir.toString().length() + 1) : line;
            assertTrue(shown.startsWith(expected), command + ": " + line);
            assertFalse(line.contains("Exception"), line);
        }
    }

    @Test
    @DisplayName("should say which experiment file is missing")
    void missingExperiment() {
        Result r = cli("train", dir.resolve("none.json"), "--steps", 1);
        assertEquals(2, r.status());
        assertEquals(List.of(dir.resolve("none.json") + ": no such file"), r.errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train e.json", "train e.json --steps", "train e.json --steps ten",
        "train e.json --steps -1", "train --steps 3", "train e.json --steps 3 --bogus 1", "train e.json f.json --steps 1",
        "render e.json --steps 3", "render e.json --steps 3 --png p.png --size 10", "gradcheck"})
    @DisplayName("should answer bad arguments with status 2, the problem and the usage line")
    void badArguments(String line) throws IOException {
        experiment("e.json", "gd", false, "");
        List<String> args = new ArrayList<>();
        for (String a : line.split(" ")) {
            args.add(a.endsWith(".json") || a.endsWith(".png") ? dir.resolve(a).toString() : a);
        }
        Result r = cli(args.toArray());
        assertEquals(2, r.status(), r.err());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith(line.split(" ")[0] + ": "), r.err());
        assertTrue(r.errLines().get(1).startsWith("usage: backprop-lab " + line.split(" ")[0]), r.err());
    }

    @Test
    @DisplayName("should print usage for help and reject an unknown command in one line")
    void helpAndUnknown() {
        for (String h : new String[] {"help", "--help", "-h"}) {
            Result r = cli(h);
            assertEquals(0, r.status());
            assertTrue(r.out().contains("backprop-lab train EXP.json --steps N"), r.out());
        }
        Result r = cli("trian", "x.json");
        assertEquals(2, r.status());
        assertEquals(List.of("backprop-lab: unknown command 'trian' (commands: train, gradcheck, render, bench, help)"),
                r.errLines());
        assertEquals(2, cli().status());
    }

    @Test
    @DisplayName("should load every shipped demo experiment with its data")
    void shippedExperiments() throws Exception {
        try (var files = Files.list(Path.of("experiments"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(all.size() >= 4, all.toString());
            for (Path p : all) {
                PreparedExperiment e = PreparedExperiment.read(p);
                assertTrue(e.data().train()[2].length >= 2, p.toString());
            }
        }
    }

    @Test
    @DisplayName("should refuse an output in a missing directory before training")
    void missingOutputDirectory() throws IOException {
        Path exp = experiment("e.json", "gd", false, "");
        Result r = cli("train", exp, "--steps", 1, "--out", dir.resolve("no/such/dir/o.json"));
        assertEquals(2, r.status());
        assertTrue(r.errLines().get(0).startsWith("train: --out: the directory "), r.err());
    }
}
