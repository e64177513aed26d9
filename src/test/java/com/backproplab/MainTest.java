package com.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.run.Version;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The launcher's dispatch, in-process: version, help, bad options, and no display, without opening a window. */
class MainTest {
    private static final Map<String, String> X11 = Map.of("DISPLAY", ":0");
    private static final Map<String, String> NO_DISPLAY = Map.of();

    private final List<String[]> opened = new ArrayList<>();

    record Result(OptionalInt status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private Result run(Map<String, String> env, Main.Window window, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, null, window);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(Map<String, String> env, String... args) {
        return run(env, opened::add, args);
    }

    private static boolean x11() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }

    @Test
    @DisplayName("--version prints 'backprop-lab <version>' alone, with the build's version")
    void version() {
        Result r = run(NO_DISPLAY, "--version");
        assertEquals(OptionalInt.of(0), r.status());
        assertEquals("backprop-lab " + Version.get() + System.lineSeparator(), r.out());
        assertEquals("", r.err());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), Version.get());
        assertTrue(opened.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    @DisplayName("--help lists every command and option, on standard output, status 0")
    void help(String flag) {
        Result r = run(NO_DISPLAY, flag);
        assertEquals(OptionalInt.of(0), r.status());
        assertEquals("", r.err());
        for (String word : List.of("open EXP.json", "--open", "train EXP.json", "--steps", "--trace", "--out",
                "--eval-every", "gradcheck", "render", "--png", "--size", "bench", "--workload", "--json",
                "--perf-report", "--perf-seconds", "--version", "--help", "exit status")) {
            assertTrue(r.out().contains(word), () -> "--help does not mention " + word + ":\n" + r.out());
        }
        assertTrue(opened.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "--version=yes", "--open"})
    @DisplayName("a bad option gets its problem and the usage line, status 2, and no window")
    void badOption(String option) {
        Result r = run(X11, option);
        assertEquals(OptionalInt.of(2), r.status());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("backprop-lab: "), r.err());
        assertTrue(r.errLines().get(1).startsWith("usage: backprop-lab"), r.err());
        assertEquals("", r.out());
        assertTrue(opened.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "open experiments/spiral-adam.json", "--open experiments/spiral-adam.json"})
    @DisplayName("without a display the window is one sentence with the hint to use a command, status 2")
    void noDisplay(String line) {
        Assumptions.assumeTrue(x11(), "only X11 systems need DISPLAY");
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Result r = run(NO_DISPLAY, args);
        assertEquals(OptionalInt.of(2), r.status());
        assertEquals(List.of("backprop-lab: cannot open the window: there is no display (DISPLAY is not set);"
                + " the commands train, gradcheck, render and bench need no display (backprop-lab --help lists"
                + " them)"), r.errLines());
        assertTrue(opened.isEmpty());
    }

    @Test
    @DisplayName("a display that cannot be opened is the same sentence naming it, never a stack trace")
    void displayCannotOpen() {
        Result r = run(Map.of("DISPLAY", ":1999"), a -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });
        assertEquals(OptionalInt.of(2), r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("backprop-lab: cannot open the window: the display ':1999' cannot be opened;"),
                r.err());
    }

    @Test
    @DisplayName("any other failure of the toolkit is one line and status 4")
    void windowFails() {
        Result r = run(X11, a -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(OptionalInt.of(4), r.status());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("the window could not start: java.lang.IllegalStateException: boom"), r.err());
    }

    @Test
    @DisplayName("with a display, the window opens with the arguments and the launcher leaves the exit to it")
    void opensWindow() {
        Result r = run(X11, "open", "experiments/spiral-adam.json");
        assertFalse(r.status().isPresent());
        assertEquals(1, opened.size());
        assertEquals(List.of("open", "experiments/spiral-adam.json"), List.of(opened.get(0)));
        assertEquals("", r.err());
    }

    @Test
    @DisplayName("commands go to the CLI (an unknown one is status 2 there)")
    void commands() {
        Result r = run(NO_DISPLAY, "frobnicate");
        assertEquals(OptionalInt.of(2), r.status());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(opened.isEmpty());
    }

    @Test
    @DisplayName("DISPLAY decides on X11 systems, unless a glass platform that needs none is chosen (Monocle)")
    void displayProblem() {
        Assumptions.assumeTrue(x11());
        assertEquals("there is no display (DISPLAY is not set)", Main.displayProblem(NO_DISPLAY, null));
        assertEquals("there is no display (DISPLAY is not set)", Main.displayProblem(Map.of("DISPLAY", " "), null));
        assertEquals("there is no display (DISPLAY is not set)", Main.displayProblem(NO_DISPLAY, "gtk"));
        assertNull(Main.displayProblem(X11, null));
        assertNull(Main.displayProblem(NO_DISPLAY, "Monocle"));
    }
}
