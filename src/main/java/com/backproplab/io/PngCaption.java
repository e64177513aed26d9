package com.backproplab.io;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The words on a rendered boundary: title and caption top left on a translucent panel, footer bottom right. */
final class PngCaption {
    private static final Color PANEL = new Color(255, 255, 255, 200);
    private static final Color TITLE = new Color(0x20, 0x20, 0x20);

    private PngCaption() {
    }

    /** Draws whichever of title, caption and footer is neither null nor blank into an n x n image. */
    static void draw(Graphics2D g, String title, String caption, String footer, int n) {
        double margin = n / 40.0;
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, Math.round(n / 30f)));
        Font captionFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, Math.round(n / 48f)));
        List<Line> lines = new ArrayList<>();
        double maxWidth = n - 4 * margin;
        if (title != null && !title.isBlank()) {
            for (String l : wrap(title, g.getFontMetrics(titleFont), maxWidth)) {
                lines.add(new Line(l, titleFont, TITLE));
            }
        }
        if (caption != null && !caption.isBlank()) {
            for (String l : wrap(caption, g.getFontMetrics(captionFont), maxWidth)) {
                lines.add(new Line(l, captionFont, PngAxes.LABEL));
            }
        }
        if (!lines.isEmpty()) {
            double w = 0, h = 0;
            for (Line l : lines) {
                FontMetrics fm = g.getFontMetrics(l.font());
                w = Math.max(w, fm.stringWidth(l.text()));
                h += fm.getHeight();
            }
            double pad = margin / 2;
            g.setColor(PANEL);
            g.fill(new RoundRectangle2D.Double(margin, margin, w + 2 * pad, h + 2 * pad, pad, pad));
            double y = margin + pad;
            for (Line l : lines) {
                FontMetrics fm = g.getFontMetrics(l.font());
                g.setFont(l.font());
                g.setColor(l.colour());
                g.drawString(l.text(), (float) (margin + pad), (float) (y + fm.getAscent()));
                y += fm.getHeight();
            }
        }
        if (footer != null && !footer.isBlank()) {
            FontMetrics fm = g.getFontMetrics(captionFont);
            double pad = margin / 3;
            double w = fm.stringWidth(footer), h = fm.getHeight();
            double x = n - margin - w - 2 * pad, y = n - margin - h - 2 * pad;
            g.setColor(PANEL);
            g.fill(new RoundRectangle2D.Double(x, y, w + 2 * pad, h + 2 * pad, pad, pad));
            g.setFont(captionFont);
            g.setColor(PngAxes.LABEL);
            g.drawString(footer, (float) (x + pad), (float) (y + pad + fm.getAscent()));
        }
    }

    /** One wrapped line of the panel in its font and colour. */
    private record Line(String text, Font font, Color colour) {
    }

    /** Greedy word wrap to a pixel width. */
    private static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fm.stringWidth(candidate) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
