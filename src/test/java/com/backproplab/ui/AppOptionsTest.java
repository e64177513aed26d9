package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.run.UsageException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's command line: the performance report and its compare-mode and Network-tab variants. */
class AppOptionsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("should run the performance report in compare mode with --perf-compare")
    void perfCompare() throws UsageException {
        String report = dir.resolve("perf.json").toString();
        App.Options o = App.Options.parse(List.of("--perf-report", report, "--perf-seconds", "20", "--perf-compare"));
        assertEquals(Path.of(report), o.perfReport());
        assertEquals(20, o.perfSeconds());
        assertTrue(o.perfCompare());
        assertFalse(App.Options.parse(List.of("--perf-report", report)).perfCompare());
    }

    @Test
    @DisplayName("should refuse --perf-compare without a report to write, in one sentence")
    void perfCompareNeedsReport() {
        UsageException e = assertThrows(UsageException.class, () -> App.Options.parse(List.of("--perf-compare")));
        assertEquals("backprop-lab: --perf-compare needs --perf-report FILE.json", e.getMessage());
        assertTrue(e.usage().contains("[--perf-compare]"));
    }

    @Test
    @DisplayName("should run the performance report with the Network tab open with --perf-network, and only with a report")
    void perfNetwork() throws UsageException {
        String report = dir.resolve("perf.json").toString();
        assertTrue(App.Options.parse(List.of("--perf-report", report, "--perf-network")).perfNetwork());
        assertFalse(App.Options.parse(List.of("--perf-report", report)).perfNetwork());
        UsageException alone = assertThrows(UsageException.class, () -> App.Options.parse(List.of("--perf-network")));
        assertEquals("backprop-lab: --perf-network needs --perf-report FILE.json", alone.getMessage());
        UsageException both = assertThrows(UsageException.class, () -> App.Options.parse(List.of("--perf-report",
                report, "--perf-network", "--perf-compare")));
        assertTrue(both.getMessage().contains("give one of them"), both.getMessage());
        assertTrue(alone.usage().contains("[--perf-network]"));
    }
}
