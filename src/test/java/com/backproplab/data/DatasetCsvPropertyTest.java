package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text it is given, the reader returns a dataset or throws DataFormatException, nothing else. */
class DatasetCsvPropertyTest {

    private static final List<String> PIECES = List.of(",", "\"", "\n", "\r", "\r\n", "#", " ", "", "x", "e",
            "E", "-", "+", ".", "0", "1", "2", "NaN", "Infinity", "-inf", "1e999", "\uFEFF", "\t", "\u0000",
            "\"\"", "x1,x2,label", ",,", "\u00a0", "\ud800");

    @Property(tries = 2000)
    @Label("should throw only DataFormatException for random strings")
    void randomStrings(@ForAll String text) {
        assertOnlyDataFormatException(text);
    }

    @Property(tries = 1000)
    @Label("should throw only DataFormatException for random bytes")
    void randomBytes(@ForAll byte[] bytes) {
        assertOnlyDataFormatException(new String(bytes, StandardCharsets.UTF_8));
        assertOnlyDataFormatException(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 3000)
    @Label("should throw only DataFormatException for valid files with one mutation")
    void nearValid(@ForAll("nearValidCsv") String text) {
        assertOnlyDataFormatException(text);
    }

    @Property(tries = 500)
    @Label("should read back every dataset it writes")
    void roundTrip(@ForAll("datasets") Dataset d) throws DataFormatException {
        assertEquals(d, DatasetCsv.parse(DatasetCsv.format(d, "property"), "round-trip"));
    }

    private static void assertOnlyDataFormatException(String text) {
        try {
            Dataset d = DatasetCsv.parse(text, "fuzz.csv");
            assertTrue(d.size() >= 0);
        } catch (DataFormatException e) {
            long lines = text.lines().count() + 1;
            assertTrue(e.line() >= 0 && e.line() <= lines, "line " + e.line() + " outside the text: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("fuzz.csv"), e.getMessage());
        }
        // Any other exception escapes and fails the property.
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<double[]> column = Arbitraries.doubles().array(double[].class).ofMaxSize(20);
        return column.flatMap(a -> Combinators.combine(
                Arbitraries.doubles().array(double[].class).ofSize(a.length),
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(a.length))
                .as((b, y) -> Dataset.of(a, b, y)));
    }

    @Provide
    Arbitrary<String> nearValidCsv() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(3));
        return Combinators.combine(datasets(), Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 3), piece)
                .as((d, position, kind, p) -> mutate(DatasetCsv.format(d, "near valid"), position, kind, p));
    }

    /** Replaces (0), inserts before (1) or deletes (2) the character at the position, or swaps a field (3). */
    private static String mutate(String text, int position, int kind, String piece) {
        int at = position % (text.length() + 1);
        int next = Math.min(text.length(), at + 1);
        switch (kind) {
            case 0:
                return text.substring(0, at) + piece + text.substring(next);
            case 1:
                return text.substring(0, at) + piece + text.substring(at);
            case 2:
                return text.substring(0, at) + text.substring(next);
            default:
                String[] fields = text.split(",", -1);
                fields[position % fields.length] = piece;
                return String.join(",", fields);
        }
    }
}
