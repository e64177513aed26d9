package com.backproplab.ui;

import com.backproplab.data.DataFormatException;
import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Problem;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.run.PreparedExperiment;
import com.backproplab.run.TrainedExperiment;
import com.backproplab.training.DataSettings;
import com.backproplab.training.TrainedState;
import com.backproplab.training.Viewport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Where the session comes from and goes to: presets, CSV files (points only: import and export) and experiment
 * files (everything: open, save, restore, new). Files are read and written off the FX thread
 * ({@link BackgroundTasks}); the outcome then shows in the window: the title names the file ({@link Document}),
 * the caption shows the experiment's, and a problem is one sentence in the file banner while nothing changes.
 * Each action returns a future that completes with that sentence, or null, after the window has shown the outcome.
 */
final class FileActions implements DataControls.Actions {
    /** How long a save waits for the trainer's weights. */
    private static final long EXPORT_TIMEOUT_SECONDS = 10;

    private final SessionCommands commands;
    private final PointsModel points;
    private final SessionLoader loader;
    private final ExperimentCaption caption;
    private final Banner notice;
    private final Banner info;
    private final BackgroundTasks tasks;
    private final FileDialogs dialogs;
    private final Document document;
    private Consumer<Path> experimentFileUsed = p -> { };

    FileActions(SessionCommands commands, PointsModel points, SessionLoader loader, CanvasArea centre,
                Document document, Supplier<Window> owner) {
        this.commands = commands;
        this.points = points;
        this.loader = loader;
        this.caption = centre.caption;
        this.notice = centre.noticeBanner;
        this.info = centre.infoBanner;
        this.tasks = new BackgroundTasks(centre.busyBanner);
        this.dialogs = new FileDialogs(owner);
        this.document = document;
    }

    /** Told of every experiment file opened or saved (the recent files). */
    void onExperimentFile(Consumer<Path> used) {
        this.experimentFileUsed = used;
    }

    // ---- the data section ----------------------------------------------------------------------------------------

    @Override
    public void generate(Dataset preset) {
        points.newData(preset);
        loader.fit(Viewport.defaults());
        caption.show(null, null);
        if (document.file() == null) {
            document.named(null, null);
        }
    }

    @Override
    public void dataSettings(DataSettings s) {
        commands.dataSettings(s);
    }

    @Override
    public void openCsvDialog() {
        Path p = dialogs.openCsv();
        if (p != null) {
            loadCsv(p);
        }
    }

    @Override
    public void saveCsvDialog() {
        Path p = dialogs.saveCsv();
        if (p != null) {
            saveCsv(p);
        }
    }

    // ---- CSV: points only ----------------------------------------------------------------------------------------

    /**
     * Imports points from a CSV file. On success they replace the current ones (undoable; an untitled session takes
     * the file's name) and the view fits them; on failure the current points stay and the message (file and line)
     * is shown.
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
        points.newData(read.points());
        loader.fit(read.view());
        if (document.file() == null) {
            document.named(null, file.getFileName().toString());
        }
        caption.show(null, null);
        loader.settings().showPointsLoaded();
        return cleared();
    }

    /** Points read from a file, and the view that fits them (worked out off the FX thread too). */
    private record PointsRead(Dataset points, Viewport view) {
        static PointsRead of(Dataset d) {
            return new PointsRead(d, Viewport.around(d));
        }
    }

    /** Exports the points as CSV (the session's file stays what it was). */
    CompletableFuture<String> saveCsv(Path file) {
        Dataset d = points.data();
        return tasks.run("Saving " + file.getFileName() + "…", () -> {
            DatasetCsv.write(file, d);
            return null;
        }, (nothing, e) -> e != null ? notice("Could not save " + file + ": " + e.getMessage()) : cleared());
    }

    // ---- experiment files: the whole session ---------------------------------------------------------------------

    /**
     * Opens an experiment file. It is read and checked completely first: on any problem its one-line message shows
     * in the file banner and nothing changes. On success the window shows it ({@link SessionLoader#opened}).
     */
    CompletableFuture<String> openExperiment(Path file) {
        return tasks.run("Opening " + file.getFileName() + "…", () -> PreparedExperiment.read(file),
                (opened, e) -> showOpened(file, opened, e));
    }

