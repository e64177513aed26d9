package com.backproplab.ui;

import com.backproplab.training.Command;
import com.backproplab.training.LayerStats;
import com.backproplab.training.Snapshot;
import com.backproplab.training.UnitGrids;
import com.backproplab.training.Weights;
import com.backproplab.ui.chart.Look;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;

/**
 * The network as a graph ({@link NetworkPainter}, {@link NetworkLayout}): every unit a live heatmap of its
 * activation over the plane (inputs their feature, the output P(y=1)), every weight an edge, blue for w > 0 and orange
 * for w < 0, wider and darker the larger |w|; zero init shows identical rows, dead ReLU units go white. Hovering
 * reads a value and enlarges a unit; clicking a unit pins it large beside the canvas ({@link #pinnedProperty}; a
 * click on it again or Esc unpins), clicking an edge or a unit's bias square opens a field for a new value, sent to
 * the trainer ({@link ParameterEditor}). Layers too wide for the view scroll.
 */
public final class NetworkView extends Region {
    /** A unit of the network: layer l (0 = the inputs) and its index there. */
    record Unit(int layer, int index) {
    }

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final NetworkPainter painter = new NetworkPainter();
    private final ParameterEditor editor;
    private final ObjectProperty<Unit> pinned = new SimpleObjectProperty<>(this, "pinned");
    private Look look = Look.LIGHT;
    private Snapshot shown;
    private Weights shownWeights;
    private UnitGrids shownUnits;
    private LayerStats shownStats;
    private NetworkLayout layout;
    private NetworkLayout.Hit hover;
    private boolean overlayEmpty = true;

