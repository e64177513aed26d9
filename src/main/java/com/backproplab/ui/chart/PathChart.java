package com.backproplab.ui.chart;

import com.backproplab.data.Bounds;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.plot.Contour;
import com.backproplab.plot.TickMarks;
import com.backproplab.training.CostSurface;
import com.backproplab.training.OptimizerPaths;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The cost J(w1, w2) of logistic regression (bias 0) as contour lines over a square of weight space, both axes on
 * one scale so a stretched valley looks stretched, and the path of each optimizer drawn on it: a dot per step, the
 * current position large, the shared start as a ring. A click on the plot asks for a new start there. The path
 * trainer computes everything; the levels are traced here once per surface ({@link Contour}).
 */
public final class PathChart extends Region {
    private static final double LEFT = 46, RIGHT = 12, TOP = 22, BOTTOM = 22;
    /** Okabe-Ito colours, distinct from each other on both themes. */
    private static final Color[] COLORS = {Color.web("#cc79a7"), Color.web("#e69f00"), Color.web("#009e73"),
        Color.web("#0072b2")};

    /** The contour lines, axes and frame, drawn again only for a new surface, size or theme; the paths above. */
    private final Canvas background = new Canvas();
    private final Canvas canvas = new Canvas();
    /** What the background shows: its surface, size and theme. */
    private CostSurface backgroundSurface;
    private double backgroundW, backgroundH;
    private Look backgroundLook;
    private final Set<OptimizerKind> shownKinds = EnumSet.allOf(OptimizerKind.class);
    private OptimizerPaths shown;
    private CostSurface traced;
    private Contour[] contours = new Contour[0];
    private Look look = Look.LIGHT;
    /** The plot square of the last drawing, in pixels, and its weight-space bounds. */
    private double left, top, side;
    private Bounds view;
    private BiConsumer<Double, Double> onStart = (a, b) -> { };

    public PathChart() {
        setId("pathChart");
        canvas.setId("pathCanvas");
        getChildren().addAll(background, canvas);
        setMinSize(200, 200);
        setPrefSize(520, 520);
        canvas.setOnMouseClicked(e -> {
            if (view != null && e.getX() >= left && e.getX() <= left + side && e.getY() >= top
                    && e.getY() <= top + side) {
                onStart.accept(weightAt(e.getX(), true), weightAt(e.getY(), false));
            }
        });
    }

    /** The colour of {@code kind}'s path. */
    public static Color color(OptimizerKind kind) {
        return COLORS[kind.ordinal()];
    }

    /** Called with (w1, w2) when the user clicks the plot. */
    public void onStart(BiConsumer<Double, Double> action) {
        onStart = action;
    }

    /** Shows or hides {@code kind}'s path. */
    public void show(OptimizerKind kind, boolean visible) {
        if (visible ? shownKinds.add(kind) : shownKinds.remove(kind)) {
            redraw();
        }
    }

    public void setLook(Look l) {
        look = l;
        redraw();
    }

    /** Draws {@code paths} unless it is the state already drawn. */
    public void render(OptimizerPaths paths) {
        if (paths != null && (shown == null || paths.version() != shown.version())) {
            shown = paths;
            redraw();
        }
    }

    /** The state drawn last, or null (for tests). */
    public OptimizerPaths shown() {
        return shown;
    }

    /** Pixel x of w1 in the last drawing (for tests). */
    public double pixelX(double w1) {
        return left + (w1 - view.xMin()) / (view.xMax() - view.xMin()) * side;
    }

    /** Pixel y of w2 in the last drawing (for tests). */
    public double pixelY(double w2) {
        return top + (view.yMax() - w2) / (view.yMax() - view.yMin()) * side;
    }

    private double weightAt(double pixel, boolean w1) {
        return w1 ? view.xMin() + (pixel - left) / side * (view.xMax() - view.xMin())
                : view.yMax() - (pixel - top) / side * (view.yMax() - view.yMin());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            for (Canvas c : new Canvas[] {background, canvas}) {
                c.setWidth(getWidth());
                c.setHeight(getHeight());
            }
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        side = Math.min(w - LEFT - RIGHT, h - TOP - BOTTOM);
        if (shown == null || side < 20) {
            view = null;
            drawBackground(w, h);
            return;
        }
        view = shown.surface().view();
        left = LEFT + (w - LEFT - RIGHT - side) / 2;
        top = TOP;
        drawBackground(w, h);
        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        for (OptimizerKind kind : OptimizerPaths.kinds()) {
            if (shownKinds.contains(kind)) {
                drawPath(g, kind);
            }
        }
        g.setStroke(look.text());
        g.setLineWidth(1.5);
        double sx = pixelX(shown.setup().w1()), sy = pixelY(shown.setup().w2());
        g.strokeOval(sx - 6, sy - 6, 12, 12);
        g.restore();
    }

