package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.plot.Palette;
import com.backproplab.training.BoundaryGrid;
import com.backproplab.training.Snapshot;
import com.backproplab.training.Viewport;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The points and the decision boundary: the heatmap of P(y=1) over the viewport with its 0.5 contour, axes with
 * ticks, training points filled and dev points hollow. Mouse edits go to an {@link Editor}; the canvas never
 * changes data itself.
 */
public final class DataCanvas extends Region {
    /** Where edits go (the window keeps the authoritative dataset and the undo stack). */
    public interface Editor {
        /** A gesture starts: the dataset before it is the undo point. */
        void beginEdit();

        /** The dataset as edited so far. */
        Dataset data();

        /** Replaces the dataset. */
        void setData(Dataset d);
    }

    /** Pixels between painted points of a stroke. */
    static final double STROKE_SPACING_PX = 14;
    /** Radius of the eraser brush in pixels. */
    static final double ERASER_RADIUS_PX = 18;
    private static final double LEFT = 44, RIGHT = 12, TOP = 12, BOTTOM = 32;
    private static final double POINT_R = 4.5;
    private static final int LUT_SIZE = 1024;
    private static final int[] LUT = new int[LUT_SIZE];
    private static final Color C0 = argb(Palette.classColor(0)), C1 = argb(Palette.classColor(1));
    private static final Color FRAME = Color.web("#8a8f98"), TICK_TEXT = Color.web("#4a4f57");
    private static final Color CONTOUR = Color.web("#1d2330");
    private static final Font TICK_FONT = Font.font(11);
    private static final int SPRITE = 12;
    private static final WritableImage SPRITE_TRAIN0 = sprite(Palette.classColor(0), false);
    private static final WritableImage SPRITE_TRAIN1 = sprite(Palette.classColor(1), false);
    private static final WritableImage SPRITE_DEV0 = sprite(Palette.classColor(0), true);
    private static final WritableImage SPRITE_DEV1 = sprite(Palette.classColor(1), true);

    static {
        for (int i = 0; i < LUT_SIZE; i++) {
            LUT[i] = Palette.heat(i / (LUT_SIZE - 1.0));
        }
    }

    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Label fps = new Label();
    private final Editor editor;

    private Viewport viewport = Viewport.defaults();
    private Snapshot snapshot;
    // The heatmap: one image and one pixel array, reallocated only when the grid resolution changes.
    private WritableImage image;
    private int[] pixels;
    private BoundaryGrid drawnGrid;
    // Tick labels, recomputed only when the viewport changes.
    private double[] ticks = new double[0];
    private String[] tickLabels = new String[0];
    private Viewport tickViewport;

    private double px0, py0, side;
    private boolean eraser;
    private boolean stroking;
    private int strokeLabel;
    private double lastX, lastY;
    private double mouseX = Double.NaN, mouseY = Double.NaN;

