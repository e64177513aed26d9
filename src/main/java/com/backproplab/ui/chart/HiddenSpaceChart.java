package com.backproplab.ui.chart;

import com.backproplab.engine.Activation;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.plot.TickMarks;
import com.backproplab.training.HiddenSpace;
import com.backproplab.training.InsideLayers;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The data as the last hidden layer sees it ({@link HiddenSpace}): the training points at their activations, the
 * lines of a grid over the input plane bent by the hidden layers, and the output unit's decision line z = 0, straight
 * here, over P(y=1) in the canvas's palette (for regression: over the value yhat = z, the line where yhat = 0, as the
 * canvas shows them). Both axes have the same scale, so the warp's angles are true. The
 * trainer computes the coordinates; this only paints them.
 */
public final class HiddenSpaceChart extends InsideChart<HiddenSpace> {
    private static final double LEFT = 34, RIGHT = 10, TOP = 18, BOTTOM = 18;
    /** Cells a side of the P(y=1) shading (it varies along one direction only: smooth when stretched). */
    private static final int SHADE = 64;
    private static final Color X1_LINES = Color.web("#7a6a9a"), X2_LINES = Color.web("#5f8a6a");

    /** Side of a point's sprite, in pixels. */
    private static final int SPRITE = 9;
    private final WritableImage shade = new WritableImage(SHADE, SHADE);
    private final Text measure = new Text();
    private final WritableImage class0 = sprite(Palette.classColor(0)), class1 = sprite(Palette.classColor(1));
    private final int[] pixels = new int[SHADE * SHADE];
    /** The mapping of the last drawing: pixel = origin + scale * (coordinate - minimum). */
    private double scale, u0, v0, left, bottom;

    /** An empty chart; call {@link #render} with each new snapshot. */
    public HiddenSpaceChart() {
        super("hiddenSpace", "hiddenSpaceCanvas", InsideLayers::hidden);
        measure.setFont(Plot.FONT);
    }

    /** Pixel x (in logical pixels) where coordinate u was drawn last (for tests). */
    double pixelU(double u) {
        return left + scale * (u - u0);
    }

    /** Pixel y (in logical pixels) where coordinate v was drawn last (for tests). */
    double pixelV(double v) {
        return bottom - scale * (v - v0);
    }

    @Override
    void draw(GraphicsContext g, double w, double h, HiddenSpace hs) {
        Look look = look();
        double pw = w - LEFT - RIGHT, ph = h - TOP - BOTTOM;
        if (hs == null || pw < 20 || ph < 20) {
            String why = last == null ? HINT : last.inside() == null ? "No hidden space: the weights are not finite"
                    : hs == null ? "No hidden layer: add one in the Network tab" : "";
            message(g, why, w, h);
            return;
        }
        // One scale for both axes, the bounds centred in the plot.
        double su = hs.uMax() - hs.uMin(), sv = hs.vMax() - hs.vMin();
        scale = Math.min(pw / su, ph / sv);
        u0 = (hs.uMin() + hs.uMax()) / 2 - pw / 2 / scale;
        v0 = (hs.vMin() + hs.vMax()) / 2 - ph / 2 / scale;
        left = LEFT;
        bottom = TOP + ph;
        OutputScale output = OutputScale.of(last.data());
        drawShade(g, hs, look, pw, ph, output);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        drawGrid(g, hs);
        drawPoints(g, hs, output);
        if (hs.hasLine()) {
            drawLine(g, hs, look, pw, ph);
        }
        g.restore();
        g.setStroke(look.frame());
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, pw - 1, ph - 1);
        drawTicks(g, look, pw, ph);
        g.setFill(look.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(fitting(captions(hs, last.network().activation(), last.network().hidden().size()), w - 8), 4,
                TOP / 2);
    }

    /** What the axes are, longest first: the drawing takes the first that fits its width. */
    static List<String> captions(HiddenSpace hs, Activation g, int layer) {
        String name = "layer " + layer, units = " (" + hs.units() + " " + g.key() + ")";
        String output = "W[" + (layer + 1) + "]";
        return switch (hs.projection()) {
            case UNITS -> List.of(name + units + ": unit 1 \u2192, unit 2 \u2191", name + ": unit 1 \u2192, unit 2 \u2191");
            case ONE_UNIT -> List.of(name + units + ": the unit \u2192", name + ": the unit \u2192");
            case OUTPUT_AND_SPREAD -> List.of(name + units + ": \u2192 along " + output + ", \u2191 widest spread",
                    name + ": \u2192 along " + output + ", \u2191 widest spread", name + ": \u2192 " + output
                    + ", \u2191 spread");
            case PRINCIPAL -> List.of(name + units + ": main directions (" + output + " = 0)",
                    name + ": main directions");
        };
    }

    /** The first of {@code texts} no wider than {@code width}, else the last. */
    private String fitting(List<String> texts, double width) {
        for (String t : texts) {
            measure.setText(t);
            if (measure.getLayoutBounds().getWidth() <= width) {
                return t;
            }
        }
        return texts.get(texts.size() - 1);
    }

