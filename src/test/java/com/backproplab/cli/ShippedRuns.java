package com.backproplab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Trains shipped experiment files with {@code train --steps N --out} in this JVM and prints one line per file: its
 * name and a hash of the exit status, what was printed and the saved file. {@link ShippedRunsReproduceTest} runs
 * it in-process and in a forked JVM.
 */
public final class ShippedRuns {
    private ShippedRuns() {
    }

    static String hash(Path experiment, int steps, Path scratch) throws IOException {
        Path out = scratch.resolve(experiment.getFileName() + ".out.json");
        Files.deleteIfExists(out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int status = Cli.run(new String[] {"train", experiment.toString(), "--steps", Integer.toString(steps),
            "--out", out.toString()}, ps, ps);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((status + "\n").getBytes(StandardCharsets.UTF_8));
            // The saved file names its data file relative to itself: only the scratch folder's name would differ.
            md.update(printed.toString(StandardCharsets.UTF_8).replace(scratch.toString(), "<scratch>")
                    .getBytes(StandardCharsets.UTF_8));
            if (Files.exists(out)) {
                md.update(Files.readString(out).replace(scratch.toString(), "<scratch>").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** args: steps, scratch folder, experiment files. */
    public static void main(String[] args) throws IOException {
        int steps = Integer.parseInt(args[0]);
        Path scratch = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            System.out.println(p.getFileName() + " " + hash(p, steps, scratch));
        }
    }
}
