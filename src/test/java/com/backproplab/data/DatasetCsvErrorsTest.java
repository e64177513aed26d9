package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetCsvErrorsTest {

    private static final String H = "x1,x2,label\n";

    static Stream<Arguments> badInputs() {
        return Stream.of(
            // text, expected line, expected problem (the whole message is "bad.csv:<line>: <problem>")
            Arguments.of("", 0, "the file is empty: it needs the header x1,x2,label"),
            Arguments.of("  \n\n", 0, "the file is empty: it needs the header x1,x2,label"),
            Arguments.of("# only a comment\n\n", 0,
                    "the file has only comments and blank lines: it needs the header x1,x2,label"),
            Arguments.of("1,2,0\n3,4,1\n", 1, "expected the header x1,x2,label, found '1,2,0'"),
            Arguments.of("# c\n\nx1,x2\n", 3, "expected the header x1,x2,label, found 'x1,x2'"),
            Arguments.of("X1,x2,label\n", 1, "expected the header x1,x2,label, found 'X1,x2,label'"),
            Arguments.of("# c\n\n" + H + "1,2\n", 4, "expected 3 columns x1,x2,label, found 2"),
            Arguments.of(H + "1,2,0,\n", 2, "expected 3 columns x1,x2,label, found 4"),
            Arguments.of(H + "1,2,0\n1,abc,1\n", 3, "x2 is not a number: 'abc'"),
            Arguments.of(H + "1d,2,0\n", 2, "x1 is not a number: '1d'"),
            Arguments.of(H + "0x1p3,2,0\n", 2, "x1 is not a number: '0x1p3'"),
            Arguments.of(H + ",2,0\n", 2, "x1 is empty"),
            Arguments.of(H + "1,2,2\n", 2, "label must be 0 or 1, found 2"),
            Arguments.of(H + "1,2,0.5\n", 2, "label must be 0 or 1, found 0.5"),
            Arguments.of(H + "1,2,yes\n", 2, "label must be 0 or 1, found 'yes'"),
            Arguments.of(H + "1,2,\n", 2, "label must be 0 or 1, found ''"),
            Arguments.of(H + "NaN,2,0\n", 2, "x1 is NaN"),
            Arguments.of(H + "1,-nan,0\n", 2, "x2 is NaN"),
            Arguments.of(H + "Infinity,2,0\n", 2, "x1 is infinite"),
            Arguments.of(H + "1,-inf,0\n", 2, "x2 is infinite"),
            Arguments.of(H + "1e999,2,0\n", 2, "x1 is infinite (1e999 is too large)"),
            // Comments (also indented ones) and blank or whitespace-only lines still count as lines.
            Arguments.of("# a\n" + H + "# b\n\n   \n  # c, d\n1,2,0\n0,0,5\n", 8, "label must be 0 or 1, found 5"),
            Arguments.of(H + "1,2,0\n3,4,7", 3, "label must be 0 or 1, found 7"),
            Arguments.of("x1,x2,label\r\n\r\n1,2,x\r\n", 3, "label must be 0 or 1, found 'x'"),
            Arguments.of("x1,x2,label\r\r1,2,0\r1,q,0\r", 4, "x2 is not a number: 'q'"),
            // A quoted line break makes one record of two physical lines: blame the first; the break is shown escaped.
            Arguments.of(H + "1,\"2\n3\",0\n", 2, "x2 is not a number: '2\\n3'"),
            Arguments.of(H + "1,\"2\n3\",0\n4,5,6\n", 2, "x2 is not a number: '2\\n3'"),
            Arguments.of(H + "1,\"2\",0\n\"4\n\",5,1\n7,8,9\n", 5, "label must be 0 or 1, found 9"),
            Arguments.of(H + "1,2,0\n\"1,2,0\n3,4,1\n", 3, "a quote is never closed"),
            Arguments.of(H + "1,\"2\"x,0\n", 2, "a quoted field must be followed by a comma or the end of the line")
        );
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("badInputs")
    @DisplayName("should name the first bad line and its problem")
    void reportsProblem(String text, int line, String problem) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> DatasetCsv.parse(text, "bad.csv"));
        assertEquals(line, e.line());
        assertEquals(problem, e.problem());
        assertEquals("bad.csv", e.file());
        assertEquals(line > 0 ? "bad.csv:" + line + ": " + problem : "bad.csv: " + problem, e.getMessage());
    }
}
