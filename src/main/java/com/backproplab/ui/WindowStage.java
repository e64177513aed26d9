package com.backproplab.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's place on the screen and its first frame: the stage covers the screen's visual bounds (the part that
 * panels leave free; without a window manager nothing else would size it), and the scene is laid out and drawn
 * before the window maps, so it shows its first frame at once instead of a blank one.
 */
final class WindowStage {
    private WindowStage() {
    }

    /** A scene of {@code root} as large as the primary screen's visual bounds. */
    static Scene scene(Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, screen.getWidth(), screen.getHeight());
    }

    /** Places {@code stage} over the primary screen's visual bounds, decorations included. */
    static void fit(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /**
     * CSS, layout and a first drawing of {@code scene} now, with {@code drawLatest} (the session's first snapshot,
     * boundary grid included) drawn into it too, so that the first pulse after the window maps only renders. The
     * contents of hidden tabs join after the first frame ({@link HiddenTabs}). (An off-screen snapshot here, to
     * render once before mapping, only rendered the scene twice: 40 ms of start-up on the software pipeline.)
     */
    static void drawFirstFrame(Scene scene, Runnable drawLatest) {
        HiddenTabs.deferUntilFirstFrame(scene);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        drawLatest.run();
    }
}
