package com.backproplab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields by the rules of RFC 4180 that dataset files use: fields separated by
 * commas, records by line breaks (CRLF, LF or CR), empty lines skipped, a field in double quotes may hold commas,
 * line breaks and doubled quotes, and spaces around a field are dropped. Problems are found here, with their
 * physical line, rather than read out of a parser's messages; package-private, used by {@link CsvReader}.
 */
final class CsvRecords {
    /** Fields kept per record; a dataset needs 3, the rest are only counted (a line may hold millions). */
    static final int MAX_FIELDS = 16;
    /** The longest field read: far longer than any number or header name, far shorter than the heap. */
    static final int MAX_FIELD_CHARS = 1000;

    /**
     * One record: the 1-based physical line it starts on, its first {@link #MAX_FIELDS} fields, and how many fields
     * it has in all.
     */
    record Record(int line, List<String> fields, int count) {
    }

    private final String text;
    private final String source;
    private int pos;
    private int line = 1;

    CsvRecords(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The next record, or null after the last. */
    Record next() throws DataFormatException {
        while (pos < text.length() && lineBreak()) {
            // An empty line.
        }
        if (pos >= text.length()) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        int count = 0;
        while (true) {
            skipSpaces();
            String field = pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain();
            if (count++ < MAX_FIELDS) {
                fields.add(field);
            }
            if (pos >= text.length() || lineBreak()) {
                return new Record(start, fields, count);
            }
            pos++; // the comma
        }
    }

    /** A field without quotes, up to the next comma or line break, trailing spaces dropped. */
    private String plain() throws DataFormatException {
        int from = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
            pos++;
        }
        if (pos - from > MAX_FIELD_CHARS) {
            throw tooLong(pos - from, line);
        }
        return text.substring(from, pos).stripTrailing();
    }

    private DataFormatException tooLong(int length, int at) {
        return new DataFormatException(source, at, "a field of " + length + " characters or more; a number, label"
                + " or header name has at most " + MAX_FIELD_CHARS);
    }

    /** A field in quotes; the quote is at {@code pos}. Leaves {@code pos} at the comma or line break after it. */
    private String quoted() throws DataFormatException {
        int opened = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new DataFormatException(source, opened, "a quote is never closed");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (atLineBreak()) {
                int from = pos;
                lineBreak();
                value.append(text, from, pos);
            } else {
                value.append(c);
                pos++;
            }
            if (value.length() > MAX_FIELD_CHARS) {
                throw tooLong(value.length(), opened);
            }
        }
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
            throw new DataFormatException(source, line,
                    "a quoted field must be followed by a comma or the end of the line");
        }
        return value.toString();
    }

    /** Skips spaces (any whitespace but a line break). */
    private void skipSpaces() {
        while (pos < text.length() && !atLineBreak() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atLineBreak() {
        char c = text.charAt(pos);
        return c == '\n' || c == '\r';
    }

    /** Consumes a line break (CRLF counts once) at {@code pos} and counts the line; false when there is none. */
    private boolean lineBreak() {
        if (!atLineBreak()) {
            return false;
        }
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        return true;
    }
}
