package com.backproplab.ui.lesson;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks an instructor for the title, teaser and caption of the lesson made of the window's current state. Save is
 * enabled once the title and the caption are given.
 */
final class SaveLessonDialog extends Dialog<SaveLessonDialog.Text> {
    /** What the instructor typed, stripped; the teaser may be empty. */
    record Text(String title, String teaser, String caption) {
    }

    private final TextField title = new TextField();
    private final TextField teaser = new TextField();
    private final TextArea caption = new TextArea();

    SaveLessonDialog(Window owner, String initialTitle, String initialCaption) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Save as a new lesson");
        setHeaderText("The lesson keeps every control and the points (not the trained weights): it starts fresh,"
                + " paused, with your caption above the points.");
        title.setId("lessonSaveTitle");
        title.setPromptText("e.g. My overfitting demo");
        title.setText(initialTitle == null ? "" : initialTitle);
        teaser.setId("lessonSaveTeaser");
        teaser.setPromptText("One line for the gallery (optional)");
        caption.setId("lessonSaveCaption");
        caption.setPromptText("Two or three sentences: what to watch, where on the screen, what to try next.");
        caption.setText(initialCaption == null ? "" : initialCaption);
        caption.setWrapText(true);
        caption.setPrefRowCount(4);
        caption.setPrefColumnCount(48);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Teaser"), teaser);
        form.addRow(2, new Label("Caption"), caption);
        getDialogPane().setContent(form);
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(title.textProperty().isEmpty()
                .or(caption.textProperty().isEmpty()));
        setResultConverter(b -> b == save ? text() : null);
    }

    /** The fields as typed, stripped. */
    Text text() {
        return new Text(title.getText().strip(), teaser.getText().strip(), caption.getText().strip());
    }
}
