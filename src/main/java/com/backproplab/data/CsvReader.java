package com.backproplab.data;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One strict pass over dataset CSV text, record by record; package-private, used by {@link DatasetCsv}. */
final class CsvReader {

    /** A plain decimal number; Double.parseDouble alone would also take "1d", "0x1p3" and "Infinity". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NAN = Pattern.compile("[+-]?nan", Pattern.CASE_INSENSITIVE);
    private static final Pattern INFINITY = Pattern.compile("[+-]?inf(inity)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final String text;
    private final String source;
    private double[] x1 = new double[64];
    private double[] x2 = new double[64];
    private double[] labels = new double[64];
    private int size;
    /** The header was x1,x2,y: real values instead of class labels. */
    private boolean regression;

    CsvReader(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The whole dataset, or the first problem found. */
    Dataset read() throws DataFormatException {
        boolean headerSeen = false;
        CsvRecords records = new CsvRecords(blankCommentLines(text), source);
        for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
            if (!headerSeen) {
                checkHeader(r, r.line());
                headerSeen = true;
            } else {
                addRow(r, r.line());
            }
        }
        if (!headerSeen) {
            String what = text.isBlank() ? "the file is empty" : "the file has only comments and blank lines";
            throw new DataFormatException(source, 0, what + ": it needs the header x1,x2,label");
        }
        double[] a = Arrays.copyOf(x1, size), b = Arrays.copyOf(x2, size), y = Arrays.copyOf(labels, size);
        if (regression) {
            return Dataset.regression(a, b, y);
        }
        int[] classes = new int[size];
        for (int i = 0; i < size; i++) {
            classes[i] = (int) y[i];
        }
        return Dataset.of(a, b, classes);
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

    private void checkHeader(CsvRecords.Record r, int line) throws DataFormatException {
        List<String> names = r.fields().stream().map(String::strip).toList();
        regression = names.equals(DatasetCsv.REGRESSION_HEADER);
        if (!names.equals(DatasetCsv.HEADER) && !regression) {
            // Only a short excerpt: the file may be anything (another program's data, a system file).
            String found = r.count() > names.size() ? "a line of " + r.count() + " fields starting '"
                    + Excerpt.of(String.join(",", names), Excerpt.CONTENT) + "'"
                    : "'" + Excerpt.of(String.join(",", names), Excerpt.CONTENT) + "'";
            throw new DataFormatException(source, line, "expected the header x1,x2,label, found " + found);
        }
    }

    private void addRow(CsvRecords.Record r, int line) throws DataFormatException {
        List<String> fields = r.fields();
        if (r.count() != 3) {
            throw new DataFormatException(source, line,
                    "expected 3 columns x1,x2," + (regression ? "y" : "label") + ", found " + r.count());
        }
        double a = coordinate("x1", fields.get(0).strip(), line);
        double b = coordinate("x2", fields.get(1).strip(), line);
        double y = regression ? coordinate("y", fields.get(2).strip(), line) : label(fields.get(2).strip(), line);
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
            throw new DataFormatException(source, line, name + " is not a number: '" + Excerpt.of(value) + "'");
        }
        double x = Double.parseDouble(value);
        if (Double.isInfinite(x)) {
            throw new DataFormatException(source, line, name + " is infinite (" + Excerpt.of(value)
                    + " is too large)");
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
                        + (numeric ? Excerpt.of(value) : "'" + Excerpt.of(value) + "'"));
        }
    }
}
