package com.backproplab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's open and save dialogs for points (CSV) and experiments (JSON): one extension filter each. Open
 * starts in the directory last used, or else in the shipped {@code datasets/} or {@code experiments/} when they
 * exist; save starts in the directory last used unless that is a shipped one (a student must not overwrite a
 * preset by accident), or else in the user's home folder.
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

    /**
     * Where a dialog starts: the last directory used; when saving, not a shipped one (nor a folder inside one) but
     * {@code home}; when opening, the shipped {@code fallback} if there is none yet.
     */
    static Path initialDirectory(Path last, boolean save, Path fallback, Path home) {
        Path lastDir = last != null && Files.isDirectory(last) ? last.toAbsolutePath().normalize() : null;
        if (save) {
            boolean shipped = lastDir != null && (lastDir.startsWith(Path.of("datasets").toAbsolutePath().normalize())
                    || lastDir.startsWith(Path.of("experiments").toAbsolutePath().normalize()));
            return lastDir != null && !shipped ? lastDir : home;
        }
        return lastDir != null ? lastDir : Files.isDirectory(fallback) ? fallback.toAbsolutePath() : home;
    }

    private void open(FileChooser fc, Consumer<Path> then) {
        Path p = chosen(fc.showOpenDialog(owner.get()));
        if (p != null) {
            then.accept(p);
        }
    }

    private void save(FileChooser fc, String name, Consumer<Path> then) {
        fc.setInitialFileName(name);
        start(fc, initialDirectory(lastDirectory, true, null, home()));
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
        start(fc, initialDirectory(lastDirectory, false, Path.of(fallback), home()));
        return fc;
    }

    private static void start(FileChooser fc, Path dir) {
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
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
