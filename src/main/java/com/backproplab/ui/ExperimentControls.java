package com.backproplab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Open and save an experiment file: network, training, data settings, points and (when known) weights. */
final class ExperimentControls extends VBox {

    ExperimentControls(Runnable open, Runnable save) {
        getStyleClass().add("section-body");
        setSpacing(6);
        Button load = new Button("Open experiment…", new FontIcon("mdi2f-folder-open-outline"));
        load.setId("openExperiment");
        load.setTooltip(Forms.tip("Open an experiment (JSON): network, training, data and saved weights "
                + "(Ctrl+Shift+O)."));
        Button store = new Button("Save experiment…", new FontIcon("mdi2c-content-save-outline"));
        store.setId("saveExperiment");
        store.setTooltip(Forms.tip("Save the network, training settings and points as an experiment (JSON) "
                + "(Ctrl+Shift+S)."));
        // Side by side the labels would be cut off in the side panel's width: one full-width row each.
        for (Button b : new Button[] {load, store}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
        }
        load.setOnAction(e -> open.run());
        store.setOnAction(e -> save.run());
        getChildren().addAll(load, store);
    }
}
