package com.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What the window tests check of a laid-out scene: every visible control lies where the user can reach it (inside
 * the scene and inside every clipping ancestor, or inside a scroll pane's content, which scrolls into view), a
 * scroll pane without a horizontal bar has content no wider than itself, and no label, button or choice shows its
 * text cut to "…".
 */
final class LayoutCheck {
    /** Half a pixel of rounding either way. */
    private static final double SLACK = 1;

    private final List<String> problems = new ArrayList<>();

    private LayoutCheck() {
    }

    /** The problems of {@code scene} as laid out now, one line each (empty when all is well). */
    static List<String> problems(Scene scene) {
        LayoutCheck c = new LayoutCheck();
        c.walk(scene.getRoot(), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        return c.problems;
    }

    /** {@code area}: the part of the scene where {@code n} can be seen or scrolled to, in scene coordinates. */
    private void walk(Node n, Bounds area) {
        if (!n.isVisible()) {
            return;
        }
        Bounds here = area;
        if (n.getClip() != null) {
            here = intersect(here, n.localToScene(n.getClip().getBoundsInParent()));
        }
        if (n instanceof Control c) {
            check(c, here);
        }
        if (n instanceof ScrollPane sp && sp.getContent() != null) {
            Node content = sp.getContent();
            Bounds viewport = sp.getViewportBounds();
            if (sp.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER
                    && content.getLayoutBounds().getWidth() > viewport.getWidth() + SLACK) {
                problems.add(name(sp) + ": content " + round(content.getLayoutBounds().getWidth())
                        + " px wide in a viewport of " + round(viewport.getWidth()) + " px without a scroll bar");
            }
            // Whatever lies in the content can be scrolled into view.
            walk(content, content.localToScene(content.getLayoutBounds()));
            return;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, here);
            }
        }
    }

    private void check(Control c, Bounds area) {
        Bounds b = c.localToScene(c.getLayoutBounds());
        if (c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = shownText(l);
            // "_View" shows as "View" with its mnemonic underlined.
            String text = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?!_)", "").replace("__", "_")
                    : l.getText();
            if (shown != null && !shown.equals(text)) {
                problems.add(name(c) + ": text cut to '" + shown + "' (is '" + l.getText() + "')");
            }
            if (b.getWidth() < 1 || b.getHeight() < 1) {
                problems.add(name(c) + ": no room at all (" + round(b.getWidth()) + " x " + round(b.getHeight()) + ")");
            }
        }
        if (area == null || b.getMinX() < area.getMinX() - SLACK || b.getMinY() < area.getMinY() - SLACK
                || b.getMaxX() > area.getMaxX() + SLACK || b.getMaxY() > area.getMaxY() + SLACK) {
            problems.add(name(c) + ": at " + box(b) + ", out of reach of " + (area == null ? "nothing" : box(area)));
        }
    }

    /** The text the skin draws (the label's own when it fits), or null before a skin. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        if (a == null) {
            return null;
        }
        double x0 = Math.max(a.getMinX(), b.getMinX()), y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX()), y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 < x0 || y1 < y0 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    static String name(Node n) {
        String what = n.getClass().getSimpleName();
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            what += " '" + l.getText() + "'";
        }
        return n.getId() != null ? what + " #" + n.getId() : what;
    }

    private static String box(Bounds b) {
        return "[" + round(b.getMinX()) + ", " + round(b.getMinY()) + " .. " + round(b.getMaxX()) + ", "
                + round(b.getMaxY()) + "]";
    }

    private static long round(double v) {
        return Math.round(v);
    }
}
