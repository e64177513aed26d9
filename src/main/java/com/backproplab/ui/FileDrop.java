package com.backproplab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto the window: an experiment file ({@code .json}) is opened like File › Open (asking first about
 * unsaved changes), a CSV of points is imported like File › Import CSV. The window takes the drag only when one of
 * the files is of either kind (by its name: the FX thread does not touch the disk); the first such file is opened.
 */
final class FileDrop {
    private final Consumer<Path> openExperiment;
    private final Consumer<Path> importCsv;

    FileDrop(Consumer<Path> openExperiment, Consumer<Path> importCsv) {
        this.openExperiment = openExperiment;
        this.importCsv = importCsv;
    }

    /** Listens for drags over {@code target} (the window's root). */
    void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (first(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Path p = first(e.getDragboard());
            if (p != null) {
                open(p);
            }
            e.setDropCompleted(p != null);
            e.consume();
        });
    }

    /** Opens {@code file} by its kind; true when it is of a kind the window opens. */
    boolean open(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            openExperiment.accept(file);
        } else if (name.endsWith(".csv")) {
            importCsv.accept(file);
        } else {
            return false;
        }
        return true;
    }

    /** The first experiment or CSV file on the dragboard, or null. */
    private static Path first(Dragboard db) {
        if (db == null || !db.hasFiles()) {
            return null;
        }
        List<File> files = db.getFiles();
        for (File f : files) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json") || name.endsWith(".csv")) {
                return f.toPath();
            }
        }
        return null;
    }
}
