package com.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.run.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built launcher (target/image/bin/backprop-lab), as a user runs it. */
@ImageTest
class LauncherImageTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final String NO_WINDOW_HINT = "; the commands train, gradcheck, render and bench need no display"
            + " (backprop-lab --help lists them)";

    private static LauncherProcess launch(Map<String, String> env, String... args) throws Exception {
        Path launcher = LauncherProcess.image().resolve("bin/backprop-lab");
        assertTrue(Files.isExecutable(launcher), launcher + " is missing");
        return LauncherProcess.run(launcher, REPO, env, args);
    }

    private static Map<String, String> display(String value) {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", value);
        return env;
    }

    private static boolean x11() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }

    @Test
    @DisplayName("--version prints 'backprop-lab <version>' alone: no incubator warning, no window")
    void version() throws Exception {
        LauncherProcess r = launch(display(null), "--version");
        assertEquals(0, r.status(), r.err());
        assertEquals("backprop-lab " + Version.get() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    @DisplayName("the engine runs its vector kernels with nothing on standard error (bench, train)")
    void noWarning() throws Exception {
        LauncherProcess bench = launch(Map.of(), "bench", "--workload", "W1", "--runs", "1", "--seconds", "0.05");
        assertEquals(0, bench.status(), bench.err());
        assertEquals("", bench.err());
        assertTrue(bench.out().contains("W1"), bench.out());
        LauncherProcess train = launch(Map.of(), "train", "experiments/xor-points-tanh.json", "--steps", "50");
        assertEquals(0, train.status(), train.err());
        assertEquals("", train.err());
    }

    @Test
    @DisplayName("an unknown option gets the usage line and status 2, without trying a window")
    void unknownOption() throws Exception {
        LauncherProcess r = launch(display(":0"), "--frobnicate");
        assertEquals(2, r.status());
        assertEquals(List.of("backprop-lab: unknown option --frobnicate", usageLine()), r.errLines());
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "open experiments/spiral-adam.json"})
    @DisplayName("no display: one sentence with the hint, status 2, no stack trace")
    void noDisplay(String line) throws Exception {
        Assumptions.assumeTrue(x11());
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        LauncherProcess r = launch(display(null), args);
        assertEquals(2, r.status(), r.err());
        assertEquals(List.of("backprop-lab: cannot open the window: there is no display (DISPLAY is not set)"
                + NO_WINDOW_HINT), r.errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "open experiments/spiral-adam.json"})
    @DisplayName("a display that does not answer: one sentence naming it, status 2, no stack trace")
    void deadDisplay(String line) throws Exception {
        Assumptions.assumeTrue(x11());
        Assumptions.assumeFalse(Files.exists(Path.of("/tmp/.X11-unix/X1999")));
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        LauncherProcess r = launch(display(":1999"), args);
        assertEquals(2, r.status(), r.err());
        assertEquals(List.of("backprop-lab: cannot open the window: the display ':1999' cannot be opened"
                + NO_WINDOW_HINT), r.errLines());
    }

    private static String usageLine() {
        return com.backproplab.ui.App.Options.USAGE;
    }
}
