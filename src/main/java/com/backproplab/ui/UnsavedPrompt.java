package com.backproplab.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Asks what to do with unsaved changes before New, Open or Quit replaces the session: Save, Don't Save or Cancel.
 * The dialog is shown without waiting on the FX thread; the answer comes as a future (Cancel also when the dialog
 * is closed otherwise, e.g. with Escape).
 */
final class UnsavedPrompt {
    /** What the user chose. */
    enum Choice { SAVE, DISCARD, CANCEL }

    /** What is about to replace the session. */
    enum Reason {
        NEW("starting a new session"),
        OPEN("opening another file"),
        QUIT("quitting");

        private final String doing;

        Reason(String doing) {
            this.doing = doing;
        }
    }

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Supplier<Window> owner;
    private Alert showing;

    UnsavedPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Shows the question about {@code name} (null for an untitled session); the future completes with the choice. */
    CompletableFuture<Choice> ask(String name, Reason reason) {
        CompletableFuture<Choice> answer = new CompletableFuture<>();
        if (showing != null) {
            // One question at a time: a second New or Quit while the dialog is up is the same question.
            answer.complete(Choice.CANCEL);
            return answer;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, consequence(name, reason), SAVE, DISCARD, ButtonType.CANCEL);
        a.setTitle("Unsaved changes");
        a.setHeaderText((name == null ? "Save this untitled session" : "Save the changes to " + name)
                + " before " + reason.doing + "?");
        a.initModality(Modality.WINDOW_MODAL);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.getDialogPane().setId("unsavedPrompt");
        ((Button) a.getDialogPane().lookupButton(SAVE)).setId("promptSave");
        ((Button) a.getDialogPane().lookupButton(DISCARD)).setId("promptDiscard");
        ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("promptCancel");
        a.setOnHidden(e -> {
            showing = null;
            ButtonType b = a.getResult();
            answer.complete(b == SAVE ? Choice.SAVE : b == DISCARD ? Choice.DISCARD : Choice.CANCEL);
        });
        showing = a;
        a.show();
        return answer;
    }

    /** What Don't Save means: on Quit the autosave still brings the session back at the next start. */
    private static String consequence(String name, Reason reason) {
        if (reason != Reason.QUIT) {
            return "If you don't, your changes are lost.";
        }
        return "If you don't, " + (name == null ? "nothing is written to a file" : name + " stays as it was")
                + "; the window still comes back as you leave it the next time Backprop Lab starts.";
    }

    /** True while the question is on screen (tests). */
    boolean isShowing() {
        return showing != null;
    }
}
