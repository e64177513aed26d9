package com.backproplab.ui;

import com.backproplab.plot.Contour;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.plot.Projection;
import com.backproplab.training.BoundaryGrid;
import com.backproplab.ui.chart.Look;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.StrokeLineCap;

/**
 * The decision boundary under the points of the {@link DataCanvas}: the grid's P(y=1) (for regression, yhat on the
 * {@link OutputScale}) in the {@link Palette}, stretched over the plot, shaded or discretized into the two regions'
 * colours, and its 0.5 {@link Contour} (for regression, yhat = 0). Colours and contour are computed once per new grid,
 * scale or mode.
 */
final class HeatmapLayer {
    // One image and one pixel array, reallocated only when the grid resolution changes.
    private WritableImage image;
    private int[] pixels;
    private BoundaryGrid drawnGrid;
    private Contour contour = Contour.empty();
    private Look look = Look.LIGHT;
    private OutputScale drawnScale = OutputScale.PROBABILITY;
    private boolean drawnDiscrete;

    /** Draws in {@code l}'s palette and line width from now on. */
    void setLook(Look l) {
        if (l.dark() != look.dark()) {
            drawnGrid = null; // the colours change: paint the grid again
        }
        look = l;
    }

    /** The contour of the grid last drawn (empty before the first). */
    Contour contour() {
        return contour;
    }

    /** The grid last drawn, or null. */
    BoundaryGrid grid() {
        return drawnGrid;
    }

    /** Draws {@code grid} (covering {@code p}'s view) and its contour. */
    void draw(GraphicsContext g, BoundaryGrid grid, Projection p) {
        draw(g, grid, p, OutputScale.PROBABILITY, false);
    }

    /** Draws {@code grid} with outputs placed on {@code scale}, shaded or ({@code discrete}) in two flat colours. */
    void draw(GraphicsContext g, BoundaryGrid grid, Projection p, OutputScale scale, boolean discrete) {
        int n = grid.resolution();
        if (image == null || (int) image.getWidth() != n) {
            image = new WritableImage(n, n);
            pixels = new int[n * n];
            drawnGrid = null;
        }
        if (grid != drawnGrid || !scale.equals(drawnScale) || discrete != drawnDiscrete) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double f = scale.fraction(grid.probability(i, j));
                    pixels[j * n + i] = Palette.heat(discrete ? OutputScale.discrete(f) : f, look.dark());
                }
            }
            image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
            contour = Contour.trace(grid.viewport().bounds(), (i, j) -> (float) scale.fraction(grid.probability(i, j)),
                    n);
            drawnGrid = grid;
            drawnScale = scale;
            drawnDiscrete = discrete;
        }
        // No clip: a clip path costs a full mask per frame on the software pipeline, and the grid covers the plot.
        // No smoothing: with 256 cells a side a cell is 2-4 pixels, and the software pipeline's bilinear scaling
        // cost a quarter of the frame rate (31.8 against 41.6 frames/s at 1280 x 800 with training at full speed).
        g.setImageSmoothing(false);
        g.drawImage(image, p.left(), p.top(), p.width(), p.height());
        drawContour(g, p);
    }

    private void drawContour(GraphicsContext g, Projection p) {
        g.setStroke(look.contour());
        g.setLineWidth(1.6 * look.scale());
        // Butt caps: the segments meet end to end, and a round cap on each of thousands of them cost the software
        // renderer about 2 ms a frame at 1280 x 800 (10.5-11.3 against 9.1-9.2 ms of render thread per frame).
        g.setLineCap(StrokeLineCap.BUTT);
        g.beginPath();
        for (int k = 0; k < contour.size(); k++) {
            g.moveTo(p.pixelX(contour.x0(k)), p.pixelY(contour.y0(k)));
            g.lineTo(p.pixelX(contour.x1(k)), p.pixelY(contour.y1(k)));
        }
        g.stroke();
    }

    /** P(y=1) (or yhat) of {@code grid} at a data point (nearest cell), NaN outside it or without a grid. */
    static double probabilityAt(BoundaryGrid grid, double x, double y) {
        if (grid == null) {
            return Double.NaN;
        }
        int n = grid.resolution();
        int i = grid.viewport().bounds().column(x, n), j = grid.viewport().bounds().row(y, n);
        if (i < 0 || j < 0 || i >= n || j >= n) {
            return Double.NaN;
        }
        return grid.probability(i, j);
    }
}
