package com.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Start-up: the contents of the tabs not shown at first join the scene only after its first frame. A tab pane keeps
 * every tab's content in the scene, so the first CSS pass would build the skins of every control of every hidden
 * form and chart before anything is painted; this way the window paints what it shows first, and the rest follows
 * within a few frames. A tab chosen before then gets its content at once.
 */
final class HiddenTabs {
    /** Post-layout pulses to wait: the second one is the first that follows a painted frame. */
    private static final int PULSES = 2;

    private final Scene scene;
    private final List<Runnable> restores = new ArrayList<>();
    private int pulses;
    private final Runnable listener = this::pulse;

    private HiddenTabs(Scene scene) {
        this.scene = scene;
    }

    /** Takes the content out of every tab of {@code scene} not selected now, until after the first frame. */
    static void deferUntilFirstFrame(Scene scene) {
        HiddenTabs h = new HiddenTabs(scene);
        h.collect(scene.getRoot());
        if (!h.restores.isEmpty()) {
            scene.addPostLayoutPulseListener(h.listener);
        }
    }

    private void collect(Parent parent) {
        if (parent instanceof TabPane pane) {
            for (Tab t : pane.getTabs()) {
                if (!t.isSelected() && t.getContent() != null) {
                    defer(t);
                }
            }
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                collect(p);
            }
        }
        if (parent instanceof TabPane pane) {
            // The tabs' contents are not children of the pane before its skin exists: walk them too.
            for (Tab t : pane.getTabs()) {
                if (t.getContent() instanceof Parent p && p.getParent() == null) {
                    collect(p);
                }
            }
        }
    }

    private void defer(Tab t) {
        Node content = t.getContent();
        t.setContent(null);
        boolean[] done = new boolean[1];
        Runnable restore = () -> {
            if (!done[0]) {
                done[0] = true;
                t.setContent(content);
            }
        };
        restores.add(restore);
        // Chosen before the first frame: shown at once.
        t.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                restore.run();
            }
        });
    }

    private void pulse() {
        if (++pulses < PULSES) {
            return;
        }
        scene.removePostLayoutPulseListener(listener);
        Platform.runLater(() -> restores.forEach(Runnable::run));
    }
}
