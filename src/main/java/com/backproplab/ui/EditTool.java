package com.backproplab.ui;

import com.backproplab.data.Dataset;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The pen and the eraser of the {@link DataCanvas}: a press on the plot starts one undoable gesture, a drag paints
 * points along the path (left button class 1, right button or Shift class 0; for regression, values +1 and -1) or
 * erases those under the brush.
 */
final class EditTool {
    /** Pixels between painted points of a stroke. */
    static final double STROKE_SPACING_PX = 14;
    /** Radius of the eraser brush in pixels. */
    static final double ERASER_RADIUS_PX = 18;
    private static final Color RING = Color.web("#d03030");

    private final CanvasGeometry geometry;
    private final DataCanvas.Editor editor;
    private boolean eraser;
    private boolean stroking;
    private int strokeLabel;
    private double lastX, lastY;

    EditTool(CanvasGeometry geometry, DataCanvas.Editor editor) {
        this.geometry = geometry;
        this.editor = editor;
    }

    boolean isEraser() {
        return eraser;
    }

    void setEraser(boolean on) {
        eraser = on;
    }

    /** Starts a gesture at a press on the plot; returns whether the press was taken. */
    boolean press(MouseEvent e) {
        if (!geometry.inside(e.getX(), e.getY()) || e.getButton() == MouseButton.MIDDLE) {
            return false;
        }
        editor.beginEdit();
        stroking = true;
        lastX = e.getX();
        lastY = e.getY();
        if (eraser) {
            erase(lastX, lastY);
        } else {
            strokeLabel = e.getButton() == MouseButton.SECONDARY || e.isShiftDown() ? 0 : 1;
            editor.setData(withPoint(editor.data(), dataX(lastX), dataY(lastY)));
        }
        return true;
    }

    /** Continues the gesture to pixel (x, y), clamped to the plot; returns whether a gesture is under way. */
    boolean drag(double x, double y) {
        if (!stroking) {
            return false;
        }
        x = geometry.clampX(x);
        y = geometry.clampY(y);
        if (eraser) {
            erase(x, y);
            return true;
        }
        // Points every STROKE_SPACING_PX along the path, however fast the mouse moved.
        double dx = x - lastX, dy = y - lastY, d = Math.hypot(dx, dy);
        int n = (int) (d / STROKE_SPACING_PX);
        if (n > 0) {
            Dataset data = editor.data();
            for (int k = 1; k <= n; k++) {
                double t = k * STROKE_SPACING_PX / d;
                data = withPoint(data, dataX(lastX + t * dx), dataY(lastY + t * dy));
            }
            lastX += n * STROKE_SPACING_PX / d * dx;
            lastY += n * STROKE_SPACING_PX / d * dy;
            editor.setData(data);
        }
        return true;
    }

    /** The stroke's point: class 1 or 0, or for regression the value +1 or -1 (the ends of the usual scale). */
    private Dataset withPoint(Dataset d, double x, double y) {
        return d.isRegression() ? d.withValuePoint(x, y, strokeLabel == 1 ? 1.0 : -1.0) : d.withPoint(x, y, strokeLabel);
    }

    void release() {
        stroking = false;
    }

    private void erase(double x, double y) {
        Dataset before = editor.data();
        double radius = ERASER_RADIUS_PX * geometry.projection().dataPerPixel();
        Dataset after = before.withoutPointsNear(dataX(x), dataY(y), radius);
        if (after != before) {
            editor.setData(after);
        }
    }

    private double dataX(double px) {
        return geometry.projection().dataX(px);
    }

    private double dataY(double py) {
        return geometry.projection().dataY(py);
    }

    /** The eraser's brush outline at the pointer, when erasing and the pointer is on the plot. */
    void drawBrush(GraphicsContext g, double mouseX, double mouseY) {
        if (!eraser || Double.isNaN(mouseX) || !geometry.inside(mouseX, mouseY)) {
            return;
        }
        double r = ERASER_RADIUS_PX;
        g.setStroke(RING);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeOval(mouseX - r, mouseY - r, 2 * r, 2 * r);
        g.setLineDashes(null);
    }
}
