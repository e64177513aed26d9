package com.backproplab.cli;

import com.backproplab.data.DataFormatException;
import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Predictor;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.io.JsonReport;
import com.backproplab.run.Args;
import com.backproplab.run.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The engine benchmark ({@code backprop-lab bench}): the workloads W1 to W4 (README.md, Performance), each timed
 * as the median of several runs of at least {@code --seconds} after a warm-up, on one thread. The data sets ship
 * inside the image.
 */
final class Bench {
    static final String USAGE = "usage: backprop-lab bench [--json] [--workload W1|W2|W3|W4|UI|GRID] [--runs N]"
            + " [--seconds S]";
    private static final Args.Spec ARGS = Args.spec("bench", USAGE).withOptions("--workload", "--runs", "--seconds")
            .withFlags("--json");

    private Bench() {
    }

    /** One benchmark workload: a unit of work ("epoch") repeated until the run's time is up. */
    private record Workload(String id, String title, int examplesPerEpoch, int stepsPerEpoch, double flopsPerExample,
                            Runnable epoch) {
    }

    /** Runs the benchmark; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        Args a = ARGS.parse(args);
        boolean json = a.flag("--json");
        String only = a.text("--workload", null);
        int runs = (int) a.whole("--runs", 5, 1, 1000);
        double seconds = a.positive("--seconds", 1.0);
        List<Workload> workloads;
        try {
            workloads = workloads();
        } catch (IOException | DataFormatException e) {
            err.println("bench: cannot load the benchmark data: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        if (only != null) {
            String id = only.toUpperCase(Locale.ROOT);
            workloads.removeIf(w -> !w.id().equals(id));
            if (workloads.isEmpty()) {
                throw a.fail("unknown workload '" + id + "' (expected W1, W2, W3, W4, UI or GRID)");
            }
        }
        if (!json) {
            out.printf(Locale.ROOT, "Backprop Lab engine benchmark: median of %d runs of >= %.1f s after warm-up, one thread%n",
                    runs, seconds);
            out.printf("%-4s %-34s %12s %12s %14s %9s%n", "id", "workload", "steps/s", "epochs/s", "examples/s",
                    "GFLOP/s");
        }
        for (Workload w : workloads) {
            double epochsPerSecond = measure(w, runs, seconds);
            double examples = epochsPerSecond * w.examplesPerEpoch();
            double steps = epochsPerSecond * w.stepsPerEpoch();
            double gflops = examples * w.flopsPerExample() / 1e9;
            if (json) {
                // The key order first, then what this command adds.
                out.println(new JsonReport().text("workload", w.id()).number("epochs_per_s", epochsPerSecond, 2)
                        .number("examples_per_s", examples, 0).number("gflops", gflops, 3)
                        .number("steps_per_s", steps, 1).line());
            } else {
                out.printf(Locale.ROOT, "%-4s %-34s %12.0f %12.1f %14.0f %9.2f%n", w.id(), w.title(), steps,
                        epochsPerSecond, examples, gflops);
            }
            out.flush();
        }
        return Cli.OK;
    }

    /** Median epochs per second over the runs, after a warm-up of one run's length (at least one second). */
    private static double measure(Workload w, int runs, double seconds) {
        timed(w, Math.max(1.0, seconds));
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            rates.add(timed(w, seconds));
        }
        Collections.sort(rates);
        int n = rates.size();
        return n % 2 == 1 ? rates.get(n / 2) : (rates.get(n / 2 - 1) + rates.get(n / 2)) / 2;
    }

    /** Runs whole epochs until at least {@code seconds} passed; returns epochs per second. */
    private static double timed(Workload w, double seconds) {
        long start = System.nanoTime();
        long limit = (long) (seconds * 1e9);
        long epochs = 0;
        long elapsed;
        do {
            w.epoch().run();
            epochs++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        return epochs * 1e9 / elapsed;
    }

    private static List<Workload> workloads() throws IOException, DataFormatException {
        List<Workload> list = new ArrayList<>();
        list.add(training("W1", "playground: spiral 2-8-8-8-1 tanh", load("spiral.csv"),
                new NetworkConfig(List.of(8, 8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                OptimizerKind.GD, 0.03, 10));
        list.add(training("W2", "deep-vanish: circle 2-16x10-1 sigm", load("circle.csv"),
                new NetworkConfig(Collections.nCopies(10, 16), Activation.SIGMOID, InitScheme.SMALL_RANDOM, 1, 1),
                OptimizerKind.GD, 0.1, 400));
        list.add(training("W3", "wide-adam: moons 2-64-64-1 ReLU", load("moons.csv"),
                new NetworkConfig(List.of(64, 64), Activation.RELU, InitScheme.HE, 1, 1),
                OptimizerKind.ADAM, 1e-3, 64));
        list.add(heatmap("W4", "heatmap: 256x256 grid 2-8-8-8-1 tanh", List.of(8, 8, 8)));
        // Not one of W1 to W4: the window's boundary grid of the UI workload, on one core (grids/s).
        list.add(heatmap("GRID", "ui-grid: 256x256 grid 2-[8x6]-1 tanh", Collections.nCopies(6, 8)));
        // Not one of W1 to W4: the window's --perf-report workload, so the UI's steps/s can be compared with it.
        list.add(training("UI", "ui-perf: spiral 2-[8x6]-1 tanh Adam", load("spiral.csv"),
                new NetworkConfig(Collections.nCopies(6, 8), Activation.TANH, InitScheme.XAVIER, 1, 1),
                OptimizerKind.ADAM, 0.01, 32));
        return list;
    }

    private static Workload training(String id, String title, Dataset data, NetworkConfig nc, OptimizerKind opt,
                                     double lr, int batch) {
        TrainingConfig tc = TrainingConfig.defaults().withOptimizer(opt).withLearningRate(lr).withBatch(batch, true);
        Learner learner = new Learner(nc, tc);
        int m = data.size();
        double[] y = new double[m];
        int[] labels = data.labelsCopy();
        for (int i = 0; i < m; i++) {
            y[i] = labels[i];
        }
        learner.setData(data.x1Copy(), data.x2Copy(), y);
        int stepsPerEpoch = (m + Math.min(batch, m) - 1) / Math.min(batch, m);
        int[] n = nc.layerSizes();
        long weights = weights(n);
        double flops = 6.0 * weights - 2.0 * n[1] * n[0];
        return new Workload(id, title, m, stepsPerEpoch, flops, () -> {
            for (int s = 0; s < stepsPerEpoch; s++) {
                learner.advance();
            }
        });
    }

    private static Workload heatmap(String id, String title, List<Integer> hidden) {
        NetworkConfig nc = new NetworkConfig(hidden, Activation.TANH, InitScheme.XAVIER, 1, 1);
        Network net = Network.initialize(nc);
        int side = 256, count = side * side;
        double[] gx = new double[count], gy = new double[count], out = new double[count];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                gx[j * side + i] = -6 + 12.0 * i / (side - 1);
                gy[j * side + i] = 6 - 12.0 * j / (side - 1);
            }
        }
        Predictor predictor = new Predictor();
        return new Workload(id, title, count, 1, 2.0 * weights(nc.layerSizes()),
                () -> predictor.predict(net, gx, gy, count, out));
    }

    private static long weights(int[] n) {
        long p = 0;
        for (int l = 1; l < n.length; l++) {
            p += (long) n[l] * n[l - 1];
        }
        return p;
    }

    private static Dataset load(String name) throws IOException, DataFormatException {
        try (InputStream in = Bench.class.getResourceAsStream("/com/backproplab/bench/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return DatasetCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }
}
