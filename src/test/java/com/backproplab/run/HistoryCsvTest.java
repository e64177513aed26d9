package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.cli.Cli;
import com.backproplab.io.Experiment;
import com.backproplab.training.Command;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class HistoryCsvTest {
    @TempDir
    Path dir;

    /** Two noisy blobs, a 5-3 tanh network, Adam on mini-batches of 16 with a shuffle, a quarter held out. */
    public static Path experiment(Path dir) throws Exception {
        StringBuilder pts = new StringBuilder();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 80; i++) {
            int y = i % 2;
            pts.append(i == 0 ? "" : ", ").append('[').append((y == 1 ? 1.2 : -1.2) + r.nextGaussian()).append(", ")
                    .append(r.nextGaussian()).append(", ").append(y).append(']');
        }
        Path exp = dir.resolve("blobs.json");
        Files.writeString(exp, "{\"network\": {\"hidden\": [5, 3], \"activation\": \"tanh\", \"seed\": 9},"
                + " \"training\": {\"optimizer\": \"adam\", \"learningRate\": 0.02, \"batchSize\": 16},"
                + " \"data\": {\"points\": [" + pts + "], \"devFraction\": 0.25, \"splitSeed\": 2}}");
        return exp;
    }

    /** The rows of a trace CSV by step, each as its cells. */
    static Map<Long, String[]> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        Map<Long, String[]> byStep = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            byStep.put(Long.parseLong(cells[0]), cells);
        }
        return byStep;
    }

    /**
     * Checks that every exported row is the trace's row of its step: the same step, epoch, batch size and learning
     * rate, every other cell equal to 1e-9 (relative), except the four evaluation cells, which may be empty (not
     * evaluated at that step). Returns how many rows had them filled. Not bit for bit: the engine's vector sums come
     * out in the last bits differently before and after the JIT compiles them, so two runs of the same experiment in
     * one process can differ there from the first step on (the command line run twice in one JVM does).
     */
    public static int assertRowsOfTrace(Path exported, Path trace) throws Exception {
        assertEquals(Files.readAllLines(trace).get(0), Files.readAllLines(exported).get(0), "the same columns");
        Map<Long, String[]> want = rows(trace);
        int evaluated = 0;
        for (Map.Entry<Long, String[]> row : rows(exported).entrySet()) {
            String[] t = want.get(row.getKey());
            assertNotNull(t, "step " + row.getKey() + " is a step of the trace");
            String[] e = row.getValue();
            assertEquals(t.length, e.length);
            for (int c = 0; c < e.length; c++) {
                String where = "step " + row.getKey() + ", column " + (c + 1);
                if (c == 0 || c == 1 || c == 3 || c == 4) {
                    assertEquals(t[c], e[c], where);
                } else if (!(c >= 5 && c <= 8 && e[c].isEmpty())) {
                    double a = Double.parseDouble(t[c]), b = Double.parseDouble(e[c]);
                    assertEquals(a, b, 1e-12 + 1e-9 * Math.abs(a), where);
                }
            }
            evaluated += e[5].isEmpty() ? 0 : 1;
        }
        return evaluated;
    }

    private static Snapshot await(TrainingSession s, Predicate<Snapshot> p) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!p.test(s.latest())) {
            assertTrue(System.nanoTime() < end, "no snapshot matched in 60 s; step " + s.latest().step());
            Thread.sleep(5);
        }
        return s.latest();
    }

    @Test
    @DisplayName("should export rows that are train --trace's rows of the same steps, thinned evenly on a long run")
    void rowsOfTheTrace() throws Exception {
        Path exp = experiment(dir);
        PreparedExperiment p = PreparedExperiment.read(exp);
        Experiment x = p.experiment();
        Snapshot end;
        try (TrainingSession s = new TrainingSession(x.network(), x.training(), p.settings(), p.points(),
                Viewport.defaults(), 8)) {
            s.start();
            // Slow enough for a few dozen evaluations (at most one per 16 ms), fast enough to pass 1024 steps.
            s.send(new Command.SetSpeed(4000));
            s.send(new Command.Play());
            await(s, q -> q.step() >= 1800);
            s.send(new Command.Pause());
            end = await(s, q -> !q.playing());
        }
        History h = end.history();
        Path exported = dir.resolve("history.csv");
        int written = HistoryCsv.write(exported, h);
        // Every sample but the run's starting one (step 0, before any update: no step of the trace).
        assertEquals(0, h.step(0));
        assertEquals(h.size() - 1, written);
        assertTrue(h.step(2) - h.step(1) >= 2, "over 1024 steps the history is thinned");

        Path trace = dir.resolve("trace.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"train", exp.toString(), "--steps", Long.toString(end.step()), "--trace",
            trace.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        int evaluated = assertRowsOfTrace(exported, trace);
        assertTrue(evaluated >= 1, "some rows carry the costs evaluated at their step");
    }
}
