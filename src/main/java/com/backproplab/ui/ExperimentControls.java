package com.backproplab.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Open and save an experiment file: network, training, data settings, points and (when known) weights. */
final class ExperimentControls extends VBox {

    ExperimentControls(Runnable open, Runnable save) {
        getStyleClass().add("section-body");
        setSpacing(6);
        Button load = new Button("Open experiment…", new FontIcon("mdi2f-folder-open-outline"));
        load.setId("openExperiment");
        load.setTooltip(Fields.tip("Open an experiment (JSON): network, training, data and saved weights "
                + "(Ctrl+Shift+O)."));
        Button store = new Button("Save experiment…", new FontIcon("mdi2c-content-save-outline"));
        store.setId("saveExperiment");
        store.setTooltip(Fields.tip("Save the network, training settings and points as an experiment (JSON) "
                + "(Ctrl+Shift+S)."));
        load.setMaxWidth(Double.MAX_VALUE);
        store.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(6, load, store);
        HBox.setHgrow(load, Priority.ALWAYS);
        HBox.setHgrow(store, Priority.ALWAYS);
        Label hint = new Label("Prepare a demo: settings and points in one JSON file.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        load.setOnAction(e -> open.run());
        store.setOnAction(e -> save.run());
        getChildren().addAll(buttons, hint);
    }
}
