package com.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.cli.CliTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, "Files the app does not own" and "Right status, right words", through the command line. */
class CliFilesTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path points(String extra) throws IOException {
        Path e = dir.resolve("e.json");
        Files.writeString(e, "{\"data\": {\"points\": [[0, 0, 0], [1, 1, 1], [0, 1, 0], [1, 0, 1]],"
                + " \"devFraction\": 0" + extra + "}}");
        return e;
    }

    private Path withFile(String csv) throws IOException {
        Path e = dir.resolve("f.json");
        Files.writeString(e, "{\"data\": {\"file\": \"" + csv + "\"}}");
        return e;
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path f = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", f.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        return f;
    }

    /** One short line on standard error, the status given. */
    private static void refused(Result r, String contains) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertTrue(r.errLines().get(0).length() < 400, "a short line: " + r.err().length() + " characters");
    }

    @Test
    @DisplayName("--out / names the directory instead of 'the directory null'")
    void outIsRoot() throws IOException {
        refused(CliTest.cli("train", points(""), "--steps", "1", "--out", "/"), "train: --out: / is a directory");
        refused(CliTest.cli("render", points(""), "--steps", "1", "--png", dir), "is a directory");
    }

    @Test
    @DisplayName("a trace to a FIFO is written straight through and the FIFO stays a FIFO")
    void traceToFifo() throws Exception {
        Path pipe = fifo("trace.pipe");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        Result r = assertTimeoutPreemptively(PROMPTLY, () -> CliTest.cli("train", points(""), "--steps", "3",
                "--trace", pipe));
        assertEquals(0, r.status(), r.err());
        assertEquals(4, read.get(30, TimeUnit.SECONDS).split("\n").length, "header and 3 rows");
        assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
    }

    @Test
    @DisplayName("data.file as a FIFO or a device is refused at once with a sentence")
    void dataFileNotRegular() throws Exception {
        Path pipe = fifo("points.csv");
        refused(assertTimeoutPreemptively(PROMPTLY, () -> CliTest.cli("train", withFile(pipe.toString()), "--steps",
                "1")), "is a device, FIFO or socket, not a regular file");
        refused(assertTimeoutPreemptively(PROMPTLY, () -> CliTest.cli("train", withFile("/dev/zero"), "--steps",
                "1")), "/dev/zero: is a device, FIFO or socket, not a regular file");
        Result fifoExperiment = assertTimeoutPreemptively(PROMPTLY, () -> CliTest.cli("gradcheck", pipe));
        refused(fifoExperiment, "not a regular file");
    }

    @Test
    @DisplayName("data.file pointing at another program's file quotes only a short excerpt of it")
    void foreignFile() throws IOException {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n");
        Result r = CliTest.cli("train", withFile(passwd.toString()), "--steps", "1");
        refused(r, "expected the header x1,x2,label, found 'root:x:0:0:root:/root... (31 characters)'");
        assertFalse(r.err().contains("/bin/bash"), r.err());
    }

    @Test
    @DisplayName("a huge bad value is quoted in at most about 200 characters")
    void hugeValues() throws IOException {
        String huge = "x".repeat(4_000_000);
        Path e = dir.resolve("huge.json");
        Files.writeString(e, "{\"network\": {\"activation\": \"" + huge + "\"}, \"data\": {\"points\": [[0, 0, 0]]}}");
        refused(CliTest.cli("train", e, "--steps", "1"), "network.activation");
        Files.writeString(e, "{\"" + "k".repeat(40_000) + "\": 1, \"data\": {\"points\": [[0, 0, 0]]}}");
        refused(CliTest.cli("train", e, "--steps", "1"), "unknown key");
        refused(CliTest.cli("train", e, "--steps", huge), "--steps needs a whole number");
        refused(CliTest.cli("train", e, huge), "unexpected argument");
    }

    @Test
    @DisplayName("a CSV line of millions of columns or a 5 MB cell gives status 2 and a sentence")
    void hugeCsv() throws IOException {
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "x1,x2,label\n" + "1,".repeat(3_000_000) + "1\n");
        refused(CliTest.cli("train", withFile(wide.toString()), "--steps", "1"),
                "wide.csv:2: expected 3 columns x1,x2,label, found 3000001");
        Path cell = dir.resolve("cell.csv");
        Files.writeString(cell, "x1,x2,label\n1," + "7".repeat(5_000_000) + ",0\n");
        refused(CliTest.cli("train", withFile(cell.toString()), "--steps", "1"),
                "cell.csv:2: a field of 5000000 characters or more");
    }

    @Test
    @DisplayName("JSON limits are told in the user's words, with the line")
    void jsonLimits() throws IOException {
        Path e = dir.resolve("long.json");
        Files.writeString(e, "{\n\"data\": {\"points\": [[1" + "1".repeat(2000) + ", 0, 0]]}}");
        Result r = CliTest.cli("train", e, "--steps", "1");
        refused(r, "long.json:2: not valid JSON: a number of 2001 characters; at most 1000 are read");
        assertFalse(r.err().contains("StreamReadConstraints"), r.err());
        Files.writeString(e, "{\"data\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
        refused(CliTest.cli("train", e, "--steps", "1"), "nested more than 1000 deep");
    }

    @Test
    @DisplayName("a dev point that overflows when normalized is status 2 naming the point; far points render")
    void farPoints() throws IOException {
        Path e = dir.resolve("far.json");
        Files.writeString(e, "{\"data\": {\"points\": [[0, 0, 0], [1e-150, 1e-150, 1], [0, 1e-150, 0],"
                + " [1e-150, 0, 1], [1e300, 1e300, 1]], \"devFraction\": 0.2, \"splitSeed\": 2}}");
        refused(CliTest.cli("train", e, "--steps", "1"), "The dev point 5 of the data (x1 = 1.0E300, x2 = 1.0E300)");
        Path big = points("").resolveSibling("big.json");
        Files.writeString(big, "{\"data\": {\"points\": [[1e308, 1e308, 0], [-1e308, -1e308, 1], [0, 0, 0],"
                + " [1, 1, 1]], \"devFraction\": 0, \"normalize\": false}}");
        Result r = CliTest.cli("render", big, "--steps", "2", "--png", dir.resolve("big.png"), "--size", "64");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    @DisplayName("a CSV over 64 MB or an experiment over 512 MB is refused up front with a sentence")
    void sizeLimits() throws IOException {
        Path csv = dir.resolve("big.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(csv.toFile(), "rw")) {
            f.setLength((64L << 20) + 1); // sparse: no disk, no time
        }
        refused(CliTest.cli("train", withFile(csv.toString()), "--steps", "1"),
                "big.csv: is larger than 64 MB, the most the app reads");
        Path exp = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(exp.toFile(), "rw")) {
            f.setLength((512L << 20) + 1);
        }
        refused(CliTest.cli("gradcheck", exp), "big.json: is larger than 512 MB, the most the app reads");
    }

    @Test
    @DisplayName("--out through a link in another directory keeps data.file valid from where the file lands")
    void outThroughLink() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("p.csv"), "x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n");
        Path exp = data.resolve("e.json");
        Files.writeString(exp, "{\"data\": {\"file\": \"p.csv\", \"devFraction\": 0}}");
        Path runs = Files.createDirectories(dir.resolve("deep/runs"));
        Path link = Files.createSymbolicLink(dir.resolve("latest.json"), runs.resolve("run.json"));
        Result r = CliTest.cli("train", exp, "--steps", "2", "--out", link);
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isSymbolicLink(link) && Files.isRegularFile(runs.resolve("run.json")));
        Result again = CliTest.cli("train", link, "--steps", "1");
        assertEquals(0, again.status(), again.err());
    }
}
