package com.backproplab.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The hidden {@code --startup-report} option: prints when the window's first frame was painted, then quits.
 * scripts/startup-time.sh takes the time from the launcher's start to that moment (README, start-up time); the line
 * also gives the time since the JVM started. The first frame counts as painted at the next pulse: a pulse
 * synchronizes the scene only once the renderer has finished the frame before.
 */
final class StartupReport {
    private final PrintStream out;
    private int pulses;

    private StartupReport(PrintStream out) {
        this.out = out;
    }

    /** Watches {@code scene}'s pulses; call right after the stage is shown. */
    static void install(Scene scene, PrintStream out) {
        StartupReport report = new StartupReport(out);
        scene.addPostLayoutPulseListener(report::pulse);
    }

    private void pulse() {
        if (++pulses != 2) {
            return;
        }
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        out.println("startup: first frame painted at " + now + " ms since the epoch, " + (now - jvmStart)
                + " ms after the JVM started");
        out.flush();
        Platform.exit();
    }
}
