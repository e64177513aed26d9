package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.backproplab.cli.CliTest.Result;
import com.backproplab.data.DataFormatException;
import com.backproplab.data.DatasetCsv;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of both readers and {@code train}: malformed experiments and CSVs (FuzzInputs) must give status 0,
 * 2 or 3 with short messages, never 4, a stack trace or a hang. The default is a few seconds for {@code mvn verify};
 * docs/cli.md gives the longer run ({@code -Dfuzz.runs=20000}, any {@code -Dfuzz.seed}).
 */
class CliFuzzTest {
    private static final int RUNS = Integer.getInteger("fuzz.runs", 150);
    private static final long SEED = Long.getLong("fuzz.seed", 20_26L);

    @TempDir
    Path dir;

    @Test
    @DisplayName("malformed experiments and CSVs give status 0, 2 or 3 and one short message, never a crash")
    void fuzz() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        FuzzInputs inputs = new FuzzInputs(random);
        List<String> failures = new ArrayList<>();
        int[] statuses = new int[5];
        for (int run = 0; run < RUNS && failures.size() < 5; run++) {
            String csv = inputs.csv();
            String json = inputs.experiment("points.csv");
            Path csvFile = dir.resolve("points.csv");
            Path exp = dir.resolve("e.json");
            Files.writeString(csvFile, csv);
            Files.writeString(exp, json);
            readersOnly(csv, json, failures, run);
            List<Object> args = new ArrayList<>(List.of("train", exp, "--steps", 1 + random.nextInt(20)));
            if (random.nextInt(3) == 0) {
                args.addAll(List.of("--trace", dir.resolve("t.csv"), "--eval-every", 1 + random.nextInt(5)));
            }
            if (random.nextInt(3) == 0) {
                args.addAll(List.of("--out", dir.resolve("out.json")));
            }
            Result r = CliTest.cli(args.toArray());
            statuses[Math.min(4, Math.max(0, r.status()))]++;
            if (Boolean.getBoolean("fuzz.verbose") && r.status() == 2) {
                System.out.println("fuzz-reason: " + r.errLines().get(0).replaceAll("^[^:]*(:\\d+)?: ", "")
                        .replaceAll("[0-9.eE+-]+", "N"));
            }
            String where = "run " + run + " (seed " + SEED + "): ";
            if (r.status() != 0 && r.status() != 2 && r.status() != 3) {
                failures.add(where + "status " + r.status() + ": " + r.err() + "\n" + excerpt(json) + "\n"
                        + excerpt(csv));
            } else if (r.err().contains("\tat ") || r.err().contains("Exception") || r.errLines().size() > 4
                    || r.errLines().stream().anyMatch(l -> l.length() > 1200)) {
                failures.add(where + "not a short message: " + excerpt(r.err()));
            }
        }
        System.out.printf("fuzz: %d runs, seed %d; status 0: %d, 2: %d, 3: %d, other: %d%n", RUNS, SEED,
                statuses[0], statuses[2], statuses[3], statuses[1] + statuses[4]);
        if (!failures.isEmpty()) {
            fail(String.join("\n\n", failures));
        }
        assertTrue(RUNS > 0);
    }

    /** Each reader alone: a result or its own one-line exception, nothing else. */
    private static void readersOnly(String csv, String json, List<String> failures, int run) {
        try {
            DatasetCsv.parse(csv, "points.csv");
        } catch (DataFormatException expected) {
            lineOnly(expected.getMessage(), failures, run);
        } catch (RuntimeException e) {
            failures.add("run " + run + ": the CSV reader threw " + e + "\n" + excerpt(csv));
        }
        try {
            ExperimentJson.parse(json, "e.json");
        } catch (ExperimentException expected) {
            lineOnly(expected.getMessage(), failures, run);
        } catch (RuntimeException e) {
            failures.add("run " + run + ": the experiment reader threw " + e + "\n" + excerpt(json));
        }
    }

    private static void lineOnly(String message, List<String> failures, int run) {
        if (message.contains("\n") || message.length() > 1200) {
            failures.add("run " + run + ": not one short line: " + excerpt(message));
        }
    }

    private static String excerpt(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