    /** The output over the plane: P(y=1) = sigmoid(z), or for regression the value yhat = z, on the canvas's scale. */
    private void drawShade(GraphicsContext g, HiddenSpace hs, Look look, double pw, double ph, OutputScale output) {
        for (int j = 0; j < SHADE; j++) {
            double v = v0 + (SHADE - 0.5 - j) / SHADE * ph / scale;
            for (int i = 0; i < SHADE; i++) {
                double u = u0 + (i + 0.5) / SHADE * pw / scale;
                double z = hs.z(u, v);
                pixels[j * SHADE + i] = Palette.heat(output.fraction(output.regression() ? z : Activation.sigmoid(z)),
                        look.dark());
            }
        }
        shade.getPixelWriter().setPixels(0, 0, SHADE, SHADE, PixelFormat.getIntArgbInstance(), pixels, 0, SHADE);
        g.setImageSmoothing(true);
        g.drawImage(shade, LEFT, TOP, pw, ph);
    }

    private void drawGrid(GraphicsContext g, HiddenSpace hs) {
        int lines = hs.gridLines(), samples = hs.gridSamples();
        double[] xs = new double[samples], ys = new double[samples];
        g.setLineWidth(0.9);
        for (int i = 0; i < lines; i++) {
            int n = 0;
            for (int k = 0; k < samples; k++) {
                double x = pixelU(hs.gridU(i, k)), y = pixelV(hs.gridV(i, k));
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    // Far points are pulled in so the rasterizer never sees coordinates like 1e300.
                    xs[n] = Math.max(-1e5, Math.min(1e5, x));
                    ys[n++] = Math.max(-1e5, Math.min(1e5, y));
                }
            }
            g.setStroke((i < lines / 2 ? X1_LINES : X2_LINES).deriveColor(0, 1, 1, 0.7));
            g.strokePolyline(xs, ys, n);
        }
    }

    /**
     * Each point of a class a pre-rendered disc blitted at a whole pixel (far cheaper than two ovals a point); a
     * regression point a disc in the colour of its value.
     */
    private void drawPoints(GraphicsContext g, HiddenSpace hs, OutputScale output) {
        double half = SPRITE / 2.0;
        for (int i = 0; i < hs.points(); i++) {
            double x = pixelU(hs.u(i)), y = pixelV(hs.v(i));
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            if (output.regression()) {
                int c = Palette.valueColor(output.fraction(hs.label(i)));
                g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
                g.fillOval(x - 3, y - 3, 6, 6);
            } else {
                g.drawImage(hs.label(i) >= 0.5 ? class1 : class0, Math.round(x - half), Math.round(y - half));
            }
        }
    }

    /** A disc of radius 3 in a class colour with a light rim, anti-aliased, straight alpha. */
    private static WritableImage sprite(int argb) {
        int n = SPRITE;
        int[] px = new int[n * n];
        double c = n / 2.0, r = 3.4;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
                double alpha = Math.max(0, Math.min(1, r - d + 0.5));
                double inner = Math.max(0, Math.min(1, r - 1 - d + 0.5));
                int red = (int) Math.round(((argb >> 16) & 255) * inner + 255 * (1 - inner));
                int green = (int) Math.round(((argb >> 8) & 255) * inner + 255 * (1 - inner));
                int blue = (int) Math.round((argb & 255) * inner + 255 * (1 - inner));
                px[y * n + x] = ((int) Math.round(alpha * 255) << 24) | (red << 16) | (green << 8) | blue;
            }
        }
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), px, 0, n);
        return img;
    }

    /** The segment of a u + b v + c = 0 inside the plot. */
    private void drawLine(GraphicsContext g, HiddenSpace hs, Look look, double pw, double ph) {
        double uMin = u0, uMax = u0 + pw / scale, vMin = v0, vMax = v0 + ph / scale;
        double a = hs.a(), b = hs.b(), c = hs.c();
        double x0, y0, x1, y1;
        if (Math.abs(b) > Math.abs(a)) { // v as a function of u
            x0 = uMin;
            x1 = uMax;
            y0 = -(a * uMin + c) / b;
            y1 = -(a * uMax + c) / b;
        } else {
            y0 = vMin;
            y1 = vMax;
            x0 = -(b * vMin + c) / a;
            x1 = -(b * vMax + c) / a;
        }
        g.setStroke(look.contour());
        g.setLineWidth(2);
        g.strokeLine(clamp(pixelU(x0)), clamp(pixelV(y0)), clamp(pixelU(x1)), clamp(pixelV(y1)));
    }

    private static double clamp(double p) {
        return Math.max(-1e5, Math.min(1e5, p));
    }

    private void drawTicks(GraphicsContext g, Look look, double pw, double ph) {
        g.setFill(look.muted());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        TickMarks tu = TickMarks.of(u0, u0 + pw / scale, Math.max(2, (int) (pw / 60)));
        for (int k = 0; k < tu.size(); k++) {
            g.fillText(tu.label(k), pixelU(tu.value(k)), bottom + 3);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        TickMarks tv = TickMarks.of(v0, v0 + ph / scale, Math.max(2, (int) (ph / 40)));
        for (int k = 0; k < tv.size(); k++) {
            g.fillText(tv.label(k), LEFT - 4, pixelV(tv.value(k)));
        }
    }
}
