package com.backproplab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reads and writes datasets as CSV with the header x1,x2,label (classes 0 and 1) or x1,x2,y (regression: any finite
 * value); '#' comments and blank lines allowed.
 */
public final class DatasetCsv {

    /** The required header, in order. */
    static final List<String> HEADER = List.of("x1", "x2", "label");
    /** The header of a regression file. */
    static final List<String> REGRESSION_HEADER = List.of("x1", "x2", "y");

    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setRecordSeparator('\n')
            .get();

    private DatasetCsv() {
    }

    /** Reads a UTF-8 dataset file: a full dataset, or an exception naming the first bad line. */
    public static Dataset read(Path file) throws DataFormatException, IOException {
        String text;
        try {
            byte[] bytes = InputFiles.readAll(file, InputFiles.MAX_CSV_BYTES);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file.toString(), 0, "the file is not UTF-8 text");
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            // Not a regular file, or too large: a sentence about the file, like a format problem.
            throw new DataFormatException(file.toString(), 0, InputFiles.reason(e));
        }
        return parse(text, file.toString());
    }

    /** Parses CSV text; sourceName is used in error messages, e.g. the file name. */
    public static Dataset parse(String text, String sourceName) throws DataFormatException {
        // Spreadsheet programs often start UTF-8 files with a byte-order mark.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new CsvReader(body, sourceName).read();
    }

    /** Writes the dataset atomically: a reader sees the old file or the new one, never a half-written one. */
    public static void write(Path file, Dataset d) throws IOException {
        write(file, d, null);
    }

    /** Like {@link #write(Path, Dataset)}, with a '#' comment line (may be null) before the header. */
    public static void write(Path file, Dataset d, String comment) throws IOException {
        AtomicWrite.replace(file, format(d, comment));
    }

    /** The CSV text for a dataset: optional comment, header, then one row per point. */
    static String format(Dataset d, String comment) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE_FORMAT)) {
            if (comment != null) {
                printer.printComment(comment);
            }
            printer.printRecord(d.isRegression() ? REGRESSION_HEADER : HEADER);
            for (int i = 0; i < d.size(); i++) {
                // Double.toString round-trips exactly through Double.parseDouble (including -0.0).
                printer.printRecord(Double.toString(d.x1(i)), Double.toString(d.x2(i)),
                        d.isRegression() ? Double.toString(d.value(i)) : Integer.toString(d.label(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a StringBuilder cannot fail", e);
        }
        return out.toString();
    }
}
