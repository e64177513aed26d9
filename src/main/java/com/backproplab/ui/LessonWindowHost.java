package com.backproplab.ui;

import com.backproplab.io.Experiment;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.lesson.LessonHost;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The window as the lessons see it: a step opens like an experiment file, and training plays at the step's speed. */
final class LessonWindowHost implements LessonHost {
    private final FileActions files;
    private final SessionCommands commands;
    private final DoubleConsumer speed;
    private final Supplier<Snapshot> latest;
    private final Banner notice;
    private final Supplier<Window> owner;

    /**
     * @param speed moves the toolbar's speed slider (which sends the speed)
     * @param notice the file banner
     */
    LessonWindowHost(FileActions files, SessionCommands commands, DoubleConsumer speed, Supplier<Snapshot> latest,
                     Banner notice, Supplier<Window> owner) {
        this.files = files;
        this.commands = commands;
        this.speed = speed;
        this.latest = latest;
        this.notice = notice;
        this.owner = owner;
    }

    @Override
    public CompletableFuture<String> showStep(Path file, Experiment step, String name) {
        return files.openStep(file, step, name);
    }

    @Override
    public void play(double stepsPerSecond, long until) {
        if (!Double.isNaN(stepsPerSecond)) {
            speed.accept(stepsPerSecond);
        }
        commands.send(until > 0 ? new Command.PlayUntil(until) : new Command.Play());
    }

    @Override
    public Snapshot latest() {
        return latest.get();
    }

    @Override
    public Experiment currentState() {
        return files.currentExperiment();
    }

    @Override
    public <T, R> CompletableFuture<R> background(String what, Callable<T> work, BiFunction<T, Throwable, R> outcome) {
        return files.tasks().run(what, work, outcome);
    }

    @Override
    public void notice(String message) {
        notice.show(message);
    }

    @Override
    public Window owner() {
        return owner.get();
    }
}