    /** An empty view; {@code edits} takes the new values typed for a weight or a bias. */
    public NetworkView(Consumer<Command> edits) {
        setId("networkView");
        canvas.setId("networkCanvas");
        overlay.setMouseTransparent(true);
        editor = new ParameterEditor(edits);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setVisible(false);
        scrollBar.setManaged(false);
        scrollBar.valueProperty().addListener((o, a, b) -> scrollTo(b.doubleValue()));
        getChildren().addAll(canvas, overlay, scrollBar, editor);
        setStyle("-fx-background-color: " + Look.css(look.background()) + ";");
        setMinSize(200, 140);
        setPrefSize(400, 250);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hover(-1, -1));
        canvas.setOnMouseClicked(this::click);
        pinned.addListener((o, a, b) -> redraw());
        javafx.event.EventHandler<KeyEvent> esc = this::escape;
        sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_PRESSED, esc);
            }
            if (is != null) {
                is.addEventHandler(KeyEvent.KEY_PRESSED, esc);
            }
        });
        canvas.setOnScroll(e -> {
            if (layout != null && layout.maxScroll() > 0) {
                scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() - e.getDeltaY())));
                e.consume();
            }
        });
    }

    /** Draws in {@code l}'s colours and at its scale from now on. */
    public void setLook(Look l) {
        look = l;
        painter.setLook(l);
        setStyle("-fx-background-color: " + Look.css(l.background()) + ";");
        relayout();
    }

    /** Draws the snapshot: nothing to do when its weights, units and gradient norms are those drawn. */
    public void render(Snapshot s) {
        if (s == null) {
            return;
        }
        Weights w = s.weights();
        UnitGrids u = s.grid() == null ? null : s.grid().units();
        if (w != shownWeights || u != shownUnits || s.layers() != shownStats) {
            boolean reshaped = shownWeights == null || w == null || !Arrays.equals(shownWeights.sizes(), w.sizes());
            shown = s;
            shownWeights = w;
            shownUnits = u;
            shownStats = s.layers();
            if (reshaped) {
                editor.close();
                hover = null;
                relayout();
                Unit p = pinned.get();
                if (p != null && (w == null || p.layer() > w.layers() || p.index() >= w.units(p.layer()))) {
                    pinned.set(null);
                }
            } else {
                redraw();
            }
        }
    }

    /** The pinned unit, or null: the window shows it large beside the canvas. */
    ObjectProperty<Unit> pinnedProperty() {
        return pinned;
    }

    /** Edges drawn by the last redraw (for tests). */
    int drawnEdges() {
        return painter.drawnEdges();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The readout line above the graph ("" while the pointer is on nothing), for tests. */
    String readout() {
        return painter.readout();
    }

    /** The unit grids whose heatmaps the units show, or null before the first (for tests). */
    UnitGrids drawnUnits() {
        return painter.painted();
    }

    /** Where units go, or null before the first drawing (for tests). */
    NetworkLayout networkLayout() {
        return layout;
    }

    ParameterEditor editor() {
        return editor;
    }

    ScrollBar scrollBar() {
        return scrollBar;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlayEmpty = false; // cleared at the redraw below
            overlay.setWidth(w);
            overlay.setHeight(h);
            relayout();
        }
        double bar = scrollBar.prefWidth(-1), top = NetworkLayout.TOP * look.scale();
        scrollBar.resizeRelocate(w - bar, top, bar, Math.max(0, h - top - NetworkLayout.BOTTOM * look.scale()));
    }

    /** Places the units for the current size and network, keeping the scroll position where it can. */
    private void relayout() {
        Weights w = shownWeights;
        if (w == null || canvas.getWidth() <= 0) {
            layout = null;
            scrollBar.setVisible(false);
            redraw();
            return;
        }
        double scale = look.scale(), old = layout == null ? 0 : layout.scroll();
        int[] sizes = w.sizes();
        double width = canvas.getWidth() / scale, height = canvas.getHeight() / scale;
        layout = new NetworkLayout(sizes, width, height, painter.labelWidth(shown, sizes[0]));
        if (layout.maxScroll() > 0) {
            // The scroll bar takes the right edge: the columns make room for it.
            layout = new NetworkLayout(sizes, width - scrollBar.prefWidth(-1) / scale, height,
                    painter.labelWidth(shown, sizes[0]));
        }
        layout.scrollTo(old);
        scrollBar.setVisible(layout.maxScroll() > 0);
        scrollBar.setMax(layout.maxScroll());
        scrollBar.setVisibleAmount(layout.maxScroll() / Math.max(1, layout.overflow()));
        scrollBar.setUnitIncrement(layout.node());
        scrollBar.setBlockIncrement(layout.rowsBottom() - NetworkLayout.TOP);
        scrollBar.setValue(layout.scroll());
        redraw();
    }

    private void scrollTo(double s) {
        if (layout != null && s != layout.scroll()) {
            layout.scrollTo(s);
            editor.close();
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        // Presenter mode: the same drawing on a smaller logical canvas, magnified.
        g.scale(look.scale(), look.scale());
        double width = canvas.getWidth() / look.scale(), height = canvas.getHeight() / look.scale();
        if (layout == null) {
            g.setFill(look.background());
            g.fillRect(0, 0, width, height);
            g.setFill(look.text());
            g.setFont(NetworkPainter.SMALL);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            if (shown != null && shownWeights == null) {
                g.fillText("Too many weights to draw (more than " + Weights.MAX_WEIGHTS + ")", width / 2, height / 2);
            }
        } else {
            UnitGrids u = shownUnits != null && shownUnits.fits(shownWeights.sizes()) ? shownUnits : null;
            painter.graph(g, shown, layout, u, pinned.get());
        }
        g.restore();
        // An empty overlay stays untouched: one canvas less for the renderer to take again every redraw.
        if (hover != null || !overlayEmpty) {
            redrawOverlay();
        }
    }

    private void redrawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        overlayEmpty = hover == null || layout == null;
        if (layout == null) {
            return;
        }
        g.save();
        g.scale(look.scale(), look.scale());
        UnitGrids u = shownUnits != null && shownUnits.fits(shownWeights.sizes()) ? shownUnits : null;
        painter.overlay(g, shown, layout, hover, u, pinned.get());
        g.restore();
    }

    /** The pointer moved to (x, y) in pixels ((-1, -1): it left). */
    private void hover(double x, double y) {
        NetworkLayout.Hit h = layout == null || x < 0 ? null : layout.hit(x / look.scale(), y / look.scale());
        if (!java.util.Objects.equals(h, hover)) {
            hover = h;
            canvas.setCursor(h == null ? Cursor.DEFAULT : Cursor.HAND);
            redrawOverlay();
        }
    }

    private void click(MouseEvent e) {
        editor.close();
        if (e.getButton() != MouseButton.PRIMARY || layout == null || shownWeights == null) {
            return;
        }
        NetworkLayout.Hit h = layout.hit(e.getX() / look.scale(), e.getY() / look.scale());
        if (h == null) {
            return;
        }
        switch (h.kind()) {
            case UNIT -> {
                Unit u = new Unit(h.layer(), h.unit());
                pinned.set(u.equals(pinned.get()) ? null : u);
            }
            case BIAS -> editor.open(h, "the bias " + UnitNames.bias(h.layer(), h.unit(),
                    shownWeights.biasIsBeta(h.layer())), shownWeights.bias(h.layer(), h.unit()), e.getX() + 8,
                    e.getY() + 8);
            case EDGE -> editor.open(h, "the weight " + UnitNames.weight(h.layer(), h.unit(), h.input()),
                    shownWeights.weight(h.layer(), h.unit(), h.input()), e.getX() + 8, e.getY() + 8);
        }
    }

    /** Esc unpins (unless it leaves presenter mode's full screen, which it does first). */
    private void escape(KeyEvent e) {
        boolean fullScreen = getScene() != null && getScene().getWindow() instanceof Stage st && st.isFullScreen();
        if (e.getCode() == KeyCode.ESCAPE && pinned.get() != null && !fullScreen) {
            pinned.set(null);
            e.consume();
        }
    }
}
