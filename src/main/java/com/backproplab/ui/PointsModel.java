package com.backproplab.ui;

import com.backproplab.data.Dataset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The authoritative point set and its undo stack. Every change is handed on (the window sends it to the trainer);
 * the canvas edits through the {@link DataCanvas.Editor} side, one undo step per gesture. New data (a preset, a
 * file, Clear) also starts a new run: weights and history from the start, so the charts never join two datasets
 * in one curve; edits by hand and undo keep the run.
 */
final class PointsModel implements DataCanvas.Editor {
    /** Datasets kept for Ctrl+Z. */
    static final int UNDO_LIMIT = 100;

    private final Deque<Dataset> undo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final Consumer<Dataset> onChange;
    private final Runnable newRun;
    private final ReadOnlyObjectWrapper<Dataset> shown = new ReadOnlyObjectWrapper<>();
    private Dataset data;
    /** The points before the gesture under way; pushed on its first change. */
    private Dataset pendingUndo;

    PointsModel(Dataset initial, Consumer<Dataset> onChange, Runnable newRun) {
        this.data = initial;
        this.onChange = onChange;
        this.newRun = newRun;
        shown.set(initial);
    }

    /** The points, as an observable value (the data controls show a loaded file's count). */
    ReadOnlyObjectProperty<Dataset> dataProperty() {
        return shown.getReadOnlyProperty();
    }

    @Override
    public void beginEdit() {
        pendingUndo = data;
    }

    @Override
    public Dataset data() {
        return data;
    }

    @Override
    public void setData(Dataset d) {
        if (pendingUndo != null) {
            pushUndo(pendingUndo);
            pendingUndo = null;
        }
        apply(d);
    }

    /** Replaces all points, keeping the old ones for undo; nothing happens when they are the same. */
    void replace(Dataset d) {
        pendingUndo = null;
        if (!d.equals(data)) {
            pushUndo(data);
            apply(d);
        }
    }

    /**
     * Replaces all points with new data (a preset, a file, Clear) like {@link #replace}, and starts a new run when
     * they changed.
     */
    void newData(Dataset d) {
        boolean changed = !d.equals(data);
        replace(d);
        if (changed) {
            newRun.run();
        }
    }

    /**
     * Replaces all points like {@link #replace}, but hands them on even when they are the same: an experiment file
     * sends its points after its data settings, whatever the points were before.
     */
    void replaceAndSend(Dataset d) {
        pendingUndo = null;
        if (!d.equals(data)) {
            pushUndo(data);
        }
        apply(d);
    }

    /** Starts over with {@code d}, handed on, with nothing to undo (a restored or new session). */
    void restart(Dataset d) {
        pendingUndo = null;
        undo.clear();
        canUndo.set(false);
        apply(d);
    }

    /** Ctrl+Z: the points as they were before the last change. */
    void undo() {
        Dataset d = undo.poll();
        if (d != null) {
            apply(d);
        }
        canUndo.set(!undo.isEmpty());
    }

    /** Removes every point (undoable): new, empty data. */
    void clear() {
        newData(Dataset.empty(data().isRegression()));
    }

    /** True while there is a change to undo. */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    private void apply(Dataset d) {
        data = d;
        onChange.accept(d);
        shown.set(d);
    }

    private void pushUndo(Dataset d) {
        undo.push(d);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        canUndo.set(true);
    }
}
