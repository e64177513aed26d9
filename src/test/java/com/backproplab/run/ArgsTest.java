package com.backproplab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgsTest {
    private static final Args.Spec TRAIN = Args.spec("train", "usage: train").withExperiment()
            .withOptions("--steps", "--out");
    private static final Args.Spec BENCH = Args.spec("bench", "usage: bench").withOptions("--runs", "--seconds")
            .withFlags("--json");

    private static List<String> words(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split(" "));
    }

    @Test
    @DisplayName("should read the experiment, options as '--name value' or '--name=value', and flags")
    void reads() throws UsageException {
        Args a = TRAIN.parse(words("--steps=1_000 e.json --out o.json"));
        assertEquals(Path.of("e.json"), a.experiment());
        assertEquals(1000, a.whole("--steps", 0, 5000));
        assertEquals(Path.of("o.json"), a.path("--out"));
        Args b = BENCH.parse(words("--json --seconds 0.5"));
        assertTrue(b.flag("--json"));
        assertEquals(0.5, b.positive("--seconds", 1));
        assertEquals(5, b.whole("--runs", 5, 1, 9));
        assertNull(b.experiment());
        assertFalse(BENCH.parse(List.of()).flag("--json"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "'' | train: missing the experiment file EXP.json",
        "e.json f.json | train: unexpected argument 'f.json' (one experiment file at a time)",
        "e.json --bogus 1 | train: unknown option --bogus",
        "e.json --steps | train: --steps needs a value",
        "e.json --steps 1 --steps 2 | train: --steps is given twice",
        "e.json --steps ten | train: --steps needs a whole number, found 'ten'",
        "e.json --steps 9000 | train: --steps must be between 0 and 5000, found 9000",
        "e.json --steps 1 --out= | train: --out must not be empty",
    })
    @DisplayName("should name the problem after the command, with the usage line")
    void trainProblems(String line, String message) {
        UsageException e = assertThrows(UsageException.class, () -> {
            Args a = TRAIN.parse(words(line));
            a.whole("--steps", 0, 5000);
            a.path("--out");
        });
        assertEquals(message, e.getMessage());
        assertEquals("usage: train", e.usage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x | bench: unexpected argument 'x'",
        "--json=yes | bench: --json takes no value",
        "--json --json | bench: --json is given twice",
        "--seconds 0 | bench: --seconds needs a number > 0, found '0'",
        "--seconds NaN | bench: --seconds needs a number > 0, found 'NaN'",
        "--seconds Infinity | bench: --seconds needs a number > 0, found 'Infinity'",
    })
    @DisplayName("should refuse a stray argument, a flag with a value and a number that is not > 0")
    void benchProblems(String line, String message) {
        UsageException e = assertThrows(UsageException.class, () -> BENCH.parse(words(line))
                .positive("--seconds", 1));
        assertEquals(message, e.getMessage());
    }

    @Test
    @DisplayName("should refuse an output whose directory does not exist")
    void output() {
        UsageException e = assertThrows(UsageException.class,
                () -> TRAIN.parse(words("e.json --out no/such/dir/o.json")).output("--out"));
        assertTrue(e.getMessage().startsWith("train: --out: the directory "), e.getMessage());
    }
}
