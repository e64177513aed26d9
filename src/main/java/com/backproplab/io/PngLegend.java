package com.backproplab.io;

import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/** The value legend of a rendered regression: the palette as a bar, bottom left, with its low, zero and high value. */
final class PngLegend {
    private static final Color PANEL = new Color(255, 255, 255, 200);

    private PngLegend() {
    }

    /** Draws the legend of {@code scale} into an n x n image. */
    static void draw(Graphics2D g, OutputScale scale, int n) {
        double margin = n / 40.0;
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, Math.round(n / 48f)));
        FontMetrics fm = g.getFontMetrics(font);
        double pad = margin / 3;
        double barW = n / 4.0, barH = Math.max(6, n / 60.0);
        double h = fm.getHeight() + barH + 3 * pad;
        double x = margin, y = n - margin - h;
        g.setColor(PANEL);
        g.fill(new RoundRectangle2D.Double(x, y, barW + 2 * pad + fm.stringWidth("yhat"), h, pad, pad));
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            g.setColor(new Color(Palette.heat((i + 0.5) / steps), true));
            g.fill(new Rectangle2D.Double(x + pad + barW * i / steps, y + pad, barW / steps + 0.5, barH));
        }
        g.setFont(font);
        g.setColor(PngAxes.LABEL);
        float base = (float) (y + 2 * pad + barH + fm.getAscent());
        String low = label(scale.low()), high = label(scale.high());
        g.drawString(low, (float) (x + pad), base);
        g.drawString("0", (float) (x + pad + barW / 2 - fm.stringWidth("0") / 2.0), base);
        g.drawString(high, (float) (x + pad + barW - fm.stringWidth(high)), base);
        g.drawString("yhat", (float) (x + 2 * pad + barW), (float) (y + pad + barH));
    }

    private static String label(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
