package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.plot.OutputScale;
import com.backproplab.plot.Palette;
import com.backproplab.training.Snapshot;
import com.backproplab.training.UnitGrids;
import com.backproplab.training.Viewport;
import com.backproplab.ui.chart.Look;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A unit of the network view pinned large beside the canvas, over the same view of the plane, live while training:
 * its activation as a heatmap under the training points, with the colour scale below it. Shown only while a unit is
 * pinned; a click on it, its close button, a click on the unit in the graph again or Esc unpins it. FX thread only.
 */
final class PinnedUnit extends Region {
    private static final double LEGEND = 30, PAD = 8;

    private final ObjectProperty<NetworkView.Unit> pinned;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Button close = new Button(null, new FontIcon("mdi2c-close"));
    private final VBox header;
    private final Canvas canvas = new Canvas();
    private WritableImage image;
    private int[] pixels;
    private Snapshot shown;
    private UnitGrids painted;
    private NetworkView.Unit paintedUnit;
    private Viewport paintedView;
    private Dataset points;
    private OutputScale scale = OutputScale.PROBABILITY;
    private Look look = Look.LIGHT;

    PinnedUnit(ObjectProperty<NetworkView.Unit> pinned) {
        this.pinned = pinned;
        setId("pinnedUnit");
        title.setId("pinnedUnitTitle");
        title.getStyleClass().add("card-title");
        title.setMinWidth(0);
        close.setId("unpin");
        close.setTooltip(Forms.tip("Unpin (Esc, or click the unit again)"));
        close.setFocusTraversable(false);
        close.setOnAction(e -> pinned.set(null));
        canvas.setOnMouseClicked(e -> pinned.set(null));
        javafx.scene.control.Tooltip.install(canvas, Forms.tip("Click, Esc or × unpins this unit"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(6, title, gap, close);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        subtitle.setId("pinnedUnitSubtitle");
        subtitle.getStyleClass().add("hint");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);
        header = new VBox(0, titleRow, subtitle);
        header.setPadding(new Insets(4, 4, 0, PAD));
        getChildren().addAll(header, canvas);
        getStyleClass().add("pinned-unit");
        pinned.addListener((o, a, b) -> {
            setVisible(b != null);
            setManaged(b != null);
            paintedUnit = null;
            render(shown);
        });
        setVisible(false);
        setManaged(false);

    }

    void setLook(Look l) {
        look = l;
        painted = null;
        render(shown);
    }

    /** Shows the pinned unit of {@code s}'s newest unit grids (until they come, the last ones stand). */
    void render(Snapshot s) {
        shown = s;
        NetworkView.Unit u = pinned.get();
        if (s == null || u == null) {
            return;
        }
        int[] sizes = s.network().layerSizes();
        if (u.layer() >= sizes.length || u.index() >= sizes[u.layer()]) {
            pinned.set(null); // the network lost the unit
            return;
        }
        title.setText(UnitNames.unit(s, u.layer(), u.index()));
        subtitle.setText(u.layer() == 0 ? "the input over the plane, as the network sees it"
                : u.layer() == layers(s) ? "over the plane, as on the canvas"
                : ChoiceNames.of(s.network().activation()) + " activation over the plane");
        UnitGrids g = s.grid() == null ? null : s.grid().units();
        if (g != null && g.layers() == layers(s) && u.layer() <= g.layers() && u.index() < g.units(u.layer())
                && (g != painted || !u.equals(paintedUnit))) {
            paint(g, u, s);
            paintedView = s.grid().viewport();
            points = s.split().train();
            draw();
        }
    }

    private static int layers(Snapshot s) {
        return s.network().layerSizes().length - 1;
    }

    /** The unit's colours, computed once per new grid. */
    private void paint(UnitGrids g, NetworkView.Unit u, Snapshot s) {
        int n = g.resolution();
        scale = OutputScale.of(s.data());
        if (image == null || (int) image.getWidth() != n) {
            image = new WritableImage(n, n);
            pixels = new int[n * n];
        }
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                pixels[row * n + col] = UnitColors.argb(g, s.network().activation(), scale, u.layer(), u.index(),
                        g.value(u.layer(), u.index(), col, row), look.dark());
            }
        }
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
        painted = g;
        paintedUnit = u;
    }


    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        // In a wide strip (below the canvas) the titles go left of the heatmap, else above it.
        boolean strip = w > 1.6 * h;
        double headWidth = strip ? Math.min(220, 0.4 * w) : w, top = header.prefHeight(headWidth);
        header.resizeRelocate(0, 0, headWidth, top);
        double x = strip ? headWidth : 0, y = strip ? 0 : top;
        canvas.relocate(x, y);
        if (canvas.getWidth() != w - x || canvas.getHeight() != h - y) {
            canvas.setWidth(Math.max(0, w - x));
            canvas.setHeight(Math.max(0, h - y));
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(look.canvasBackground());
        g.fillRect(0, 0, w, h);
        double side = Math.min(w - 2 * PAD, h - LEGEND - 2 * PAD);
        if (image == null || painted == null || side <= 0) {
            return;
        }
        // Centred in the row's height, as the canvas centres its plot.
        double x = (w - side) / 2, y = Math.max(PAD, (h - side - LEGEND) / 2);
        g.setImageSmoothing(true);
        g.drawImage(image, x, y, side, side);
        drawPoints(g, x, y, side);
        g.setStroke(look.frame());
        g.setLineWidth(1);
        g.strokeRect(x, y, side, side);
        legend(g, x, y + side + 8, side);
    }

    /** The training points, small, so the unit reads against the data it separates. */
    private void drawPoints(GraphicsContext g, double x, double y, double side) {
        double r = 2.2;
        g.setStroke(look.canvasBackground());
        g.setLineWidth(0.8);
        for (int k = 0; k < points.size(); k++) {
            double px = x + (points.x1(k) - paintedView.xMin()) / (paintedView.xMax() - paintedView.xMin()) * side;
            double py = y + (paintedView.yMax() - points.x2(k)) / (paintedView.yMax() - paintedView.yMin()) * side;
            if (px < x || px > x + side || py < y || py > y + side) {
                continue;
            }
            int c = points.isRegression() ? Palette.valueColor(scale.fraction(points.value(k)))
                    : Palette.classColor(points.label(k));
            g.setFill(NetworkEdges.argb(c));
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    /** The colour scale: a bar from the palette's orange end to its blue end, with the values there. */
    private void legend(GraphicsContext g, double x, double y, double width) {
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            int c = Palette.heat((k + 0.5) / steps, look.dark());
            g.setFill(NetworkEdges.argb(c));
            g.fillRect(x + width * k / steps, y, Math.ceil(width / steps) + 0.5, 6);
        }
        String[] ends = UnitColors.scale(painted, shown.network().activation(), scale, paintedUnit.layer(),
                paintedUnit.index());
        g.setFill(look.muted());
        g.setFont(javafx.scene.text.Font.font(10 * look.scale())); // presenter mode: larger, as the canvas's text
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(ends[0], x, y + 9);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(ends[1], x + width / 2, y + 9);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ends[2], x + width, y + 9);
    }
}
