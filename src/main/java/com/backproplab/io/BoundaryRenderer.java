package com.backproplab.io;

import com.backproplab.data.AtomicWrite;
import com.backproplab.data.Dataset;
import com.backproplab.data.InputMap;
import com.backproplab.engine.Network;
import com.backproplab.engine.Predictor;
import com.backproplab.data.Bounds;
import com.backproplab.plot.BoundaryFigure;
import com.backproplab.plot.Contour;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.plot.Projection;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a decision boundary as the app does, into an image with no display: the P(y=1|x) heatmap in the
 * {@link Palette} (for regression, yhat on the {@link OutputScale} with a legend of its range), the 0.5 contour,
 * light axes with tick labels, training points filled and dev points hollow (coloured by class, or by value), and the
 * experiment's title and caption. View, ticks and contour are the plotting core's {@link BoundaryFigure}, as in the
 * window's canvas. Works in data coordinates; the grid goes through the {@link InputMap}, as training does.
 */
public final class BoundaryRenderer {
    /** Smallest image side. */
    public static final int MIN_SIZE = 64;
    /** Largest image side (the probability grid and the image take about 8 bytes per pixel). */
    public static final int MAX_SIZE = 4096;

    static {
        // Before any AWT class initializes: render into images, never look for a display.
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color CONTOUR = new Color(0x33, 0x33, 0x33, 220);

    private BoundaryRenderer() {
    }

    /**
     * What to draw.
     *
     * @param network the trained network (not modified)
     * @param inputs maps data coordinates to the network's inputs (features, then standardization)
     * @param train training points (drawn filled)
     * @param dev dev points (drawn hollow)
     * @param title drawn top left, or null
     * @param caption drawn under the title, or null
     * @param footer drawn bottom right (e.g. step and accuracies), or null
     */
    public record Scene(Network network, InputMap inputs, Dataset train, Dataset dev, String title,
                        String caption, String footer) {
        /** How outputs map to the palette: probabilities, or the points' value range for regression. */
        OutputScale scale() {
            return OutputScale.of(train.concat(dev));
        }
    }

    /** The probabilities at the pixel centres of a size x size image and the figure they give. */
    private record Sampled(float[] p, BoundaryFigure figure) {
    }

    /**
     * What a size x size image of the scene shows: the view around the points, its ticks and the contour traced
     * over the pixel centres (the window's canvas traces its grid's cell centres the same way).
     */
    public static BoundaryFigure figure(Scene s, int size) {
        return sample(s, size).figure();
    }

    /** Draws the scene into a new size x size image. */
    public static BufferedImage render(Scene s, int size) {
        Sampled sampled = sample(s, size);
        BoundaryFigure f = sampled.figure();
        Projection m = new Projection(f.view(), 0, 0, size, size);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[size];
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                row[px] = Palette.heat(sampled.p()[py * size + px]);
            }
            img.setRGB(0, py, size, 1, row, 0, size);
        }
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            PngAxes.draw(g, m, f, size);
            contour(g, m, f.contour(), size);
            OutputScale scale = s.scale();
            points(g, m, s.train(), true, scale);
            points(g, m, s.dev(), false, scale);
            PngCaption.draw(g, s.title(), s.caption(), s.footer(), size);
            if (scale.regression()) {
                PngLegend.draw(g, scale, size);
            }
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

    private static Sampled sample(Scene s, int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE + ".." + MAX_SIZE + ", found " + size);
        }
        Bounds view = Bounds.around(s.train(), s.dev());
        float[] p = probabilities(s, view, size);
        return new Sampled(p, BoundaryFigure.of(view, (i, j) -> p[j * size + i], size));
    }

    /**
     * The palette positions (P(y=1), or yhat on the output scale) at the n x n cell centres of the view (the image's
     * pixel centres), a row at a time.
     */
    private static float[] probabilities(Scene s, Bounds view, int n) {
        float[] p = new float[n * n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] out = new double[n];
        Predictor predictor = new Predictor();
        OutputScale scale = s.scale();
        for (int py = 0; py < n; py++) {
            double y = view.y(py, n);
            for (int px = 0; px < n; px++) {
                x1[px] = view.x(px, n);
                x2[px] = y;
            }
            predictor.predict(s.network(), s.inputs().columns(x1, x2, n), n, out);
            for (int px = 0; px < n; px++) {
                p[py * n + px] = (float) scale.fraction(out[px]);
            }
        }
        return p;
    }

    /** The contour as one antialiased path. */
    private static void contour(Graphics2D g, Projection m, Contour c, int n) {
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < c.size(); k++) {
            path.moveTo(m.pixelX(c.x0(k)), m.pixelY(c.y0(k)));
            path.lineTo(m.pixelX(c.x1(k)), m.pixelY(c.y1(k)));
        }
        g.setColor(CONTOUR);
        g.setStroke(new BasicStroke(Math.max(1.5f, n / 400f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /** Training points filled in their class (or value) colour; dev points as rings, so held-out data stands apart. */
    private static void points(Graphics2D g, Projection m, Dataset d, boolean filled, OutputScale scale) {
        double r = Math.max(3.0, m.width() / 150.0);
        float outline = (float) Math.max(1.0, r / 4);
        for (int i = 0; i < d.size(); i++) {
            double cx = m.pixelX(d.x1(i)), cy = m.pixelY(d.x2(i));
            Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            Color c = new Color(d.isRegression() ? Palette.valueColor(scale.fraction(d.value(i)))
                    : Palette.classColor(d.label(i)), true);
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
}
