package com.backproplab.io;

import com.backproplab.plot.BoundaryFigure;
import com.backproplab.plot.Projection;
import com.backproplab.plot.TickMarks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * The light axes of a rendered boundary: lines through 0 (or along the left and bottom edges when 0 is out of
 * view) with the figure's ticks and labels; the tick at 0 and ticks at the very edges stay unlabelled.
 */
final class PngAxes {
    private static final Color AXIS = new Color(0, 0, 0, 70);
    /** Colour of labels and caption text. */
    static final Color LABEL = new Color(0x40, 0x40, 0x40);

    private PngAxes() {
    }

    /** Draws the axes of figure f into an n x n image mapped by m. */
    static void draw(Graphics2D g, Projection m, BoundaryFigure f, int n) {
        float font = Math.max(10f, n / 62f);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(font)));
        FontMetrics fm = g.getFontMetrics();
        double ax = m.pixelX(0), ay = m.pixelY(0);
        double pad = font * 0.4;
        double xAxisY = ay >= 0 && ay <= n ? ay : n - fm.getHeight() - pad;
        double yAxisX = ax >= 0 && ax <= n ? ax : pad + fm.stringWidth("-00.0") + pad;
        g.setStroke(new BasicStroke(Math.max(1f, n / 800f)));
        g.setColor(AXIS);
        g.draw(new Line2D.Double(0, xAxisY, n, xAxisY));
        g.draw(new Line2D.Double(yAxisX, 0, yAxisX, n));
        double len = font * 0.45;
        for (boolean horizontal : new boolean[] {true, false}) {
            TickMarks ticks = horizontal ? f.xTicks() : f.yTicks();
            for (int k = 0; k < ticks.size(); k++) {
                double t = ticks.value(k), at = horizontal ? m.pixelX(t) : m.pixelY(t);
                if (t == 0 || at < font * 1.5 || at > n - font * 1.5) {
                    continue;
                }
                String s = ticks.label(k);
                g.setColor(AXIS);
                if (horizontal) {
                    g.draw(new Line2D.Double(at, xAxisY - len, at, xAxisY + len));
                    label(g, s, at - fm.stringWidth(s) / 2.0, xAxisY + len + fm.getAscent());
                } else {
                    g.draw(new Line2D.Double(yAxisX - len, at, yAxisX + len, at));
                    label(g, s, yAxisX - len - pad - fm.stringWidth(s), at + fm.getAscent() / 2.5);
                }
            }
        }
    }

    private static void label(Graphics2D g, String s, double x, double y) {
        g.setColor(LABEL);
        g.drawString(s, (float) x, (float) y);
    }
}