    /** The plot's background, contour lines, frame and axes, unless they show already. */
    private void drawBackground(double w, double h) {
        CostSurface surface = shown == null ? null : shown.surface();
        if (surface == backgroundSurface && w == backgroundW && h == backgroundH && look == backgroundLook) {
            return;
        }
        backgroundSurface = surface;
        backgroundW = w;
        backgroundH = h;
        backgroundLook = look;
        GraphicsContext g = background.getGraphicsContext2D();
        g.setFill(look.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Plot.FONT);
        if (view == null) {
            g.setFill(look.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(shown == null ? "Preparing the cost surface" : "", w / 2, h / 2);
            return;
        }
        g.setFill(look.plotBackground());
        g.fillRect(left, top, side, side);
        g.save();
        g.beginPath();
        g.rect(left, top, side, side);
        g.clip();
        drawContours(g, surface);
        g.restore();
        g.setStroke(look.frame());
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
        drawAxes(g);
    }

    private void drawContours(GraphicsContext g, CostSurface surface) {
        if (surface != traced) {
            int n = CostSurface.CELLS;
            contours = new Contour[surface.levels()];
            for (int k = 0; k < contours.length; k++) {
                // Contour traces the 0.5 level: shift the surface so that this level sits there.
                float shift = (float) (Contour.LEVEL - surface.level(k));
                contours[k] = Contour.trace(surface.view(), (i, j) -> surface.cost(i, j) + shift, n);
            }
            traced = surface;
        }
        g.setLineWidth(1);
        for (int k = 0; k < contours.length; k++) {
            // The valley floor's lines darkest: they carry the shape that matters.
            double strength = 0.85 - 0.55 * k / Math.max(1, contours.length - 1);
            g.setStroke(look.axis().deriveColor(0, 1, 1, strength));
            Contour c = contours[k];
            g.beginPath();
            for (int s = 0; s < c.size(); s++) {
                g.moveTo(pixelX(c.x0(s)), pixelY(c.y0(s)));
                g.lineTo(pixelX(c.x1(s)), pixelY(c.y1(s)));
            }
            g.stroke();
        }
        double mx = pixelX(surface.minW1()), my = pixelY(surface.minW2());
        g.setStroke(look.text());
        g.strokeLine(mx - 4, my - 4, mx + 4, my + 4);
        g.strokeLine(mx - 4, my + 4, mx + 4, my - 4);
    }

    private void drawPath(GraphicsContext g, OptimizerKind kind) {
        int n = shown.steps() + 1;
        double[] xs = new double[n], ys = new double[n];
        for (int t = 0; t < n; t++) {
            xs[t] = clamp(pixelX(shown.w1(kind, t)));
            ys[t] = clamp(pixelY(shown.w2(kind, t)));
        }
        Color c = color(kind);
        g.setStroke(c);
        // Each path a little thinner than the one drawn before it: paths that coincide (momentum's follows GD's
        // at a small rate) show as nested stripes, not as one.
        g.setLineWidth(1.4 + 1.1 * (OptimizerPaths.kinds().length - 1 - kind.ordinal()));
        g.strokePolyline(xs, ys, n);
        g.setFill(c);
        if (n <= 200) { // each step a dot while they can be told apart
            for (int t = 1; t < n; t++) {
                g.fillRect(xs[t] - 1.5, ys[t] - 1.5, 3, 3);
            }
        }
        g.fillOval(xs[n - 1] - 4.5, ys[n - 1] - 4.5, 9, 9);
        g.setStroke(look.plotBackground());
        g.setLineWidth(1);
        g.strokeOval(xs[n - 1] - 4.5, ys[n - 1] - 4.5, 9, 9);
    }

    private static double clamp(double p) {
        return Double.isFinite(p) ? Math.max(-1e5, Math.min(1e5, p)) : 0;
    }

    private void drawAxes(GraphicsContext g) {
        g.setFill(look.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        TickMarks t1 = TickMarks.of(view.xMin(), view.xMax(), Math.max(2, (int) (side / 70)));
        for (int k = 0; k < t1.size(); k++) {
            g.fillText(t1.label(k), pixelX(t1.value(k)), top + side + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        TickMarks t2 = TickMarks.of(view.yMin(), view.yMax(), Math.max(2, (int) (side / 50)));
        for (int k = 0; k < t2.size(); k++) {
            g.fillText(t2.label(k), left - 4, pixelY(t2.value(k)));
        }
        g.setFill(look.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("w2 \u2191", left, TOP / 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("w1 \u2192   (bias fixed at 0; \u00d7 lowest cost, \u25cb start)", left + side, TOP / 2);
    }
}
