package com.backproplab.ui;

import com.backproplab.plot.BoundaryFigure;
import com.backproplab.plot.Projection;
import com.backproplab.plot.TickMarks;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The frame of the {@link DataCanvas}'s plot square with the figure's ticks below (x1) and at the left (x2). */
final class CanvasAxes {
    private static final Color FRAME = Color.web("#8a8f98"), TICK_TEXT = Color.web("#4a4f57");
    private static final Font TICK_FONT = Font.font(11);

    private CanvasAxes() {
    }

    static void draw(GraphicsContext g, Projection p, BoundaryFigure f) {
        double left = p.left(), top = p.top(), right = left + p.width(), bottom = top + p.height();
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, p.width() - 1, p.height() - 1);
        g.setFill(TICK_TEXT);
        g.setFont(TICK_FONT);
        for (boolean horizontal : new boolean[] {true, false}) {
            TickMarks ticks = horizontal ? f.xTicks() : f.yTicks();
            g.setTextBaseline(horizontal ? VPos.TOP : VPos.CENTER);
            g.setTextAlign(horizontal ? TextAlignment.CENTER : TextAlignment.RIGHT);
            for (int k = 0; k < ticks.size(); k++) {
                // Whole pixels plus a half: crisp one-pixel tick lines.
                double at = Math.round(horizontal ? p.pixelX(ticks.value(k)) : p.pixelY(ticks.value(k))) + 0.5;
                if (horizontal && at >= left && at <= right) {
                    g.strokeLine(at, bottom, at, bottom + 5);
                    g.fillText(ticks.label(k), at, bottom + 7);
                } else if (!horizontal && at >= top && at <= bottom) {
                    g.strokeLine(left - 5, at, left, at);
                    g.fillText(ticks.label(k), left - 8, at);
                }
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
