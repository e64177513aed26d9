package com.backproplab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts. They work wherever the focus is, except that typing into a text field keeps its
 * keys (Space, S, R, E, arrows and Ctrl+Z go to the field there).
 */
final class Shortcuts {
    private final SessionCommands commands;
    private final PointsModel points;
    private final FrameLoop frames;
    private final CanvasArea centre;

    Shortcuts(SessionCommands commands, PointsModel points, FrameLoop frames, CanvasArea centre) {
        this.commands = commands;
        this.points = points;
        this.frames = frames;
        this.centre = centre;
    }

    /** Listens to the keys pressed in {@code scene} before its controls do. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        Object source = e.getSource();
        Object focus = source instanceof Scene s ? s.getFocusOwner() : null;
        boolean typing = focus instanceof TextInputControl;
        KeyCode k = e.getCode();
        if (k == KeyCode.F3) {
            frames.toggleOverlay();
        } else if (e.isShortcutDown() && !e.isAltDown()) {
            // The file keys (Ctrl+O, Ctrl+S, ...) are the File menu's accelerators.
            if (k == KeyCode.Z && !typing) {
                points.undo();
            } else {
                return;
            }
        } else if (typing || e.isAltDown() || e.isShortcutDown()) {
            return;
        } else if (k == KeyCode.SPACE) {
            commands.togglePlay();
        } else if (k == KeyCode.S || k == KeyCode.RIGHT) {
            commands.step();
        } else if (k == KeyCode.R) {
            commands.reset();
        } else if (k == KeyCode.E) {
            centre.toggleEraser();
        } else {
            return;
        }
        e.consume();
    }
}
