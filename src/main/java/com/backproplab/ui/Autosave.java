package com.backproplab.ui;

import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.run.AutosaveStore;
import com.backproplab.run.RecentFiles;
import com.backproplab.run.TrainedExperiment;
import com.backproplab.run.WindowState;
import com.backproplab.training.Command;
import com.backproplab.training.TrainedState;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps the session in the config folder ({@link AutosaveStore}) so that nothing is lost: at start the last
 * session is restored (saying so in one line when the app did not close normally; an unreadable autosave is moved
 * aside with a notice); after a change it is saved within one {@code interval} (checked on a timer on the FX
 * thread), and once more when the window closes. The weights come from the trainer; all file work runs on the
 * window's file thread without the busy banner. Also reads and keeps the recent files.
 */
final class Autosave {
    /** How often the session is checked for changes: a change is saved within this time. */
    static final Duration DEFAULT_INTERVAL = Duration.seconds(30);

    private final LabWindow window;
    private final AutosaveStore store;
    private final Timeline timer;
    /** The start outcome was shown (restored or not): from then on the session may be written. */
    private boolean started;
    private boolean owned;
    private boolean saving;
    private long savedEdits = -1;
    private long savedStep = -1;
    private WindowState savedState;

    private Autosave(LabWindow window, AutosaveStore store, Duration interval) {
        this.window = window;
        this.store = store;
        this.timer = new Timeline(new KeyFrame(interval, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Starts keeping {@code window}'s session in {@code store}: restores the last one when {@code restore} (else it
     * is kept aside when it had unsaved changes), then saves changes every {@code interval}. The future completes
     * once the window shows the outcome of the start.
     */
    static CompletableFuture<Void> attach(LabWindow window, AutosaveStore store, Duration interval, boolean restore) {
        Autosave a = new Autosave(window, store, interval);
        window.onClosing(a::closing);
        return a.start(restore);
    }

    private record Opened(AutosaveStore.Start start, AutosaveStore.Saved saved, AutosaveStore.Unreadable unreadable,
                          Path keptAside, List<Path> recent) {
    }

    private CompletableFuture<Void> start(boolean restore) {
        return window.files().tasks().run(restore ? "Restoring your last session…" : null, () -> {
            AutosaveStore.Start s = store.claim();
            List<Path> recent = RecentFiles.read(store.folder());
            if (s == AutosaveStore.Start.HELD_ELSEWHERE) {
                return new Opened(s, null, null, null, recent);
            } else if (!restore) {
                return new Opened(s, null, null, store.keepAside(), recent);
            }
            try {
                return new Opened(s, store.read(), null, null, recent);
            } catch (AutosaveStore.Unreadable u) {
                return new Opened(s, null, u, null, recent);
            }
        }, this::started);
    }

    private Void started(Opened o, Throwable e) {
        FileActions files = window.files();
        started = true;
        if (e != null) {
            files.notice("Your work is not autosaved: cannot use " + store.folder() + " (" + e.getMessage() + ").");
            return null;
        }
        window.recent().show(o.recent());
        window.recent().keepWith(list -> files.tasks().run(null, () -> {
            RecentFiles.write(store.folder(), list);
            return null;
        }, (nothing, failure) -> failure == null ? null : files.notice("Could not keep the recent files in "
                + store.folder() + ": " + failure.getMessage())));
        if (o.start() == AutosaveStore.Start.HELD_ELSEWHERE) {
            files.inform("Another Backprop Lab window keeps the autosave: this window's work is not autosaved.");
            return null;
        }
        owned = true;
        if (o.unreadable() != null) {
            Path to = o.unreadable().movedTo();
            files.notice("The autosave could not be read (" + o.unreadable().getMessage() + ")"
                    + (to == null ? " nor moved aside; the next autosave replaces it"
                    : "; it was kept as " + to.getFileName()) + ", and the window starts afresh.");
        } else if (o.saved() != null) {
            restored(o.saved(), o.start() == AutosaveStore.Start.AFTER_CRASH);
        } else if (o.keptAside() != null) {
            files.inform("The last session had unsaved changes: it was kept as " + o.keptAside() + ".");
        }
        timer.play();
        return null;
    }

    private void restored(AutosaveStore.Saved saved, boolean afterCrash) {
        window.loader().restored(saved.experiment(), saved.state());
        savedEdits = window.document().edits();
        Parameters p = saved.experiment().parameters();
        savedStep = p == null ? 0 : p.step();
        savedState = saved.state();
        if (afterCrash) {
            window.files().inform("Restored the autosave of " + when(saved.savedAt())
                    + ": Backprop Lab did not close normally.");
        }
    }

    /** The time of day of {@code t}, with the date unless it is today. */
    static String when(Instant t) {
        ZonedDateTime z = t.atZone(ZoneId.systemDefault());
        return DateTimeFormatter.ofPattern(z.toLocalDate().equals(LocalDate.now()) ? "HH:mm" : "yyyy-MM-dd HH:mm")
                .format(z);
    }

    /** The session differs from the last autosave (or none was written yet). */
    private boolean changed() {
        return window.document().edits() != savedEdits || window.session().latest().step() != savedStep
                || !state().equals(savedState);
    }

    private WindowState state() {
        return window.document().state(window.files().fileTitle());
    }

    private void tick() {
        if (owned && !saving && changed()) {
            save(false);
        }
    }

    /** Writes the session now; {@code last}: then lets go of the autosave (the window is closing). */
    private CompletableFuture<Void> save(boolean last) {
        boolean write = started && owned && changed();
        Experiment base = window.files().currentExperiment();
        WindowState state = state();
        long editsAt = window.document().edits();
        CompletableFuture<TrainedState> exported = new CompletableFuture<>();
        if (write) {
            window.commands().send(new Command.Export(exported));
        }
        saving = true;
        return window.files().tasks().run(null, () -> {
            long step = -1;
            if (write) {
                TrainedExperiment t = FileActions.withWeights(base, exported);
                store.write(ExperimentJson.format(t.experiment()), state);
                step = exported.join().step();
            }
            if (last) {
                store.release();
            }
            return step;
        }, (step, e) -> {
            saving = false;
            if (e != null) {
                System.err.println("backprop-lab: could not autosave to " + store.folder() + ": " + e.getMessage());
                window.files().notice("Could not autosave to " + store.folder() + ": " + e.getMessage());
            } else if (write) {
                savedEdits = editsAt;
                savedStep = step;
                savedState = state;
            }
            return null;
        });
    }

    /** The window is closing: the last autosave, then the folder is free for the next start. */
    private void closing() {
        timer.stop();
        save(true);
    }
}
