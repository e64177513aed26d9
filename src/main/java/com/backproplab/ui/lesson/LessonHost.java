package com.backproplab.ui.lesson;

import com.backproplab.io.Experiment;
import com.backproplab.training.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.stage.Window;

/**
 * What the lessons need of the window, the one seam between them (the window implements it; tests may too). Every
 * method is called on the FX thread.
 */
public interface LessonHost {
    /**
     * Shows a step as an opened experiment file would be: every control set to it, its points, its caption, the
     * weights re-initialized, training paused. Its data file is read off the FX thread; the future completes with
     * the problem in one sentence, or null, once the window shows the outcome.
     *
     * @param file the lesson file (the step's data path is relative to it)
     * @param step the step's experiment
     * @param name what the window's title calls it
     */
    CompletableFuture<String> showStep(Path file, Experiment step, String name);

    /**
     * Starts training at {@code stepsPerSecond} (NaN: the speed stays) and pauses by itself once the run has
     * {@code until} steps (0: no pause point).
     */
    void play(double stepsPerSecond, long until);

    /** The trainer's latest snapshot. */
    Snapshot latest();

    /** The window's current state without the weights: every control and the points (inline). */
    Experiment currentState();

    /**
     * Runs {@code work} off the FX thread (file work, with the window's busy banner), then {@code outcome} on the FX
     * thread with its result or failure; the future completes with what {@code outcome} returns.
     */
    <T, R> CompletableFuture<R> background(String what, Callable<T> work, BiFunction<T, Throwable, R> outcome);

    /** Shows a problem in one sentence in the window's file banner (null hides it). */
    void notice(String message);

    /** The window, to own dialogs; null before it shows. */
    Window owner();
}
