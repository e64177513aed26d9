package com.backproplab.ui;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.Parameters;
import com.backproplab.run.PreparedExperiment;
import com.backproplab.run.WindowState;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Viewport;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Puts a whole session into the window: an experiment read from a file or from the autosave, or the defaults of a
 * new one. Every control shows it, the trainer gets one command per part (network, training, data settings,
 * points, then the saved parameters if any), the previous points go on the undo stack, the view fits the points,
 * training is paused, and the {@link Document} names the session with nothing unsaved. FX thread only.
 */
final class SessionLoader {
    /** The settings controls, shown what a file holds without sending anything (the loader sends it). */
    interface SettingsView {
        void showPointsLoaded();

        void showPreset(Preset preset, int count, double noise);

        void showSettings(NetworkConfig network, TrainingConfig training, DataSettings settings);
    }

    private final SessionCommands commands;
    private final PointsModel points;
    private final DataCanvas canvas;
    private final ExperimentCaption caption;
    private final Document document;
    private SettingsView settings;

    SessionLoader(SessionCommands commands, PointsModel points, DataCanvas canvas, ExperimentCaption caption,
                  Document document) {
        this.commands = commands;
        this.points = points;
        this.canvas = canvas;
        this.caption = caption;
        this.document = document;
    }

    /** The controls that show a loaded session's settings (built after the loader, so given afterwards). */
    void showSettingsIn(SettingsView view) {
        this.settings = view;
    }

    SettingsView settings() {
        return settings;
    }

    /** Shows the experiment read from {@code file}; the session is now that file's. */
    void opened(PreparedExperiment opened, Path file) {
        apply(opened, false);
        document.named(file, file.getFileName().toString());
        markClean();
    }

    /** Shows a lesson's step: an untitled session named {@code name}, with nothing unsaved. */
    void lessonStep(PreparedExperiment step, String name) {
        apply(step, false);
        document.named(null, name);
        markClean();
    }

    /**
     * Shows a session read back from the autosave as the window showed it: named after the file it had open (which
     * is not read again), and unsaved when it had unsaved changes. Nothing before it is left to undo.
     */
    void restored(PreparedExperiment saved, WindowState state) {
        apply(saved, true);
        Path file = state.file() == null ? null : Path.of(state.file());
        document.named(file, file == null ? null : String.valueOf(file.getFileName()));
        markClean();
        if (state.unsaved()) {
            document.forceUnsaved();
        }
    }

    /** Starts afresh: the default network, training and data settings on the default spiral, untitled, no undo. */
    void newSession() {
        NetworkConfig n = NetworkConfig.defaults();
        TrainingConfig t = TrainingConfig.defaults();
        DataSettings s = DataSettings.defaults();
        settings.showSettings(n, t, s);
        settings.showPreset(LabWindow.DEFAULT_PRESET, LabWindow.DEFAULT_POINTS, LabWindow.DEFAULT_NOISE);
        commands.load(n, t, s);
        points.restart(LabWindow.defaultPoints());
        fit(Viewport.defaults());
        caption.show(null, null);
        document.named(null, null);
        markClean();
    }

    /** Sends {@code v} to the trainer and shows it, unless it is the view already. */
    void fit(Viewport v) {
        if (commands.viewport(v)) {
            canvas.setViewport(v);
        }
    }

    /** {@code restart}: the points before are not kept for undo. */
    private void apply(PreparedExperiment opened, boolean restart) {
        Experiment x = opened.experiment();
        settings.showSettings(x.network(), x.training(), opened.settings());
        settings.showPointsLoaded();
        commands.load(x.network(), x.training(), opened.settings());
        if (restart) {
            points.restart(opened.points());
        } else {
            points.replaceAndSend(opened.points());
        }
        Parameters p = opened.parameters();
        if (p != null) {
            commands.send(new Command.LoadParameters(opened.network(), p.optimizerState(), p.step(), p.epoch(),
                    p.position()));
        }
        fit(Viewport.around(opened.points()));
        caption.show(x.title(), x.caption());
    }

    /** Nothing unsaved as of the commands just sent (a fence behind them gives the trainer's step). */
    private void markClean() {
        document.clean(document.edits(), document.export(commands::send, new CompletableFuture<>()));
    }
}
