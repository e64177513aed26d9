package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvTest {

    @TempDir
    Path dir;

    private static final double[] TRICKY = {
        0.1, 1e-300, -0.0, 0.0, 1.0 / 3, -2.5, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_NORMAL, 1e23, 2e-3, 0.30000000000000004, 123456789.123456789, -1e-7
    };

    @Test
    @DisplayName("should round-trip tricky doubles bit for bit through write and read")
    void roundTripTricky() throws Exception {
        double[] b = new double[TRICKY.length];
        int[] y = new int[TRICKY.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = TRICKY[TRICKY.length - 1 - i];
            y[i] = i % 2;
        }
        Dataset d = Dataset.of(TRICKY, b, y);
        Path file = dir.resolve("tricky.csv");
        DatasetCsv.write(file, d);
        Dataset back = DatasetCsv.read(file);
        assertBitIdentical(d, back);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.x1(2)));
    }

    @Test
    @DisplayName("should round-trip random bit patterns exactly")
    void roundTripRandom() throws Exception {
        SplittableRandom r = new SplittableRandom(2024);
        int m = 2000;
        double[] a = new double[m];
        double[] b = new double[m];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = finiteFromBits(r);
            b[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-20, 20));
            y[i] = r.nextInt(2);
        }
        Dataset d = Dataset.of(a, b, y);
        Path file = dir.resolve("random.csv");
        DatasetCsv.write(file, d);
        assertBitIdentical(d, DatasetCsv.read(file));
    }

    private static double finiteFromBits(SplittableRandom r) {
        while (true) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(x)) {
                return x;
            }
        }
    }

    private static void assertBitIdentical(Dataset expected, Dataset actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.x1(i)), Double.doubleToRawLongBits(actual.x1(i)), "x1 " + i);
            assertEquals(Double.doubleToRawLongBits(expected.x2(i)), Double.doubleToRawLongBits(actual.x2(i)), "x2 " + i);
            assertEquals(expected.label(i), actual.label(i), "label " + i);
        }
    }

    @Test
    @DisplayName("should write the header, an optional comment, Double.toString numbers and 0/1 labels")
    void writtenText() throws Exception {
        Dataset d = Dataset.of(new double[] {0.1, -0.0}, new double[] {1e-300, 2}, new int[] {1, 0});
        Path file = dir.resolve("d.csv");
        DatasetCsv.write(file, d, "made by a test");
        assertEquals("# made by a test\nx1,x2,label\n0.1,1.0E-300,1\n-0.0,2.0,0\n", Files.readString(file));
    }

    @Test
    @DisplayName("should accept comments, blank lines, spaces, quotes, CRLF, a BOM and 0.0/1.0 labels anywhere")
    void lenientLayout() throws Exception {
        String text = "\uFEFF# top\n\n  # indented comment, with a comma\n x1 , x2 ,label \r\n"
                + "\t\n1, 2 ,0.0\n# between\n\"3\",-4e1,1.0\n\n5,6,1\n# end";
        Dataset d = DatasetCsv.parse(text, "layout.csv");
        assertArrayEquals(new double[] {1, 3, 5}, d.x1Copy());
        assertArrayEquals(new double[] {2, -40, 6}, d.x2Copy());
        assertArrayEquals(new int[] {0, 1, 1}, d.labelsCopy());
    }

    @Test
    @DisplayName("should read a header with no rows as an empty dataset")
    void headerOnly() throws Exception {
        assertEquals(Dataset.empty(), DatasetCsv.parse("# nothing yet\nx1,x2,label\n", "empty.csv"));
    }

    @Test
    @DisplayName("should replace an existing file and leave no temporary files behind")
    void atomicReplace() throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "old content that is much longer than the new content will be, to catch truncation\n");
        Dataset d = Dataset.of(new double[] {1}, new double[] {2}, new int[] {1});
        DatasetCsv.write(file, d);
        assertEquals("x1,x2,label\n1.0,2.0,1\n", Files.readString(file));
        DatasetCsv.write(file, d.withPoint(3, 4, 0));
        assertEquals(d.withPoint(3, 4, 0), DatasetCsv.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    @DisplayName("should fail with an IOException and leave nothing behind when the directory is missing")
    void missingDirectory() throws Exception {
        Path file = dir.resolve("no-such-dir").resolve("points.csv");
        assertThrows(IOException.class, () -> DatasetCsv.write(file, Dataset.empty()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    @DisplayName("should name the file path in a read error and reject bytes that are not UTF-8")
    void readErrors() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "x1,x2,label\n1,2,3\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> DatasetCsv.read(file));
        assertEquals(file + ":2: label must be 0 or 1, found 3", e.getMessage());
        assertEquals(file.toString(), e.file());
        Files.write(file, new byte[] {'x', '1', (byte) 0xff, (byte) 0xfe, '\n'});
        e = assertThrows(DataFormatException.class, () -> DatasetCsv.read(file));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().endsWith(": the file is not UTF-8 text"), e.getMessage());
        assertThrows(IOException.class, () -> DatasetCsv.read(dir.resolve("missing.csv")));
    }
}
