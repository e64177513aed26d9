package com.backproplab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;

/**
 * How the canvas draws the run, as TensorFlow Playground offers it: <b>Discretize output</b> shows the two regions
 * in flat colours instead of the shaded probability (or value), and <b>Show dev points</b> hides or shows the hollow
 * dev points. Both are View menu items and are remembered in the {@link Preferences} (keys {@code discretize} and
 * {@code showDevPoints}).
 */
final class CanvasOptions {
    static final String DISCRETIZE = "discretize", SHOW_DEV = "showDevPoints";

    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    private final BooleanProperty showDev = new SimpleBooleanProperty(true);
    private Preferences preferences = Preferences.inMemory();

    CanvasOptions(DataCanvas canvas) {
        discretize.addListener((o, was, is) -> {
            canvas.setDiscretize(is);
            if (is != preferences.flag(DISCRETIZE, false)) {
                preferences.setFlag(DISCRETIZE, is);
            }
        });
        showDev.addListener((o, was, is) -> {
            canvas.setShowDev(is);
            if (is != preferences.flag(SHOW_DEV, true)) {
                preferences.setFlag(SHOW_DEV, is);
            }
        });
    }

    /** Adds the two items at the end of the View menu. */
    void fill(Menu view) {
        CheckMenuItem flat = new CheckMenuItem("Discretize output");
        flat.setId("discretizeOutput");
        flat.selectedProperty().bindBidirectional(discretize);
        CheckMenuItem dev = new CheckMenuItem("Show dev points");
        dev.setId("showDevPoints");
        dev.selectedProperty().bindBidirectional(showDev);
        view.getItems().addAll(new SeparatorMenuItem(), flat, dev);
    }

    /** Takes the choices from {@code p}, and remembers later ones there. */
    void use(Preferences p) {
        preferences = p;
        discretize.set(p.flag(DISCRETIZE, false));
        showDev.set(p.flag(SHOW_DEV, true));
    }

    BooleanProperty discretizeProperty() {
        return discretize;
    }

    BooleanProperty showDevProperty() {
        return showDev;
    }
}
