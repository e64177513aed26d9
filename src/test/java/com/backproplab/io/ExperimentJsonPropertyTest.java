package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.backproplab.engine.OptimizerKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever bytes it is given, the experiment reader returns an experiment or throws ExperimentException. */
class ExperimentJsonPropertyTest {

    private static final String VALID = ExperimentJson.format(
            ExperimentJsonTest.trained(OptimizerKind.ADAM, ExperimentJsonTest.awkwardPoints()));
    private static final String VALID_FILE = ExperimentJson.format(ExperimentJsonTest.trained(OptimizerKind.MOMENTUM,
            new ExperimentData("a.csv", null, 0.2, 1, true)));

    /** Replacements that hit types, enums, shapes, numbers and syntax. */
    private static final List<String> PIECES = List.of("", " ", "\"", ",", ":", "[", "]", "{", "}", "null", "true",
            "false", "NaN", "-Infinity", "1e999", "-1", "0", "0.5", "2", "1.5", "\"x\"", "\"adam\"", "\"gd\"",
            "\"relu\"", "\"W\"", "\"b\"", "\"vW\"", "[]", "{}", "[[1,2]]", "9223372036854775808", "-0", "1e-400",
            "\u0000", "\ud800", "\"layers\"", "\"kind\"", "\"points\"", "\"file\"", "[[0,0,1]]", "//", "/*", "'");

    @Property(tries = 1000)
    @Label("should throw only ExperimentException for random bytes")
    void randomBytes(@ForAll byte[] bytes) {
        assertOnlyExperimentException(bytes);
    }

    @Property(tries = 1000)
    @Label("should throw only ExperimentException for random strings")
    void randomStrings(@ForAll String text) {
        assertOnlyExperimentException(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 4000)
    @Label("should throw only ExperimentException for a valid experiment with one mutation")
    void nearValid(@ForAll("nearValid") String text) {
        assertOnlyExperimentException(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> nearValid() {
        Arbitrary<String> base = Arbitraries.of(VALID, VALID_FILE);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(3));
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 3);
        return Combinators.combine(base, where, length, piece, mode).as((text, w, len, p, m) -> {
            int at = (int) (w * text.length());
            switch (m) {
                case 0: // replace a few characters
                    return text.substring(0, at) + p + text.substring(Math.min(text.length(), at + len));
                case 1: // insert
                    return text.substring(0, at) + p + text.substring(at);
                case 2: // truncate
                    return text.substring(0, at);
                default: // replace the token (value or key) around the position
                    int start = at, end = at;
                    while (start > 0 && !",:[]{} \n".contains(text.substring(start - 1, start))) {
                        start--;
                    }
                    while (end < text.length() && !",:[]{} \n".contains(text.substring(end, end + 1))) {
                        end++;
                    }
                    return text.substring(0, start) + p + text.substring(end);
            }
        });
    }

    private static void assertOnlyExperimentException(byte[] bytes) {
        try {
            ExperimentJson.parse(bytes, "p.json");
        } catch (ExperimentException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
        }
    }
}
