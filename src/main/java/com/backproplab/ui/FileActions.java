package com.backproplab.ui;

import com.backproplab.data.DataFormatException;
import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.run.PreparedExperiment;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.TrainedState;
import com.backproplab.training.Viewport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/**
 * Where the points and settings come from and go to: presets, CSV files and experiment files. Files are read and
 * written off the FX thread ({@link BackgroundTasks}); the outcome then shows in the window: the title names the
 * file, the caption shows the experiment's, and a problem is one sentence in the file banner while nothing changes.
 * Each action returns a future that completes with that sentence, or null, after the window has shown the outcome.
 */
final class FileActions implements DataControls.Actions {
    static final String TITLE = "Backprop Lab";

    /** The settings controls, shown what a file holds without sending anything (the actions send it). */
    interface SettingsView {
        void showPointsLoaded();

        void showSettings(NetworkConfig network, TrainingConfig training, DataSettings settings);
    }

    private final SessionCommands commands;
    private final PointsModel points;
    private final DataCanvas canvas;
    private final ExperimentCaption caption;
    private final Banner notice;
    private final BackgroundTasks tasks;
    private final FileDialogs dialogs;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(TITLE);
    private SettingsView settings;

    FileActions(SessionCommands commands, PointsModel points, DataCanvas canvas, CanvasArea centre,
                Supplier<Window> owner) {
        this.commands = commands;
        this.points = points;
        this.canvas = canvas;
        this.caption = centre.caption;
        this.notice = centre.noticeBanner;
        this.tasks = new BackgroundTasks(centre.busyBanner);
        this.dialogs = new FileDialogs(owner);
    }

    /** The controls that show an opened file's settings (built with these actions, so given afterwards). */
    void showSettingsIn(SettingsView view) {
        this.settings = view;
    }

    // ---- the data section and the shortcuts ---------------------------------------------------------------------

    @Override
    public void generate(Preset preset, int count, double noise, long seed) {
        points.replace(preset.generate(count, noise, seed));
        fit(Viewport.defaults());
        setFile(null);
        caption.show(null, null);
    }

    @Override
    public void dataSettings(DataSettings s) {
        commands.dataSettings(s);
    }

    @Override
    public void openCsvDialog() {
        dialogs.openCsv(this::loadCsv);
    }

    @Override
    public void saveCsvDialog() {
        dialogs.saveCsv(this::saveCsv);
    }

    void openExperimentDialog() {
        dialogs.openExperiment(this::openExperiment);
    }

