package com.backproplab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Backprop Lab window. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Backprop Lab");
        stage.setScene(new Scene(new Label("Backprop Lab"), 1280, 800));
        stage.show();
    }
}
