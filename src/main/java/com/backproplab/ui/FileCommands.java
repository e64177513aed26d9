package com.backproplab.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What the File menu, the drop target and the window's close button do with the session as a whole: New, Open,
 * Save, Save As and Quit. Replacing a session that has unsaved changes asks first ({@link UnsavedPrompt}): Save
 * saves (asking where for an untitled session) and goes on only once saved; Don't Save goes on; Cancel stops.
 * FX thread only.
 */
final class FileCommands {
    private final FileActions files;
    private final SessionLoader loader;
    private final Document document;
    private final UnsavedPrompt prompt;
    private final Supplier<Stage> stage;

    FileCommands(FileActions files, SessionLoader loader, Document document, UnsavedPrompt prompt,
                 Supplier<Stage> stage) {
        this.files = files;
        this.loader = loader;
        this.document = document;
        this.prompt = prompt;
        this.stage = stage;
    }

    /** File › New: the default session, untitled. The future says whether it happened. */
    CompletableFuture<Boolean> newSession() {
        return whenSaved(UnsavedPrompt.Reason.NEW, loader::newSession);
    }

    /** File › Open…: asks first about unsaved changes, then for the file. */
    CompletableFuture<Boolean> open() {
        return whenSaved(UnsavedPrompt.Reason.OPEN, () -> {
            Path p = files.dialogs().openExperiment();
            if (p != null) {
                files.openExperiment(p);
            }
        });
    }

    /** Opens {@code file} (a recent or dropped one), asking first about unsaved changes. */
    CompletableFuture<Boolean> open(Path file) {
        return whenSaved(UnsavedPrompt.Reason.OPEN, () -> files.openExperiment(file));
    }

    /** File › Save: to the open experiment file, or where the user says for an untitled session. */
    CompletableFuture<Boolean> save() {
        Path f = document.file();
        return f == null ? saveAs() : saved(files.saveExperiment(f));
    }

    /** File › Save As…: asks where. The future says whether the session was saved. */
    CompletableFuture<Boolean> saveAs() {
        Path p = files.dialogs().saveExperiment(suggestedName());
        return p == null ? CompletableFuture.completedFuture(false) : saved(files.saveExperiment(p));
    }

    /** File › Quit: closes the window as its close button does (asking first about unsaved changes). */
    void quit() {
        Stage s = stage.get();
        if (s != null) {
            s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    /** The window is asked to close: with unsaved changes it stays open until the user has answered. */
    void closeRequested(WindowEvent e) {
        if (!document.isDirty()) {
            return;
        }
        e.consume();
        whenSaved(UnsavedPrompt.Reason.QUIT, () -> stage.get().hide());
    }

    /** Runs {@code then} once nothing unsaved would be lost; the future says whether it ran. */
    private CompletableFuture<Boolean> whenSaved(UnsavedPrompt.Reason reason, Runnable then) {
        if (!document.isDirty()) {
            then.run();
            return CompletableFuture.completedFuture(true);
        }
        return prompt.ask(document.name(), reason).thenCompose(choice -> switch (choice) {
            case SAVE -> save();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        }).thenApply(go -> {
            if (go) {
                then.run();
            }
            return go;
        });
    }

    private static CompletableFuture<Boolean> saved(CompletableFuture<String> problem) {
        return problem.thenApply(m -> m == null);
    }

    /** The open file's name, or the imported CSV's as JSON, or a generic one. */
    private String suggestedName() {
        String n = document.name();
        if (n == null) {
            return "experiment.json";
        }
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n : n.replaceFirst("\\.[^.]*$", "") + ".json";
    }
}