    void saveExperimentDialog() {
        dialogs.saveExperiment(this::saveExperiment);
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    /**
     * Loads points from a CSV file. On success they replace the current ones (undoable) and the view fits them; on
     * failure the current points stay and the message (file and line) is shown.
     */
    CompletableFuture<String> loadCsv(Path file) {
        return tasks.run("Opening " + file.getFileName() + "…", () -> PointsRead.of(DatasetCsv.read(file)),
                (read, e) -> showLoaded(file, read, e));
    }

    private String showLoaded(Path file, PointsRead read, Throwable e) {
        if (e instanceof DataFormatException) {
            return notice("Could not load the points: " + e.getMessage() + ". Your current points are unchanged.");
        } else if (e != null) {
            return notice("Could not read " + file + ": " + e.getMessage() + ". Your current points are unchanged.");
        }
        points.replace(read.points());
        fit(read.view());
        setFile(file.getFileName().toString());
        caption.show(null, null);
        settings.showPointsLoaded();
        notice.show(null);
        return null;
    }

    /** Points read from a file, and the view that fits them (worked out off the FX thread too). */
    private record PointsRead(Dataset points, Viewport view) {
        static PointsRead of(Dataset d) {
            return new PointsRead(d, Viewport.around(d));
        }
    }

    /** Saves the points as CSV. */
    CompletableFuture<String> saveCsv(Path file) {
        Dataset d = points.data();
        return tasks.run("Saving " + file.getFileName() + "…", () -> {
            DatasetCsv.write(file, d);
            return null;
        }, (nothing, e) -> e != null ? notice("Could not save " + file + ": " + e.getMessage()) : saved(file));
    }

    // ---- experiment files --------------------------------------------------------------------------------------

    /**
     * Opens an experiment file. It is read and checked completely first: on any problem its one-line message shows
     * in the file banner and nothing changes. On success every control shows the experiment, the trainer gets one
     * command per part (network, training, data settings, points, then the saved parameters if any), the previous
     * points go on the undo stack, the view fits the points and training is paused.
     */
    CompletableFuture<String> openExperiment(Path file) {
        return tasks.run("Opening " + file.getFileName() + "…", () -> PreparedExperiment.read(file),
                (opened, e) -> showOpened(file, file.getFileName().toString(), opened, e));
    }

    /**
     * Opens an experiment already read from {@code file} (a lesson's step), exactly as {@link #openExperiment(Path)}
     * does, its data checked off the FX thread; the window's title then names it {@code name}.
     */
    CompletableFuture<String> openExperiment(Path file, Experiment experiment, String name) {
        return tasks.run("Opening " + name + "…", () -> PreparedExperiment.of(file, experiment),
                (opened, e) -> showOpened(file, name, opened, e));
    }

    private String showOpened(Path file, String name, PreparedExperiment opened, Throwable e) {
        if (e instanceof ExperimentException) {
            return notice("Could not open the experiment: " + e.getMessage() + ". Nothing was changed.");
        } else if (e != null) {
            return notice("Could not open " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
        Experiment x = opened.experiment();
        settings.showSettings(x.network(), x.training(), opened.settings());
        settings.showPointsLoaded();
        commands.load(x.network(), x.training(), opened.settings());
        points.replaceAndSend(opened.points());
        Parameters p = opened.parameters();
        if (p != null) {
            commands.send(new Command.LoadParameters(opened.network(), p.optimizerState(), p.step(), p.epoch(),
                    p.position()));
        }
        fit(Viewport.around(opened.points()));
        setFile(name);
        caption.show(x.title(), x.caption());
        notice.show(null);
        return null;
    }

    /**
     * Saves the current network and training settings, the trained weights with the optimizer state and progress,
     * the points (inline, so the file stands alone), the data settings and the title and caption of the experiment
     * last opened. The weights come from the trainer (an {@link Command.Export}), awaited off the FX thread.
     */
    CompletableFuture<String> saveExperiment(Path file) {
        Experiment base = currentExperiment();
        CompletableFuture<TrainedState> state = new CompletableFuture<>();
        commands.send(new Command.Export(state));
        return tasks.run("Saving " + file.getFileName() + "…", () -> write(file, base, state),
                (message, e) -> e != null ? notice("Could not save " + file + ": " + e.getMessage())
                        : message != null ? notice(message) : saved(file));
    }

    /** Writes the experiment with the trainer's weights; returns a note when they could not be saved, or null. */
    private static String write(Path file, Experiment base, CompletableFuture<TrainedState> state)
            throws IOException {
        TrainedState t;
        try {
            t = state.orTimeout(10, TimeUnit.SECONDS).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the trainer did not answer (" + e.getMessage() + ")", e);
        }
        if (!t.network().isFinite() || (t.optimizerState() != null && !t.optimizerState().isFinite())) {
            // NaN or infinite weights after a divergence would make a file that cannot be opened again.
            ExperimentJson.write(file, base);
            return "Saved " + file.getFileName() + " without the weights: they are not finite after the"
                    + " divergence, so the file starts from the initialization.";
        }
        Parameters p = Parameters.of(t.network(), t.optimizerState(), t.step(), t.epoch(), t.position());
        ExperimentJson.write(file, base.withParameters(p));
        return null;
    }

    /** The experiment the window shows, without the weights (they live on the training thread). */
    Experiment currentExperiment() {
        DataSettings s = commands.dataSettings();
        ExperimentData d = new ExperimentData(null, points.data(), s.devFraction(), s.splitSeed(), s.normalize());
        return new Experiment(Experiment.VERSION, caption.title(), caption.caption(), commands.network(),
                commands.training(), d, null);
    }

    // ---- the window's title and banners ------------------------------------------------------------------------

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The file thread (tests hold it to see the window while a file is slow). */
    BackgroundTasks tasks() {
        return tasks;
    }

    /** Lets the files being read or written finish, then runs {@code then}, off the FX thread. */
    CompletableFuture<Void> close(Runnable then) {
        return tasks.close(then);
    }

    private String saved(Path file) {
        setFile(file.getFileName().toString());
        notice.show(null);
        return null;
    }

    private void fit(Viewport v) {
        if (commands.viewport(v)) {
            canvas.setViewport(v);
        }
    }

    private void setFile(String name) {
        title.set(name == null ? TITLE : TITLE + " — " + name);
    }

    private String notice(String m) {
        notice.show(m);
        return m;
    }
}
