package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.plot.Projection;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The points of the {@link DataCanvas}, blitted from four pre-rendered sprites (class 0/1, filled/hollow) at whole
 * pixels: far cheaper per frame than two anti-aliased ovals per point, above all on the software pipeline. The
 * sprites are drawn for one size (larger in presenter mode). Regression points are coloured by value: their sprites
 * are made on first use, one per step of the value palette.
 */
final class PointSprites {
    /** Radius of a point at scale 1. */
    static final double POINT_R = 4.5;

    private final double radius;
    private final int size;
    private final WritableImage train0, train1, dev0, dev1;
    /** Steps of the value palette with a sprite of their own: finer than the eye tells apart on a point. */
    private static final int VALUE_STEPS = 32;
    private final WritableImage[][] valueSprites = new WritableImage[2][VALUE_STEPS + 1];

    /** Sprites of points {@code scale} times the normal size. */
    PointSprites(double scale) {
        radius = POINT_R * scale;
        size = (int) Math.ceil(2 * radius + 3);
        train0 = sprite(Palette.classColor(0), false);
        train1 = sprite(Palette.classColor(1), false);
        dev0 = sprite(Palette.classColor(0), true);
        dev1 = sprite(Palette.classColor(1), true);
    }

    double radius() {
        return radius;
    }

    /** Draws training points filled, dev points hollow; points more than a radius off the plot are skipped. */
    void draw(GraphicsContext g, Projection p, Dataset d, boolean hollow) {
        draw(g, p, d, hollow, OutputScale.PROBABILITY);
    }

    /** The same, regression points coloured by their value on {@code scale}. */
    void draw(GraphicsContext g, Projection p, Dataset d, boolean hollow, OutputScale scale) {
        WritableImage s0 = hollow ? dev0 : train0, s1 = hollow ? dev1 : train1;
        double r = radius, half = size / 2.0;
        double left = p.left() - r, right = p.left() + p.width() + r;
        double top = p.top() - r, bottom = p.top() + p.height() + r;
        for (int i = 0, m = d.size(); i < m; i++) {
            double x = p.pixelX(d.x1(i)), y = p.pixelY(d.x2(i));
            if (x < left || x > right || y < top || y > bottom) {
                continue;
            }
            WritableImage sprite = d.isRegression() ? valueSprite(scale.fraction(d.value(i)), hollow)
                    : d.label(i) == 1 ? s1 : s0;
            g.drawImage(sprite, Math.round(x - half), Math.round(y - half));
        }
    }

    /** The sprite of a regression point at {@code fraction} of the value palette. */
    private WritableImage valueSprite(double fraction, boolean hollow) {
        int k = (int) Math.round(Math.max(0, Math.min(1, fraction)) * VALUE_STEPS);
        WritableImage[] row = valueSprites[hollow ? 1 : 0];
        if (row[k] == null) {
            row[k] = sprite(Palette.valueColor((double) k / VALUE_STEPS), hollow);
        }
        return row[k];
    }

    /** An anti-aliased disc: filled with a white rim (training), white in a coloured ring (dev). */
    private WritableImage sprite(int argb, boolean hollow) {
        int n = size;
        WritableImage img = new WritableImage(n, n);
        int[] px = new int[n * n];
        double c = n / 2.0, r = radius + 0.5, ring = 2.1 * radius / POINT_R, rim = 1.2 * radius / POINT_R;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
                double alpha = clamp01(r - d + 0.5);
                // Inner colour: the class colour inside the rim (filled) or a ring (hollow); white elsewhere.
                double inner = hollow ? clamp01(Math.min(r - 0.3 - d, d - (r - 0.5 - ring)) + 0.5)
                        : clamp01(r - rim - d + 0.5);
                int rr = mix((argb >> 16) & 255, inner), gg = mix((argb >> 8) & 255, inner);
                int bb = mix(argb & 255, inner);
                int a = (int) Math.round(alpha * 255);
                // Non-premultiplied ARGB: the format below takes straight alpha.
                px[y * n + x] = (a << 24) | (rr << 16) | (gg << 8) | bb;
            }
        }
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), px, 0, n);
        return img;
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** A channel of the class colour at fraction f, white at 1 - f. */
    private static int mix(int colour, double f) {
        return (int) Math.round(colour * f + 255 * (1 - f));
    }
}