    /**
     * Shows an experiment already read from {@code file} (a lesson's step) as {@link #openExperiment(Path)} shows a
     * file, its data checked off the FX thread; the session is untitled (Save asks where: it never writes over the
     * lesson) and named {@code name}.
     */
    CompletableFuture<String> openStep(Path file, Experiment step, String name) {
        return tasks.run("Opening " + name + "…", () -> PreparedExperiment.of(file, step), (opened, e) -> {
            if (e != null) {
                return showOpened(file, null, e);
            }
            loader.lessonStep(opened, name);
            return cleared();
        });
    }

    private String showOpened(Path file, PreparedExperiment opened, Throwable e) {
        if (e instanceof ExperimentException) {
            return notice("Could not open the experiment: " + e.getMessage() + ". Nothing was changed.");
        } else if (e != null) {
            return notice("Could not open " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
        loader.opened(opened, file);
        experimentFileUsed.accept(file);
        return cleared();
    }

    /**
     * Saves the current network and training settings, the trained weights with the optimizer state and progress,
     * the points (inline, so the file stands alone), the data settings and the title and caption of the experiment
     * last opened. The weights come from the trainer (an export command), awaited off the FX thread. The
     * session is then this file's, with nothing unsaved as of the moment of saving.
     */
    CompletableFuture<String> saveExperiment(Path file) {
        Experiment base = currentExperiment();
        long editsAt = document.edits();
        CompletableFuture<TrainedState> state = new CompletableFuture<>();
        CompletableFuture<Document.Fence> fence = document.export(commands::send, state);
        return tasks.run("Saving " + file.getFileName() + "…", () -> {
            TrainedExperiment t = withWeights(base, state);
            ExperimentJson.write(file, t.experiment());
            return t.weightsLeftOut() ? "Saved " + file.getFileName() + " without the weights: they are not finite"
                    + " after the divergence, so the file starts from the initialization." : null;
        }, (message, e) -> {
            if (e != null) {
                return notice("Could not save " + file + ": " + e.getMessage());
            }
            document.named(file, file.getFileName().toString());
            document.clean(editsAt, fence);
            experimentFileUsed.accept(file);
            return message != null ? notice(message) : cleared();
        });
    }

    /** {@code base} with the trainer's exported state; waits for it, so call off the FX thread. */
    static TrainedExperiment withWeights(Experiment base, CompletableFuture<TrainedState> state) throws IOException {
        try {
            return TrainedExperiment.of(base, state.orTimeout(EXPORT_TIMEOUT_SECONDS, TimeUnit.SECONDS).join());
        } catch (CompletionException e) {
            throw new IOException("the trainer did not answer (" + e.getMessage() + ")", e);
        }
    }

    /** The experiment the window shows, without the weights (they live on the training thread). */
    Experiment currentExperiment() {
        DataSettings s = commands.dataSettings();
        ExperimentData d = new ExperimentData(null, points.data(), s.devFraction(), s.splitSeed(), s.normalize());
        // The points decide the problem, as on the trainer (an empty canvas keeps the network's).
        Dataset p = points.data();
        NetworkConfig n = p.size() == 0 ? commands.network() : commands.network()
                .withProblem(p.isRegression() ? Problem.REGRESSION : Problem.CLASSIFICATION);
        return new Experiment(Experiment.VERSION, caption.title(), caption.caption(), n, commands.training(), d, null);
    }

    // ---- the window's banners and threads --------------------------------------------------------------------

    /** The open file's title (the experiment's, as shown above the points), or null. */
    String fileTitle() {
        return caption.title();
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    /** The file thread (tests hold it to see the window while a file is slow). */
    BackgroundTasks tasks() {
        return tasks;
    }

    /** Lets the files being read or written finish, then runs {@code then}, off the FX thread. */
    CompletableFuture<Void> close(Runnable then) {
        return tasks.close(then);
    }

    /** Shows a problem in one sentence in the file banner; returns it. */
    String notice(String m) {
        notice.show(m);
        return m;
    }

    /** Shows a sentence that is not a problem (what was restored or exported) until closed or the next file. */
    void inform(String m) {
        info.show(m);
    }

    /** A file action succeeded: the banners of earlier ones go. */
    private String cleared() {
        notice.show(null);
        info.show(null);
        return null;
    }
}
