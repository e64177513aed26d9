package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.plot.BoundaryFigure;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Projection;
import com.backproplab.training.BoundaryGrid;
import com.backproplab.training.Snapshot;
import com.backproplab.training.Viewport;
import com.backproplab.ui.chart.Look;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import javafx.stage.Window;

/**
 * The points and the decision boundary: the heatmap of P(y=1) (for regression, yhat on the {@link OutputScale})
 * over the viewport with its 0.5 contour, shaded or discretized, axes with ticks, training points filled and dev
 * points hollow (or hidden). View, ticks and contour come from the plotting core's
 * {@link BoundaryFigure}, as in rendered PNGs. Mouse edits go to an {@link Editor}; the canvas never changes data
 * itself.
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
    static final double STROKE_SPACING_PX = EditTool.STROKE_SPACING_PX;
    /** Radius of the eraser brush in pixels. */
    static final double ERASER_RADIUS_PX = EditTool.ERASER_RADIUS_PX;

    private final Canvas canvas = new Canvas();
    private final Label fps = new Label();
    private final CanvasGeometry geometry = new CanvasGeometry();
    private final EditTool tool;
    private final HoverReadout hover = new HoverReadout(geometry, this::probabilityAt, () -> this.scale.regression());
    private final HeatmapLayer heatmap = new HeatmapLayer();
    private Look look = Look.LIGHT;
    private PointSprites sprites = new PointSprites(1);

    private Snapshot snapshot;
    /** Where outputs and values sit on the palette: probabilities, or the points' value range for regression. */
    private OutputScale scale = OutputScale.PROBABILITY;
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    private final BooleanProperty showDev = new SimpleBooleanProperty(true);
    /** View and ticks, recomputed only when the viewport changes. */
    private BoundaryFigure axes = BoundaryFigure.axes(geometry.viewport().bounds());

    public DataCanvas(Editor editor) {
        this.tool = new EditTool(geometry, editor);
        discretize.addListener((o, was, is) -> redraw());
        showDev.addListener((o, was, is) -> redraw());
        setId("dataCanvas");
        getStyleClass().add("data-canvas");
        fps.getStyleClass().add("canvas-overlay");
        fps.setId("fpsOverlay");
        fps.setVisible(false);
        fps.setMouseTransparent(true);
        // The hover readout is not drawn over the plot, where it would cover the points it describes: the window
        // shows it below the canvas.
        getChildren().addAll(canvas, fps);
        setFocusTraversable(true);
        setMinSize(200, 200);
        setPrefSize(640, 640);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (tool.press(e)) {
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            hover.track(e.getX(), e.getY());
            if (!tool.drag(e.getX(), e.getY())) {
                return;
            }
            if (tool.isEraser()) {
                redraw();
            }
            hover.refresh();
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> tool.release());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hover.moveTo(e.getX(), e.getY());
            if (tool.isEraser()) {
                redraw();
            }
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hover.leave();
            redraw();
        });
    }

    // ---- geometry --------------------------------------------------------------------------------------------

    /** The data rectangle shown. */
    public Viewport viewport() {
        return geometry.viewport();
    }

    /** Changes the data rectangle shown (the window also tells the trainer). */
    public void setViewport(Viewport v) {
        geometry.setViewport(v);
        axes = BoundaryFigure.axes(v.bounds());
        redraw();
    }

    /** Pixel x (in this region) of data x1. */
    public double toPixelX(double x1) {
        return geometry.projection().pixelX(x1);
    }

    /** Pixel y (in this region) of data x2. */
    public double toPixelY(double x2) {
        return geometry.projection().pixelY(x2);
    }

    /** Data x1 of pixel x. */
    public double toDataX(double px) {
        return geometry.projection().dataX(px);
    }

    /** Data x2 of pixel y. */
    public double toDataY(double py) {
        return geometry.projection().dataY(py);
    }

    /** Data units per pixel. */
    public double dataPerPixel() {
        return geometry.projection().dataPerPixel();
    }

    /**
     * What the canvas shows: its view and ticks, and the contour of the grid drawn (empty until a grid of this
     * view was drawn). A PNG of the same experiment shows the same figure.
     */
    public BoundaryFigure figure() {
        BoundaryGrid g = heatmap.grid();
        return g != null && g.viewport().equals(viewport()) ? axes.withContour(heatmap.contour()) : axes;
    }

    /**
     * The canvas as drawn (heatmap, contour, axes, points), at the screen's pixel density, without the hover readout
     * and the FPS overlay. FX thread.
     */
    public WritableImage picture() {
        SnapshotParameters p = new SnapshotParameters();
        Window w = getScene() == null ? null : getScene().getWindow();
        double sx = w == null ? 1 : w.getOutputScaleX(), sy = w == null ? 1 : w.getOutputScaleY();
        p.setTransform(Transform.scale(sx, sy));
        return canvas.snapshot(p, null);
    }

    // ---- modes and overlays -----------------------------------------------------------------------------------

    /** Eraser mode: pressing and dragging removes the points under the brush. */
    public void setEraser(boolean on) {
        tool.setEraser(on);
        setCursor(on ? Cursor.NONE : Cursor.CROSSHAIR);
        redraw();
    }

    public boolean isEraser() {
        return tool.isEraser();
    }

    /** Draws in {@code l}'s palette and size from now on (dark theme, presenter mode). */
    public void setLook(Look l) {
        if (l.scale() != look.scale()) {
            sprites = new PointSprites(l.scale());
        }
        look = l;
        heatmap.setLook(l);
        geometry.setScale(l.scale());
        requestLayout();
        redraw();
    }

    /** The two regions in flat colours (true) or the output shaded (false, the default). */
    public void setDiscretize(boolean on) {
        discretize.set(on);
    }

    /** Draws the dev points (true, the default) or hides them. */
    public void setShowDev(boolean on) {
        showDev.set(on);
    }

    /** Discretized output (compare mode's second canvas follows the first). */
    BooleanProperty discretizeProperty() {
        return discretize;
    }

    /** Dev points shown (compare mode's second canvas follows the first). */
    BooleanProperty showDevProperty() {
        return showDev;
    }

    /** How outputs map to the palette (for the legend and tests). */
    OutputScale scale() {
        return scale;
    }

    /** Whether the heatmap uses the dark palette. */
    boolean darkPalette() {
        return look.dark();
    }

    /** The pointer's data coordinates and P(y=1), empty while the pointer is off the plot. */
    ReadOnlyStringProperty hoverText() {
        return hover.text();
    }

    /** Radius of a drawn point in pixels (for tests). */
    double pointRadius() {
        return sprites.radius();
    }

    /** The FPS overlay label (text set by the window). */
    Label fpsOverlay() {
        return fps;
    }

    /** P(y=1) of the latest grid at a data point (nearest cell), NaN outside it or before the first grid. */
    public double probabilityAt(double x, double y) {
        return HeatmapLayer.probabilityAt(snapshot == null ? null : snapshot.grid(), x, y);
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        geometry.layout(w, h);
        fps.autosize();
        Projection p = geometry.projection();
        fps.relocate(p.left() + p.width() - fps.getWidth() - 8, p.top() + 8);
        redraw();
    }

    /**
     * Draws the snapshot: called by the window's timer only when a new snapshot arrived, and redrawn only when its
     * boundary grid or its points changed (the trainer publishes more often than it recomputes the grid).
     */
    public void render(Snapshot s) {
        boolean changed = snapshot == null || s.grid() != snapshot.grid() || s.split() != snapshot.split();
        if (snapshot == null || s.data() != snapshot.data()) {
            scale = OutputScale.of(s.data());
        }
        snapshot = s;
        if (changed) {
            redraw();
        }
        hover.refresh();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(look.canvasBackground());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!geometry.drawable()) {
            return;
        }
        BoundaryGrid grid = snapshot == null ? null : snapshot.grid();
        // A grid of another viewport (just after a change of view) is not drawn: it would not fit the axes.
        if (grid != null && grid.viewport().equals(viewport())) {
            heatmap.draw(g, grid, geometry.projection(), scale, discretize.get());
        }
        CanvasAxes.draw(g, geometry.projection(), axes, look);
        if (snapshot != null) {
            sprites.draw(g, geometry.projection(), snapshot.split().train(), false, scale);
            if (showDev.get()) {
                sprites.draw(g, geometry.projection(), snapshot.split().dev(), true, scale);
            }
        }
        tool.drawBrush(g, hover.mouseX(), hover.mouseY());
    }
}
