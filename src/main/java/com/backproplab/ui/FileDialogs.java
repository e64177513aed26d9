package com.backproplab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's open and save dialogs: points (CSV), experiments (JSON), and the exports (a PNG of the canvas, the
 * history as a trace CSV). One extension filter each. Open starts in the directory last used, or else in the
 * shipped {@code datasets/} or {@code experiments/} when they exist; save starts in the directory last used
 * unless that is a shipped one (a student must not overwrite a preset by accident), or else in the user's home
 * folder. Each returns the chosen file, or null when cancelled.
 */
final class FileDialogs {
    private final Supplier<Window> owner;
    private Path lastDirectory;

    FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** A CSV file of points to import. */
    Path openCsv() {
        return open(chooser("Import points", "CSV points (x1,x2,label)", "*.csv", "datasets"));
    }

    /** Where to export the points as CSV. */
    Path saveCsv() {
        return save(chooser("Export points", "CSV points (x1,x2,label)", "*.csv", "datasets"), "points.csv");
    }

    /** An experiment to open. */
    Path openExperiment() {
        return open(experiment("Open experiment"));
    }

    /** Where to save the experiment, proposing {@code name}. */
    Path saveExperiment(String name) {
        return save(experiment("Save experiment as"), name);
    }

    /** Where to write the picture of the canvas. */
    Path exportPng(String name) {
        return save(chooser("Export picture", "PNG images", "*.png", null), name);
    }

    /** Where to write the history of the run. */
    Path exportHistory(String name) {
        return save(chooser("Export history", "Trace CSV (the columns of train --trace)", "*.csv", null), name);
    }

    private Path open(FileChooser fc) {
        return chosen(fc.showOpenDialog(owner.get()));
    }

    private Path save(FileChooser fc, String name) {
        fc.setInitialFileName(name);
        start(fc, initialDirectory(lastDirectory, true, null, Path.of(System.getProperty("user.home"))));
        return chosen(fc.showSaveDialog(owner.get()));
    }

    /**
     * Where a dialog starts: the last directory used; when saving, not a shipped one (nor a folder inside one) but
     * {@code home}; when opening, the shipped {@code fallback} if there is none yet, else {@code home}.
     */
    static Path initialDirectory(Path last, boolean save, Path fallback, Path home) {
        Path lastDir = last != null && Files.isDirectory(last) ? last.toAbsolutePath().normalize() : null;
        if (save) {
            boolean shipped = lastDir != null && (lastDir.startsWith(Path.of("datasets").toAbsolutePath().normalize())
                    || lastDir.startsWith(Path.of("experiments").toAbsolutePath().normalize()));
            return lastDir != null && !shipped ? lastDir : home;
        }
        return lastDir != null ? lastDir : fallback != null && Files.isDirectory(fallback) ? fallback.toAbsolutePath()
                : home;
    }

    private static void start(FileChooser fc, Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        }
    }

    private FileChooser experiment(String title) {
        return chooser(title, "Experiments (JSON)", "*.json", "experiments");
    }

    private FileChooser chooser(String title, String what, String pattern, String fallback) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path dir = lastDirectory != null && Files.isDirectory(lastDirectory) ? lastDirectory
                : fallback == null ? null : Path.of(fallback);
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        }
        return fc;
    }

    /** The chosen file (remembering its directory), or null when the dialog was cancelled. */
    private Path chosen(File f) {
        if (f == null) {
            return null;
        }
        Path p = f.toPath();
        if (p.toAbsolutePath().getParent() != null) {
            lastDirectory = p.toAbsolutePath().getParent();
        }
        return p;
    }
}