    public DataCanvas(Editor editor) {
        this.editor = editor;
        setId("dataCanvas");
        getStyleClass().add("data-canvas");
        hover.getStyleClass().add("canvas-overlay");
        hover.setId("hoverReadout");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        fps.getStyleClass().add("canvas-overlay");
        fps.setId("fpsOverlay");
        fps.setVisible(false);
        fps.setMouseTransparent(true);
        getChildren().addAll(canvas, hover, fps);
        setFocusTraversable(true);
        setMinSize(200, 200);
        setPrefSize(640, 640);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> stroking = false);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            hover.setVisible(false);
            redraw();
        });
    }

    private static Color argb(int c) {
        return Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255);
    }

    // ---- geometry --------------------------------------------------------------------------------------------

    /** The data rectangle shown. */
    public Viewport viewport() {
        return viewport;
    }

    /** Changes the data rectangle shown (the window also tells the trainer). */
    public void setViewport(Viewport v) {
        viewport = v;
        redraw();
    }

    /** Pixel x (in this region) of data x1. */
    public double toPixelX(double x1) {
        return px0 + (x1 - viewport.xMin()) / (viewport.xMax() - viewport.xMin()) * side;
    }

    /** Pixel y (in this region) of data x2. */
    public double toPixelY(double x2) {
        return py0 + (viewport.yMax() - x2) / (viewport.yMax() - viewport.yMin()) * side;
    }

    /** Data x1 of pixel x. */
    public double toDataX(double px) {
        return viewport.xMin() + (px - px0) / side * (viewport.xMax() - viewport.xMin());
    }

    /** Data x2 of pixel y. */
    public double toDataY(double py) {
        return viewport.yMax() - (py - py0) / side * (viewport.yMax() - viewport.yMin());
    }

    /** Data units per pixel. */
    public double dataPerPixel() {
        return (viewport.xMax() - viewport.xMin()) / side;
    }

    private boolean insidePlot(double x, double y) {
        return x >= px0 && x <= px0 + side && y >= py0 && y <= py0 + side;
    }

    // ---- modes and overlays -----------------------------------------------------------------------------------

    /** Eraser mode: pressing and dragging removes the points under the brush. */
    public void setEraser(boolean on) {
        eraser = on;
        setCursor(on ? javafx.scene.Cursor.NONE : javafx.scene.Cursor.CROSSHAIR);
        redraw();
    }

    public boolean isEraser() {
        return eraser;
    }

    /** The FPS overlay label (text set by the window). */
    Label fpsOverlay() {
        return fps;
    }

    // ---- mouse -------------------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        if (!insidePlot(e.getX(), e.getY()) || e.getButton() == MouseButton.MIDDLE) {
            return;
        }
        editor.beginEdit();
        stroking = true;
        lastX = e.getX();
        lastY = e.getY();
        if (eraser) {
            erase(e.getX(), e.getY());
        } else {
            strokeLabel = e.getButton() == MouseButton.SECONDARY || e.isShiftDown() ? 0 : 1;
            add(e.getX(), e.getY());
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        mouseX = e.getX();
        mouseY = e.getY();
        if (!stroking) {
            return;
        }
        double x = clamp(e.getX(), px0, px0 + side), y = clamp(e.getY(), py0, py0 + side);
        if (eraser) {
            erase(x, y);
            redraw();
        } else {
            // Points every STROKE_SPACING_PX along the path, however fast the mouse moved.
            double dx = x - lastX, dy = y - lastY, d = Math.hypot(dx, dy);
            int n = (int) (d / STROKE_SPACING_PX);
            if (n > 0) {
                Dataset data = editor.data();
                for (int k = 1; k <= n; k++) {
                    double t = k * STROKE_SPACING_PX / d;
                    data = data.withPoint(toDataX(lastX + t * dx), toDataY(lastY + t * dy), strokeLabel);
                }
                lastX += n * STROKE_SPACING_PX / d * dx;
                lastY += n * STROKE_SPACING_PX / d * dy;
                editor.setData(data);
            }
        }
        updateHover();
        e.consume();
    }

    private void moved(MouseEvent e) {
        mouseX = e.getX();
        mouseY = e.getY();
        updateHover();
        if (eraser) {
            redraw();
        }
    }

    private void add(double x, double y) {
        editor.setData(editor.data().withPoint(toDataX(x), toDataY(y), strokeLabel));
    }

    private void erase(double x, double y) {
        Dataset before = editor.data();
        Dataset after = before.withoutPointsNear(toDataX(x), toDataY(y), ERASER_RADIUS_PX * dataPerPixel());
        if (after != before) {
            editor.setData(after);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void updateHover() {
        if (Double.isNaN(mouseX) || !insidePlot(mouseX, mouseY)) {
            hover.setVisible(false);
            return;
        }
        double x = toDataX(mouseX), y = toDataY(mouseY);
        double p = probabilityAt(x, y);
        hover.setText(String.format(Locale.ROOT, "x1 = %.2f   x2 = %.2f   P(y=1) = %s", x, y,
                Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.3f", p)));
        hover.setVisible(true);
    }

    /** P(y=1) of the latest grid at a data point (nearest cell), NaN outside it or before the first grid. */
    public double probabilityAt(double x, double y) {
        BoundaryGrid g = snapshot == null ? null : snapshot.grid();
        if (g == null) {
            return Double.NaN;
        }
        Viewport v = g.viewport();
        int n = g.resolution();
        int i = (int) Math.floor((x - v.xMin()) / (v.xMax() - v.xMin()) * n);
        int j = (int) Math.floor((v.yMax() - y) / (v.yMax() - v.yMin()) * n);
        if (i < 0 || j < 0 || i >= n || j >= n) {
            return Double.NaN;
        }
        return g.probability(i, j);
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        side = Math.max(10, Math.min(w - LEFT - RIGHT, h - TOP - BOTTOM));
        px0 = Math.round(LEFT + (w - LEFT - RIGHT - side) / 2);
        py0 = Math.round(TOP + (h - TOP - BOTTOM - side) / 2);
        hover.autosize();
        hover.relocate(px0 + 8, py0 + 8);
        fps.autosize();
        fps.relocate(px0 + side - fps.getWidth() - 8, py0 + 8);
        redraw();
    }

    /**
     * Draws the snapshot: called by the window's timer only when a new snapshot arrived, and redrawn only when its
     * boundary grid or its points changed (the trainer publishes more often than it recomputes the grid).
     */
    public void render(Snapshot s) {
        boolean changed = snapshot == null || s.grid() != snapshot.grid() || s.split() != snapshot.split();
        snapshot = s;
        if (changed) {
            redraw();
        }
        if (hover.isVisible()) {
            updateHover();
        }
    }

    private void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (side <= 10) {
            return;
        }
        BoundaryGrid grid = snapshot == null ? null : snapshot.grid();
        // A grid of another viewport (just after a change of view) is not drawn: it would not fit the axes.
        if (grid != null && grid.viewport().equals(viewport)) {
            drawHeatmap(g, grid);
            drawContour(g, grid);
        }
        drawAxes(g);
        if (snapshot != null) {
            drawPoints(g, snapshot.split().train(), false);
            drawPoints(g, snapshot.split().dev(), true);
        }
        if (eraser && !Double.isNaN(mouseX) && insidePlot(mouseX, mouseY)) {
            g.setStroke(Color.web("#d03030"));
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeOval(mouseX - ERASER_RADIUS_PX, mouseY - ERASER_RADIUS_PX, 2 * ERASER_RADIUS_PX,
                    2 * ERASER_RADIUS_PX);
            g.setLineDashes(null);
        }
    }

    private void drawHeatmap(GraphicsContext g, BoundaryGrid grid) {
        int n = grid.resolution();
        if (image == null || (int) image.getWidth() != n) {
            image = new WritableImage(n, n);
            pixels = new int[n * n];
            drawnGrid = null;
        }
        if (grid != drawnGrid) {
            // Map P(y=1) through the precomputed palette; one setPixels per new grid.
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    float p = grid.probability(i, j);
                    pixels[j * n + i] = p == p ? LUT[(int) (Math.max(0f, Math.min(1f, p)) * (LUT_SIZE - 1) + 0.5f)]
                            : 0xFF9E9E9E;
                }
            }
            image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
            drawnGrid = grid;
        }
        Viewport v = grid.viewport();
        double x0 = toPixelX(v.xMin()), x1 = toPixelX(v.xMax()), y0 = toPixelY(v.yMax()), y1 = toPixelY(v.yMin());
        // No clip: a clip path costs a full mask per frame on the software pipeline, and the grid covers the plot.
        g.setImageSmoothing(true);
        g.drawImage(image, x0, y0, x1 - x0, y1 - y0);
    }

    /** The P = 0.5 line by marching squares over the grid's cell centres, with linear interpolation. */
    private void drawContour(GraphicsContext g, BoundaryGrid grid) {
        int n = grid.resolution();
        Viewport v = grid.viewport();
        double cw = (toPixelX(v.xMax()) - toPixelX(v.xMin())) / n;
        double ch = (toPixelY(v.yMin()) - toPixelY(v.yMax())) / n;
        double ox = toPixelX(v.xMin()) + cw / 2, oy = toPixelY(v.yMax()) + ch / 2;
        g.setStroke(CONTOUR);
        g.setLineWidth(1.6);
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                double a = grid.probability(i, j) - 0.5, b = grid.probability(i + 1, j) - 0.5;
                double c = grid.probability(i + 1, j + 1) - 0.5, d = grid.probability(i, j + 1) - 0.5;
                int code = (a > 0 ? 8 : 0) | (b > 0 ? 4 : 0) | (c > 0 ? 2 : 0) | (d > 0 ? 1 : 0);
                if (code == 0 || code == 15 || a != a || b != b || c != c || d != d) {
                    continue;
                }
                double x = ox + i * cw, y = oy + j * ch;
                // Edge crossings: top (a-b), right (b-c), bottom (d-c), left (a-d).
                double tx = x + cw * a / (a - b), ty = y;
                double rx = x + cw, ry = y + ch * b / (b - c);
                double bx = x + cw * d / (d - c), by = y + ch;
                double lx = x, ly = y + ch * a / (a - d);
                switch (code) {
                    case 1: case 14: seg(g, lx, ly, bx, by); break;
                    case 2: case 13: seg(g, bx, by, rx, ry); break;
                    case 3: case 12: seg(g, lx, ly, rx, ry); break;
                    case 4: case 11: seg(g, tx, ty, rx, ry); break;
                    case 6: case 9: seg(g, tx, ty, bx, by); break;
                    case 7: case 8: seg(g, lx, ly, tx, ty); break;
                    case 5: seg(g, lx, ly, tx, ty); seg(g, bx, by, rx, ry); break;
                    case 10: seg(g, tx, ty, rx, ry); seg(g, lx, ly, bx, by); break;
                    default: break;
                }
            }
        }
        g.stroke();
    }

    private static void seg(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.moveTo(x0, y0);
        g.lineTo(x1, y1);
    }

    private void drawAxes(GraphicsContext g) {
        if (tickViewport != viewport) {
            computeTicks();
        }
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(px0 + 0.5, py0 + 0.5, side - 1, side - 1);
        g.setFill(TICK_TEXT);
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int k = 0; k < ticks.length; k++) {
            double x = Math.round(toPixelX(ticks[k])) + 0.5;
            if (x < px0 || x > px0 + side) {
                continue;
            }
            g.strokeLine(x, py0 + side, x, py0 + side + 5);
            g.fillText(tickLabels[k], x, py0 + side + 7);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int k = 0; k < ticks.length; k++) {
            double y = Math.round(toPixelY(ticks[k])) + 0.5;
            if (y < py0 || y > py0 + side) {
                continue;
            }
            g.strokeLine(px0 - 5, y, px0, y);
            g.fillText(tickLabels[k], px0 - 8, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void computeTicks() {
        tickViewport = viewport;
        double lo = Math.min(viewport.xMin(), viewport.yMin()), hi = Math.max(viewport.xMax(), viewport.yMax());
        double raw = (hi - lo) / 8, mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        int first = (int) Math.ceil(lo / step), last = (int) Math.floor(hi / step);
        ticks = new double[Math.max(0, last - first + 1)];
        tickLabels = new String[ticks.length];
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] = (first + k) * step;
            double t = ticks[k];
            tickLabels[k] = Math.abs(t - Math.rint(t)) < 1e-9 ? String.valueOf((long) Math.rint(t))
                    : String.format(Locale.ROOT, "%.2g", t);
        }
    }

    /**
     * Points are blitted from four pre-rendered sprites (class 0/1, filled/hollow) at whole pixels: far cheaper
     * per frame than two anti-aliased ovals per point, above all on the software pipeline.
     */
    private void drawPoints(GraphicsContext g, Dataset d, boolean hollow) {
        WritableImage s0 = hollow ? SPRITE_DEV0 : SPRITE_TRAIN0, s1 = hollow ? SPRITE_DEV1 : SPRITE_TRAIN1;
        double r = POINT_R, half = SPRITE / 2.0;
        for (int i = 0, m = d.size(); i < m; i++) {
            double x = toPixelX(d.x1(i)), y = toPixelY(d.x2(i));
            if (x < px0 - r || x > px0 + side + r || y < py0 - r || y > py0 + side + r) {
                continue;
            }
            g.drawImage(d.label(i) == 1 ? s1 : s0, Math.round(x - half), Math.round(y - half));
        }
    }

    /** An anti-aliased disc of radius POINT_R: filled with a white rim (training) or white with a coloured ring (dev). */
    private static WritableImage sprite(int argb, boolean hollow) {
        int n = SPRITE;
        WritableImage img = new WritableImage(n, n);
        int[] px = new int[n * n];
        double c = n / 2.0, r = POINT_R + 0.5;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
                double alpha = clamp(r - d + 0.5, 0, 1);
                // Inner colour: the class colour inside r - 1.2 (filled) or a 2 px ring (hollow); white elsewhere.
                double inner = hollow ? clamp(Math.min(r - 0.3 - d, d - (r - 2.6)) + 0.5, 0, 1)
                        : clamp(r - 1.2 - d + 0.5, 0, 1);
                int rr = mix((argb >> 16) & 255, 255, inner), gg = mix((argb >> 8) & 255, 255, inner),
                        bb = mix(argb & 255, 255, inner);
                int a = (int) Math.round(alpha * 255);
                // Premultiplied is not needed: the non-premultiplied ARGB format is used.
                px[y * n + x] = (a << 24) | (rr << 16) | (gg << 8) | bb;
            }
        }
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), px, 0, n);
        return img;
    }

    private static int mix(int colour, int white, double f) {
        return (int) Math.round(colour * f + white * (1 - f));
    }

}
