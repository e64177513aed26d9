package com.backproplab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's open and save dialogs for points (CSV) and experiments (JSON): one extension filter each, starting
 * in the directory last used, or else in the shipped {@code datasets/} or {@code experiments/} when they exist.
 */
final class FileDialogs {
    private final Supplier<Window> owner;
    private Path lastDirectory;

    FileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Asks for a CSV file to read and hands it to {@code load}. */
    void openCsv(Consumer<Path> load) {
        open(csv("Open points"), load);
    }

    /** Asks where to write the points and hands the path to {@code save}. */
    void saveCsv(Consumer<Path> save) {
        save(csv("Save points"), "points.csv", save);
    }

    /** Asks for an experiment to open. */
    void openExperiment(Consumer<Path> open) {
        open(experiment("Open experiment"), open);
    }

    /** Asks where to save the experiment. */
    void saveExperiment(Consumer<Path> save) {
        save(experiment("Save experiment"), "experiment.json", save);
    }

    private void open(FileChooser fc, Consumer<Path> then) {
        Path p = chosen(fc.showOpenDialog(owner.get()));
        if (p != null) {
            then.accept(p);
        }
    }

    private void save(FileChooser fc, String name, Consumer<Path> then) {
        fc.setInitialFileName(name);
        Path p = chosen(fc.showSaveDialog(owner.get()));
        if (p != null) {
            then.accept(p);
        }
    }

    private FileChooser csv(String title) {
        return chooser(title, "CSV points (x1,x2,label)", "*.csv", "datasets");
    }

    private FileChooser experiment(String title) {
        return chooser(title, "Experiments (JSON)", "*.json", "experiments");
    }

    private FileChooser chooser(String title, String what, String pattern, String fallback) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path dir = lastDirectory != null && Files.isDirectory(lastDirectory) ? lastDirectory : Path.of(fallback);
        if (Files.isDirectory(dir)) {
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
