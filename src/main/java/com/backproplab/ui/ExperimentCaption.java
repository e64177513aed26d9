package com.backproplab.ui;

import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The title and caption of the experiment last opened, above the points; hidden when both are absent. */
final class ExperimentCaption extends TextFlow {
    private final Text titleText = new Text();
    private final Text bodyText = new Text();
    /** As shown (stripped), or null when absent: saving the experiment writes them again. */
    private String title, caption;

    ExperimentCaption() {
        getChildren().addAll(titleText, bodyText);
        setId("experimentCaption");
        getStyleClass().add("experiment-caption");
        titleText.getStyleClass().add("experiment-caption-title");
        bodyText.getStyleClass().add("experiment-caption-text");
        setMinHeight(Region.USE_PREF_SIZE);
        show(null, null);
    }

    /** Shows a title and a caption (either may be null or blank); hides the line when both are absent. */
    void show(String t, String c) {
        title = blankToNull(t);
        caption = blankToNull(c);
        titleText.setText(title == null ? "" : title);
        bodyText.setText(caption == null ? "" : title == null ? caption : "   " + caption);
        boolean show = title != null || caption != null;
        setVisible(show);
        setManaged(show);
    }

    String title() {
        return title;
    }

    String caption() {
        return caption;
    }

    /** The line as shown (empty when hidden). */
    String text() {
        return isVisible() ? titleText.getText() + bodyText.getText() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
