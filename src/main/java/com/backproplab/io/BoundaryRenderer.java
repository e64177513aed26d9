package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.backproplab.data.Dataset;
import com.backproplab.data.Normalization;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a decision boundary as the app does, into an image with no display: the P(y=1|x) heatmap in the
 * {@link Palette}, the 0.5 contour, light axes with tick labels, training points filled and dev points hollow,
 * and the experiment's title and caption. Works in data coordinates; the grid goes through the normalization.
 */
public final class BoundaryRenderer {
    /** Smallest image side. */
    public static final int MIN_SIZE = 64;
    /** Largest image side (the probability grid and the image take about 8 bytes per pixel). */
    public static final int MAX_SIZE = 4096;
    /** The app's default view is [-DEFAULT_HALF, DEFAULT_HALF]^2. */
    static final double DEFAULT_HALF = 6.0;

    static {
        // Before any AWT class initializes: render into images, never look for a display.
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color CONTOUR = new Color(0x33, 0x33, 0x33, 220);
    private static final Color AXIS = new Color(0, 0, 0, 70);
    private static final Color LABEL = new Color(0x40, 0x40, 0x40);
    private static final Color PANEL = new Color(255, 255, 255, 200);

    private BoundaryRenderer() {
    }

    /**
     * What to draw.
     *
     * @param network the trained network (not modified)
     * @param normalization maps data coordinates to the network's inputs
     * @param train training points (drawn filled)
     * @param dev dev points (drawn hollow)
     * @param title drawn top left, or null
     * @param caption drawn under the title, or null
     * @param footer drawn bottom right (e.g. step and accuracies), or null
     */
    public record Scene(Network network, Normalization normalization, Dataset train, Dataset dev, String title,
                        String caption, String footer) {
    }

    /**
     * The visible square [xMin, xMax] x [yMin, yMax] in data coordinates: [-6, 6]^2 when every point fits in it,
     * else the points' extent padded by 12% and made square.
     */
    public static double[] view(Dataset train, Dataset dev) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Dataset d : new Dataset[] {train, dev}) {
            for (int i = 0; i < d.size(); i++) {
                minX = Math.min(minX, d.x1(i));
                maxX = Math.max(maxX, d.x1(i));
                minY = Math.min(minY, d.x2(i));
                maxY = Math.max(maxY, d.x2(i));
            }
        }
        double h = DEFAULT_HALF;
        boolean none = minX > maxX;
        if (none || (minX >= -h && maxX <= h && minY >= -h && maxY <= h)) {
            return new double[] {-h, h, -h, h};
        }
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        double half = Math.max(maxX - minX, maxY - minY) / 2;
        half = half > 0 ? half * 1.12 : Math.max(1.0, Math.abs(cx) * 0.1);
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    /** Draws the scene into a new size x size image. */
    public static BufferedImage render(Scene s, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE + ".." + MAX_SIZE + ", found " + size);
        }
        double[] v = view(s.train(), s.dev());
        Mapping m = new Mapping(v[0], v[1], v[2], v[3], size);
        float[] p = probabilities(s, m);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[size];
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                row[px] = Palette.heat(p[py * size + px]);
            }
            img.setRGB(0, py, size, 1, row, 0, size);
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            axes(g, m);
            contour(g, p, size);
            points(g, m, s.train(), true);
            points(g, m, s.dev(), false);
            text(g, s, size);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Encodes the image as PNG and writes it atomically. */
    public static void writePng(BufferedImage img, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", bytes)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        AtomicWrite.replace(file, bytes.toByteArray());
    }

    /** Pixel centres to data coordinates and back; y grows upwards in data space. */
    private static final class Mapping {
        final double xMin, xMax, yMin, yMax;
        final int size;

        Mapping(double xMin, double xMax, double yMin, double yMax, int size) {
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
            this.size = size;
        }

        double dataX(double px) {
            return xMin + px / size * (xMax - xMin);
        }

        double dataY(double py) {
            return yMax - py / size * (yMax - yMin);
        }

        double pixelX(double x) {
            return (x - xMin) / (xMax - xMin) * size;
        }

        double pixelY(double y) {
            return (yMax - y) / (yMax - yMin) * size;
        }
    }

    /** P(y=1) at every pixel centre, one row at a time through the normalization. */
    private static float[] probabilities(Scene s, Mapping m) {
        int n = m.size;
        float[] p = new float[n * n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] out = new double[n];
        Predictor predictor = new Predictor();
        for (int py = 0; py < n; py++) {
            double y = s.normalization().apply2(m.dataY(py + 0.5));
            for (int px = 0; px < n; px++) {
                x1[px] = s.normalization().apply1(m.dataX(px + 0.5));
                x2[px] = y;
            }
            predictor.predict(s.network(), x1, x2, n, out);
            for (int px = 0; px < n; px++) {
                p[py * n + px] = (float) out[px];
            }
        }
        return p;
    }

    /** The 0.5 level set by marching squares over pixel centres, drawn as one antialiased path. */
    private static void contour(Graphics2D g, float[] p, int n) {
        int step = Math.max(1, n / 400);
        Path2D.Double path = new Path2D.Double();
        for (int j = 0; j + step < n; j += step) {
            for (int i = 0; i + step < n; i += step) {
                double a = p[j * n + i] - 0.5, b = p[j * n + i + step] - 0.5;
                double c = p[(j + step) * n + i + step] - 0.5, d = p[(j + step) * n + i] - 0.5;
                List<double[]> cuts = new ArrayList<>(4);
                // Corners clockwise from top left: a (i, j), b (i+step, j), c (i+step, j+step), d (i, j+step).
                cut(cuts, a, b, i, j, i + step, j);
                cut(cuts, b, c, i + step, j, i + step, j + step);
                cut(cuts, c, d, i + step, j + step, i, j + step);
                cut(cuts, d, a, i, j + step, i, j);
                for (int k = 0; k + 1 < cuts.size(); k += 2) {
                    // Pixel centres sit at +0.5.
                    path.moveTo(cuts.get(k)[0] + 0.5, cuts.get(k)[1] + 0.5);
                    path.lineTo(cuts.get(k + 1)[0] + 0.5, cuts.get(k + 1)[1] + 0.5);
                }
            }
        }
        g.setColor(CONTOUR);
        g.setStroke(new BasicStroke(Math.max(1.5f, n / 400f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void cut(List<double[]> cuts, double u, double w, double x0, double y0, double x1, double y1) {
        if ((u < 0) != (w < 0) && !Double.isNaN(u) && !Double.isNaN(w)) {
            double t = u / (u - w);
            cuts.add(new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
        }
    }

    /** Axis lines through 0 (or along the left and bottom edges when 0 is out of view), ticks and labels. */
    private static void axes(Graphics2D g, Mapping m) {
        int n = m.size;
        double tick = niceStep((m.xMax - m.xMin) / 6);
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
        for (double t = Math.ceil(m.xMin / tick) * tick; t <= m.xMax; t += tick) {
            if (Math.abs(t) < tick / 2) {
                continue;
            }
            double px = m.pixelX(t);
            if (px < font * 1.5 || px > n - font * 1.5) {
                continue;
            }
            g.setColor(AXIS);
            g.draw(new Line2D.Double(px, xAxisY - len, px, xAxisY + len));
            String s = label(t, tick);
            label(g, s, px - fm.stringWidth(s) / 2.0, xAxisY + len + fm.getAscent());
        }
        for (double t = Math.ceil(m.yMin / tick) * tick; t <= m.yMax; t += tick) {
            if (Math.abs(t) < tick / 2) {
                continue;
            }
            double py = m.pixelY(t);
            if (py < font * 1.5 || py > n - font * 1.5) {
                continue;
            }
            g.setColor(AXIS);
            g.draw(new Line2D.Double(yAxisX - len, py, yAxisX + len, py));
            String s = label(t, tick);
            label(g, s, yAxisX - len - pad - fm.stringWidth(s), py + fm.getAscent() / 2.5);
        }
    }

    private static void label(Graphics2D g, String s, double x, double y) {
        g.setColor(LABEL);
        g.drawString(s, (float) x, (float) y);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * p >= raw) {
                return f * p;
            }
        }
        return 10 * p;
    }

    private static String label(double t, double tick) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(tick) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", t);
    }

    /** Training points filled in their class colour; dev points as rings, so held-out data stands apart. */
    private static void points(Graphics2D g, Mapping m, Dataset d, boolean filled) {
        double r = Math.max(3.0, m.size / 150.0);
        float outline = (float) Math.max(1.0, r / 4);
        for (int i = 0; i < d.size(); i++) {
            double cx = m.pixelX(d.x1(i)), cy = m.pixelY(d.x2(i));
            Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            Color c = new Color(Palette.classColor(d.label(i)), true);
            if (filled) {
                g.setColor(c);
                g.fill(dot);
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(outline * 0.8f));
                g.draw(dot);
            } else {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(outline * 3.2f));
                g.draw(dot);
                g.setColor(c);
                g.setStroke(new BasicStroke(outline * 1.8f));
                g.draw(dot);
            }
        }
    }

    /** Title and caption top left on a translucent panel; footer bottom right. */
    private static void text(Graphics2D g, Scene s, int n) {
        double margin = n / 40.0;
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, Math.round(n / 30f)));
        Font captionFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, Math.round(n / 48f)));
        List<String[]> lines = new ArrayList<>();
        double maxWidth = n - 4 * margin;
        if (s.title() != null && !s.title().isBlank()) {
            for (String l : wrap(s.title(), g.getFontMetrics(titleFont), maxWidth)) {
                lines.add(new String[] {"t", l});
            }
        }
        if (s.caption() != null && !s.caption().isBlank()) {
            for (String l : wrap(s.caption(), g.getFontMetrics(captionFont), maxWidth)) {
                lines.add(new String[] {"c", l});
            }
        }
        if (!lines.isEmpty()) {
            double w = 0, h = 0;
            for (String[] l : lines) {
                FontMetrics fm = g.getFontMetrics(l[0].equals("t") ? titleFont : captionFont);
                w = Math.max(w, fm.stringWidth(l[1]));
                h += fm.getHeight();
            }
            double pad = margin / 2;
            g.setColor(PANEL);
            g.fill(new RoundRectangle2D.Double(margin, margin, w + 2 * pad, h + 2 * pad, pad, pad));
            double y = margin + pad;
            for (String[] l : lines) {
                Font f = l[0].equals("t") ? titleFont : captionFont;
                FontMetrics fm = g.getFontMetrics(f);
                g.setFont(f);
                g.setColor(l[0].equals("t") ? new Color(0x20, 0x20, 0x20) : LABEL);
                g.drawString(l[1], (float) (margin + pad), (float) (y + fm.getAscent()));
                y += fm.getHeight();
            }
        }
        if (s.footer() != null && !s.footer().isBlank()) {
            FontMetrics fm = g.getFontMetrics(captionFont);
            double pad = margin / 3;
            double w = fm.stringWidth(s.footer()), h = fm.getHeight();
            double x = n - margin - w - 2 * pad, y = n - margin - h - 2 * pad;
            g.setColor(PANEL);
            g.fill(new RoundRectangle2D.Double(x, y, w + 2 * pad, h + 2 * pad, pad, pad));
            g.setFont(captionFont);
            g.setColor(LABEL);
            g.drawString(s.footer(), (float) (x + pad), (float) (y + pad + fm.getAscent()));
        }
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
