package com.backproplab.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard shortcuts. They never take a key from the focused control that uses it:
 * <ul>
 *   <li>anywhere: Ctrl+Space play/pause, F3 the FPS overlay, F9 the panel of controls, F11 presenter mode (the
 *       file keys, Ctrl+O, Ctrl+S and the rest, are the File menu's accelerators);</li>
 *   <li>S (step), R (reset), E (eraser) and Ctrl+Z (undo a change of the points): unless the focus is in an
 *       editable control (a text field, an editable spinner), where they type and undo the typing;</li>
 *   <li>Space (play/pause) and → (step): only on the canvas (or with nothing focused), since a focused button,
 *       check box, list or slider answers them itself.</li>
 * </ul>
 */
final class Shortcuts {
    /** What the shortcuts do. */
    interface Actions {
        void togglePlay();

        void step();

        void reset();

        void toggleEraser();

        void undoPoints();

        void toggleOverlay();

        void togglePresenter();

        void toggleControls();
    }

    private final Actions actions;

    Shortcuts(Actions actions) {
        this.actions = actions;
    }

    /** Listens to the keys pressed in {@code scene} before its controls do. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e, scene.getFocusOwner())) {
                e.consume();
            }
        });
    }

    /** Runs the shortcut of {@code e} with the focus on {@code focus} (null: none); false when it is not one. */
    boolean handle(KeyEvent e, Node focus) {
        KeyCode k = e.getCode();
        boolean shortcut = e.isShortcutDown() && !e.isAltDown();
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown();
        if (k == KeyCode.F3 && plain) {
            actions.toggleOverlay();
        } else if (k == KeyCode.F11 && plain) {
            actions.togglePresenter();
        } else if (k == KeyCode.F9 && plain) {
            actions.toggleControls();
        } else if (shortcut && k == KeyCode.SPACE) {
            actions.togglePlay();
        } else if (shortcut && k == KeyCode.Z && !e.isShiftDown() && !editable(focus)) {
            actions.undoPoints();
        } else if (!plain) {
            return false;
        } else if (k == KeyCode.SPACE && !usesSpace(focus)) {
            actions.togglePlay();
        } else if (k == KeyCode.RIGHT && !control(focus)) {
            actions.step();
        } else if ((k == KeyCode.S || k == KeyCode.R || k == KeyCode.E) && !editable(focus)) {
            run(k == KeyCode.S ? actions::step : k == KeyCode.R ? actions::reset : actions::toggleEraser);
        } else {
            return false;
        }
        return true;
    }

    private static void run(Runnable r) {
        r.run();
    }

    /** A control that takes typing: a text field or area, an editable spinner, combo box or date picker. */
    static boolean editable(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return t.isEditable();
            }
            if (n instanceof Spinner<?> s) {
                return s.isEditable();
            }
            if (n instanceof ComboBoxBase<?> c) {
                return c.isEditable();
            }
        }
        return false;
    }

    /** A focused control other than the canvas: it answers the arrows itself. */
    static boolean control(Node focus) {
        return focus instanceof Control;
    }

    /**
     * A focused control that answers Space (a button presses, a check box ticks, a list opens). A slider does not: the
     * speed just dragged, Space still plays and pauses, as an instructor's hand expects.
     */
    static boolean usesSpace(Node focus) {
        return control(focus) && !(focus instanceof Slider);
    }
}
