package com.backproplab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One strict pass over dataset CSV text; package-private, used by {@link DatasetCsv}. */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** A plain decimal number; Double.parseDouble alone would also take "1d", "0x1p3" and "Infinity". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAN = Pattern.compile("[+-]?nan", Pattern.CASE_INSENSITIVE);
    private static final Pattern INFINITY = Pattern.compile("[+-]?inf(inity)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIBRARY_LINE = Pattern.compile("(?:startline |line: )(\\d+)");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final String text;
    private final String source;
    private double[] x1 = new double[64];
    private double[] x2 = new double[64];
    private int[] labels = new int[64];
    private int size;

    CsvReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The whole dataset, or the first problem found. */
    Dataset read() throws DataFormatException {
        boolean headerSeen = false;
        try (CSVParser parser = CSVParser.parse(blankCommentLines(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                int line = startLine(record, parser);
                if (!headerSeen) {
                    checkHeader(record, line);
                    headerSeen = true;
                } else {
                    addRow(record, line);
                }
            }
        } catch (IOException e) {
            throw new DataFormatException(source, 0, "cannot be read as CSV: " + e.getMessage());
        }
        if (!headerSeen) {
            String what = text.isBlank() ? "the file is empty" : "the file has only comments and blank lines";
            throw new DataFormatException(source, 0, what + ": it needs the header x1,x2,label");
        }
        return Dataset.of(Arrays.copyOf(x1, size), Arrays.copyOf(x2, size), Arrays.copyOf(labels, size));
    }

    /**
     * Empties comment lines (first non-space character '#') and whitespace-only lines but keeps their
     * line breaks, so the parser skips them and its line numbers stay the file's physical ones.
     */
    private static String blankCommentLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher breaks = LINE_BREAK.matcher(text);
        int start = 0;
        while (true) {
            boolean found = breaks.find();
            int end = found ? breaks.start() : text.length();
            String line = text.substring(start, end);
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                out.append(line);
            }
            if (!found) {
                return out.toString();
            }
            out.append(breaks.group());
            start = breaks.end();
        }
    }

    /** Advances the parser, turning its quoting errors into a DataFormatException with a line. */
    private boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) throws DataFormatException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            Matcher m = LIBRARY_LINE.matcher(detail);
            int line = m.find() ? Integer.parseInt(m.group(1)) : (int) Math.max(1, parser.getCurrentLineNumber());
            String problem = detail.contains("EOF")
                    ? "a quote is never closed"
                    : detail.contains("encapsulated token")
                            ? "a quoted field must be followed by a comma or the end of the line"
                            : "malformed CSV: " + detail;
            throw new DataFormatException(source, line, problem);
        }
    }

    /** The record's first physical line: the parser reports its last, so step back over quoted line breaks. */
    private static int startLine(CSVRecord record, CSVParser parser) {
        int breaks = 0;
        for (String value : record) {
            Matcher m = LINE_BREAK.matcher(value);
            while (m.find()) {
                breaks++;
            }
        }
        return (int) parser.getCurrentLineNumber() - breaks;
    }

    private void checkHeader(CSVRecord record, int line) throws DataFormatException {
        List<String> names = record.stream().map(String::strip).toList();
        if (!names.equals(DatasetCsv.HEADER)) {
            throw new DataFormatException(source, line,
                    "expected the header x1,x2,label, found '" + String.join(",", names) + "'");
        }
    }

    private void addRow(CSVRecord record, int line) throws DataFormatException {
        if (record.size() != 3) {
            throw new DataFormatException(source, line,
                    "expected 3 columns x1,x2,label, found " + record.size());
        }
        double a = coordinate("x1", record.get(0).strip(), line);
        double b = coordinate("x2", record.get(1).strip(), line);
        int y = label(record.get(2).strip(), line);
        if (size == labels.length) {
            x1 = Arrays.copyOf(x1, 2 * size);
            x2 = Arrays.copyOf(x2, 2 * size);
            labels = Arrays.copyOf(labels, 2 * size);
        }
        x1[size] = a;
        x2[size] = b;
        labels[size] = y;
        size++;
    }

    private double coordinate(String name, String value, int line) throws DataFormatException {
        if (value.isEmpty()) {
            throw new DataFormatException(source, line, name + " is empty");
        }
        if (NAN.matcher(value).matches()) {
            throw new DataFormatException(source, line, name + " is NaN");
        }
        if (INFINITY.matcher(value).matches()) {
            throw new DataFormatException(source, line, name + " is infinite");
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new DataFormatException(source, line, name + " is not a number: '" + value + "'");
        }
        double x = Double.parseDouble(value);
        if (Double.isInfinite(x)) {
            throw new DataFormatException(source, line, name + " is infinite (" + value + " is too large)");
        }
        return x;
    }

    private int label(String value, int line) throws DataFormatException {
        switch (value) {
            case "0", "0.0":
                return 0;
            case "1", "1.0":
                return 1;
            default:
                boolean numeric = NUMBER.matcher(value).matches() || NAN.matcher(value).matches()
                        || INFINITY.matcher(value).matches();
                throw new DataFormatException(source, line, "label must be 0 or 1, found "
                        + (numeric ? value : "'" + value + "'"));
        }
    }
}
