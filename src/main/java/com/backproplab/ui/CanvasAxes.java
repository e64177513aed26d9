package com.backproplab.ui;

import com.backproplab.plot.BoundaryFigure;
import com.backproplab.plot.Projection;
import com.backproplab.plot.TickMarks;
import com.backproplab.ui.chart.Look;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The frame of the {@link DataCanvas}'s plot square with the figure's ticks below (x1) and at the left (x2), in
 * the look's colours and size.
 */
final class CanvasAxes {
    private CanvasAxes() {
    }

    static void draw(GraphicsContext g, Projection p, BoundaryFigure f, Look look) {
        double left = p.left(), top = p.top(), right = left + p.width(), bottom = top + p.height();
        double s = look.scale();
        g.setStroke(look.frame());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, p.width() - 1, p.height() - 1);
        g.setFill(look.muted());
        g.setFont(Font.font(11 * s));
        for (boolean horizontal : new boolean[] {true, false}) {
            TickMarks ticks = horizontal ? f.xTicks() : f.yTicks();
            g.setTextBaseline(horizontal ? VPos.TOP : VPos.CENTER);
            g.setTextAlign(horizontal ? TextAlignment.CENTER : TextAlignment.RIGHT);
            for (int k = 0; k < ticks.size(); k++) {
                // Whole pixels plus a half: crisp one-pixel tick lines.
                double at = Math.round(horizontal ? p.pixelX(ticks.value(k)) : p.pixelY(ticks.value(k))) + 0.5;
                if (horizontal && at >= left && at <= right) {
                    g.strokeLine(at, bottom, at, bottom + 5 * s);
                    g.fillText(ticks.label(k), at, bottom + 7 * s);
                } else if (!horizontal && at >= top && at <= bottom) {
                    g.strokeLine(left - 5 * s, at, left, at);
                    g.fillText(ticks.label(k), left - 8 * s, at);
                }
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
