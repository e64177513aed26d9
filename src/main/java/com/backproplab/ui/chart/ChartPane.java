package com.backproplab.ui.chart;

import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The frame both charts share: a title row with the chart's toggles above a {@link Canvas} that follows the
 * region's size, and a redraw only when the snapshot or the size changed.
 */
abstract class ChartPane extends Region {
    /** Drawn instead of data before the first step. */
    static final String HINT = "Press Play to train";

    final Canvas canvas = new Canvas();
    private final HBox controls = new HBox(8);
    /** The snapshot shown (null before the first). */
    Snapshot last;
    /** Earlier runs drawn faintly beside the current one, or null for none. */
    GhostRuns ghosts;
    private long lastVersion = Long.MIN_VALUE;
    private long lastGhosts = Long.MIN_VALUE;
    /** The hint drawn instead of data, or null when data was drawn. */
    private String hintShown;
    /** Theme and presenter scale. */
    private Look look = Look.LIGHT;

    ChartPane(String id, String canvasId, String title) {
        setId(id);
        canvas.setId(canvasId);
        Label label = new Label(title);
        // The panel's only title (the window's card adds none): styled like the other card titles.
        label.getStyleClass().add("chart-title");
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        controls.getChildren().addAll(label, gap);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(2, 6, 2, 0));
        controls.setStyle("-fx-font-size: 0.88em;");
        setStyle("-fx-background-color: " + Look.css(look.background()) + ";");
        getChildren().addAll(controls, canvas);
        setMinHeight(140);
        setPrefSize(400, 250);
    }

    /** Draws in {@code l}'s colours and at its scale from now on. */
    public final void setLook(Look l) {
        look = l;
        setStyle("-fx-background-color: " + Look.css(l.background()) + ";");
        redraw();
    }

    final Look look() {
        return look;
    }

    /** Adds toggles at the right of the title row. */
    final void addControls(Node... nodes) {
        controls.getChildren().addAll(nodes);
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(USE_PREF_SIZE);
            }
        }
    }

    /** Draws the runs kept in {@code g} faintly beside the current one (null: none). */
    public final void setGhosts(GhostRuns g) {
        ghosts = g;
        if (g != null) {
            g.onChange(this::redraw);
        }
        redraw();
    }

    /** The kept runs to draw beside the current one (none without {@link #setGhosts}). */
    final List<GhostRuns.Ghost> ghostRuns() {
        return ghosts == null ? List.of() : ghosts.besides(last);
    }

    /**
     * The last step the x axis shows: the current run's, or before it has trained, the longest kept run's, so that
     * a kept run is drawn only as far as the current one got (the two race) and nothing is squeezed.
     */
    final double lastStep(List<GhostRuns.Ghost> kept) {
        History h = last == null ? null : last.history();
        if (h != null && h.size() > 0) {
            return h.step(h.size() - 1);
        }
        double end = 0;
        for (GhostRuns.Ghost g : kept) {
            end = Math.max(end, g.history().step(g.history().size() - 1));
        }
        return end;
    }

    /** Shows {@code s}; does nothing if it is the snapshot already shown and no kept run changed. */
    public final void render(Snapshot s) {
        long g = ghosts == null ? 0 : ghosts.version();
        if (s != null && last != null && s.version() == lastVersion && s.history() == last.history()
                && g == lastGhosts) {
            return;
        }
        last = s;
        lastVersion = s == null ? Long.MIN_VALUE : s.version();
        lastGhosts = g;
        redraw();
    }

    /** Wide enough for the title and the toggles (which grow in presenter mode), and at least 200 px. */
    @Override
    protected final double computeMinWidth(double height) {
        return Math.max(200, controls.minWidth(-1) + snappedLeftInset() + snappedRightInset());
    }

    @Override
    protected final void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double ch = Math.min(h, controls.prefHeight(w));
        controls.resizeRelocate(0, 0, w, ch);
        double cw = Math.max(0, w), chh = Math.max(0, h - ch);
        canvas.relocate(0, ch);
        if (canvas.getWidth() != cw || canvas.getHeight() != chh) {
            canvas.setWidth(cw);
            canvas.setHeight(chh);
            redraw();
        }
    }

    /** Draws {@link #last} onto the canvas at its current size (nothing while the canvas has no area). */
    final void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w >= 1 && h >= 1) {
            // Presenter mode draws the same chart on a smaller logical canvas, magnified: text, lines and margins
            // all grow together.
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.save();
            g.scale(look.scale(), look.scale());
            draw(g, w / look.scale(), h / look.scale());
            g.restore();
        }
    }

    /** Draws {@link #last} onto a canvas of w x h pixels. */
    abstract void draw(GraphicsContext g, double w, double h);

    /** Writes the hint in the middle of the plot when there is no data yet; returns whether it did. */
    final boolean hint(GraphicsContext g, Plot plot, boolean noData) {
        hintShown = noData ? HINT : null;
        if (noData) {
            g.setFill(look.muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFont(Plot.FONT);
            g.fillText(HINT, (plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2);
        }
        return noData;
    }

    /** The hint drawn instead of data, or null when data was drawn (for tests). */
    final String hintShown() {
        return hintShown;
    }

    final Canvas canvas() {
        return canvas;
    }
}
