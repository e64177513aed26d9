package com.backproplab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** A full-width message strip with an icon, a sentence and an optional action; hidden when empty. */
final class Banner extends HBox {
    private final Label text = new Label();
    private String shown;

    Banner(String id, String styleClass, String icon) {
        setId(id);
        getStyleClass().addAll("banner", styleClass);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        text.setId(id + "Text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("banner-icon");
        getChildren().addAll(i, text);
        setVisible(false);
        setManaged(false);
    }

    /** Adds a button at the right end. */
    Button action(String id, String label, String icon, Runnable r) {
        Button b = new Button(label, icon == null ? null : new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> r.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(b);
        return b;
    }

    /** Shows the message, or hides the banner for null. */
    void show(String message) {
        if (message == null ? shown == null : message.equals(shown)) {
            return;
        }
        shown = message;
        text.setText(message == null ? "" : message);
        setVisible(message != null);
        setManaged(message != null);
    }

    String message() {
        return shown;
    }
}
