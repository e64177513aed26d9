package com.backproplab.ui;

import com.backproplab.run.WindowState;
import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainedState;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The experiment file the window has open (or none: an untitled session) and whether the session changed since it
 * was opened or saved, shown in the title bar: {@code Backprop Lab — name}, with {@code *} before the name while
 * there are unsaved changes. A change is any edit the window sends to the trainer (points, network, training or
 * data settings, Reset, loaded or edited weights) and any training step: the file holds the weights, so trained
 * weights are unsaved work. Steps are read from the snapshots, fenced by an {@link Command.Export} sent after the last command
 * of an open or save: snapshots published before the trainer handled it still show the old step. FX thread only.
 */
final class Document {
    static final String TITLE = "Backprop Lab";

    /** The trainer's step when it handled a fence, and the last snapshot version published before that. */
    record Fence(long step, long version) {
    }

    private final Supplier<Snapshot> latest;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(TITLE);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    /** The experiment file Save writes to, or null. */
    private Path file;
    /** The name shown: the file's, or for an untitled session the CSV its points came from; or null. */
    private String name;
    private long edits;
    private long cleanEdits;
    /** A new window is clean at step 0, as of its first snapshot. */
    private long cleanStep;
    /** Snapshots after this version show the state the clean mark was taken in (MAX_VALUE: not known yet). */
    private long cleanAfterVersion = -1;
    /** Unsaved whatever happens next (a restored session that had unsaved changes), until the next clean mark. */
    private boolean forced;
    private long generation;

    Document(Supplier<Snapshot> latest) {
        this.latest = latest;
    }

    /** A command on its way to the trainer: one that changes what a saved file would hold is an edit. */
    void sent(Command c) {
        if (c instanceof Command.SetNetwork || c instanceof Command.SetTraining || c instanceof Command.SetData
                || c instanceof Command.SetDataSettings || c instanceof Command.Reset
                || c instanceof Command.LoadParameters || c instanceof Command.SetWeight
                || c instanceof Command.SetBias) {
            edits++;
            refresh();
        }
    }

    /** A new snapshot arrived (training steps show here). */
    void update() {
        refresh();
    }

    /** Edits sent so far (a save records the count at its export, so later edits stay unsaved). */
    long edits() {
        return edits;
    }

    /**
     * Asks the trainer for its state through {@code send}; the fence completes on the trainer thread with the step
     * of that state and the version of the last snapshot published before it.
     */
    CompletableFuture<Fence> export(Consumer<Command> send, CompletableFuture<TrainedState> state) {
        CompletableFuture<Fence> fence = state.thenApply(t -> new Fence(t.step(), latest.get().version()));
        send.accept(new Command.Export(state));
        return fence;
    }

    /** The session is now {@code file} (an experiment file, or null for untitled) named {@code shownName}. */
    void named(Path experimentFile, String shownName) {
        file = experimentFile;
        name = shownName;
        refresh();
    }

    /** Nothing is unsaved as of {@code editsAt} edits and the trainer state behind {@code fence}. */
    void clean(long editsAt, CompletableFuture<Fence> fence) {
        cleanEdits = editsAt;
        forced = false;
        cleanAfterVersion = Long.MAX_VALUE;
        long g = ++generation;
        fence.thenAccept(f -> Platform.runLater(() -> {
            if (g == generation) {
                cleanStep = f.step();
                cleanAfterVersion = f.version();
                refresh();
            }
        }));
        refresh();
    }

    /** Marks the session unsaved until the next clean mark (restoring a session that had unsaved changes). */
    void forceUnsaved() {
        forced = true;
        refresh();
    }

    Path file() {
        return file;
    }

    /** The name shown in the title (null for an untitled session). */
    String name() {
        return name;
    }

    /** Unsaved changes as of the latest snapshot (which the title shows at the next frame). */
    boolean isDirty() {
        refresh();
        return dirty.get();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the autosave keeps of this: the file, its title, and whether the session has unsaved changes. */
    WindowState state(String fileTitle) {
        return new WindowState(file == null ? null : file.toAbsolutePath().toString(), fileTitle, isDirty());
    }

    private void refresh() {
        Snapshot s = latest.get();
        boolean stepped = s != null && s.version() > cleanAfterVersion && s.step() != cleanStep;
        boolean d = forced || edits != cleanEdits || stepped;
        dirty.set(d);
        String shown = name != null ? name : d ? "untitled" : null;
        title.set(shown == null ? TITLE : TITLE + " — " + (d ? "*" : "") + shown);
    }
}
