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
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The engine benchmark ({@code backprop-lab bench}): the workloads of BENCH.md, each timed as the median of
 * several runs of at least {@code --seconds} after a warm-up, on one thread. The data sets ship inside the image.
 */
public final class Bench {
    private Bench() {
    }

    /** One benchmark workload: a unit of work ("epoch") repeated until the run's time is up. */
    private record Workload(String id, String title, int examplesPerEpoch, int stepsPerEpoch, double flopsPerExample,
                            Runnable epoch) {
    }

    /** Runs the benchmark; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        String only = null;
        int runs = 5;
        double seconds = 1.0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json": json = true; break;
                case "--workload": only = i + 1 < args.length ? args[++i].toUpperCase(Locale.ROOT) : ""; break;
                case "--runs": runs = i + 1 < args.length ? parseInt(args[++i]) : -1; break;
                case "--seconds": seconds = i + 1 < args.length ? parseDouble(args[++i]) : -1; break;
                default:
                    err.println("bench: unknown option '" + args[i]
                            + "' (usage: bench [--json] [--workload W1|W2|W3|W4|UI] [--runs N] [--seconds S])");
                    return 2;
            }
        }
        if (runs < 1 || !(seconds > 0)) {
            err.println("bench: --runs needs an integer >= 1 and --seconds a number > 0");
            return 2;
        }
        List<Workload> workloads;
        try {
            workloads = workloads();
        } catch (IOException | DataFormatException e) {
            err.println("bench: cannot load the benchmark data: " + e.getMessage());
            return 2;
        }
        if (only != null) {
            String id = only;
            workloads.removeIf(w -> !w.id().equals(id));
            if (workloads.isEmpty()) {
                err.println("bench: unknown workload '" + id + "' (expected W1, W2, W3, W4 or UI)");
                return 2;
            }
        }
        if (!json) {
            out.printf("Backprop Lab engine benchmark: median of %d runs of >= %.1f s after warm-up, one thread%n",
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
                out.printf(Locale.ROOT, "{\"workload\":\"%s\",\"epochs_per_s\":%.2f,\"examples_per_s\":%.0f,"
                        + "\"gflops\":%.3f,\"steps_per_s\":%.1f}%n", w.id(), epochsPerSecond, examples, gflops, steps);
            } else {
                out.printf(Locale.ROOT, "%-4s %-34s %12.0f %12.1f %14.0f %9.2f%n", w.id(), w.title(), steps,
                        epochsPerSecond, examples, gflops);
            }
            out.flush();
        }
        return 0;
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
        list.add(heatmap());
        // Not in BENCH.md: the window's --perf-report workload, so the UI's steps/s can be compared with it.
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
                learner.step();
            }
        });
    }

    private static Workload heatmap() {
        NetworkConfig nc = new NetworkConfig(List.of(8, 8, 8), Activation.TANH, InitScheme.XAVIER, 1, 1);
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
        return new Workload("W4", "heatmap: 256x256 grid 2-8-8-8-1 tanh", count, 1, 2.0 * weights(nc.layerSizes()),
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

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
