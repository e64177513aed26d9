package com.backproplab.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The View menu's items: presenter mode, the panel of controls, the light and dark themes, the frame-rate overlay,
 * and the canvas's options ({@link CanvasOptions}). The keys shown beside them (F11, F9, F3) are handled by the
 * window's {@link Shortcuts}, which take them before the menu bar would.
 */
final class ViewMenu {
    private ViewMenu() {
    }

    /** Fills {@code view}; {@code overlay} toggles the FPS overlay and {@code overlayShown} tells whether it shows. */
    static void fill(Menu view, Appearance appearance, Runnable overlay, java.util.function.BooleanSupplier overlayShown) {
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        presenter.setId("presenterMode");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.selectedProperty().bindBidirectional(appearance.presenterProperty());

        CheckMenuItem controls = new CheckMenuItem("Controls panel");
        controls.setId("controlsPanel");
        controls.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        controls.selectedProperty().bindBidirectional(appearance.controlsProperty());

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("lightTheme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("darkTheme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        dark.selectedProperty().bindBidirectional(appearance.darkProperty());
        light.setSelected(!appearance.darkProperty().get());
        appearance.darkProperty().addListener((o, was, is) -> light.setSelected(!is));

        CheckMenuItem fps = new CheckMenuItem("Frame rate overlay");
        fps.setId("fpsOverlayItem");
        fps.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        // The item shows the overlay's state each time the menu opens (F3 may have changed it meanwhile).
        view.setOnShowing(e -> fps.setSelected(overlayShown.getAsBoolean()));
        fps.setOnAction(e -> {
            if (fps.isSelected() != overlayShown.getAsBoolean()) {
                overlay.run();
            }
        });
        view.getItems().addAll(presenter, controls, new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(),
                fps);
        appearance.canvasOptions().fill(view);
    }
}
