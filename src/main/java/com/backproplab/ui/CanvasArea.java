package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The centre of the window: the point tools and legend, the experiment's caption, the canvas with the banners
 * floating over its top, and one line below it: what the mouse does (in the current mode), or, while the pointer
 * is on the plot, its coordinates and P(y=1) there.
 */
final class CanvasArea extends VBox {
    final ExperimentCaption caption = new ExperimentCaption();
    /** Why training stopped (divergence or an internal error), with Reset. */
    private final Banner divergenceBanner = new Banner("divergenceBanner", "banner-error", "mdi2a-alert");
    /** Why the points cannot be trained on, with Undo. */
    private final Banner dataBanner = new Banner("dataProblemBanner", "banner-warn", "mdi2a-alert-circle-outline");
    /** What went wrong with a file, until closed or the next file succeeds. */
    final Banner noticeBanner = new Banner("noticeBanner", "banner-error", "mdi2f-file-alert-outline");
    /** What was restored or exported (not a problem), until closed or the next file succeeds. */
    final Banner infoBanner = new Banner("infoBanner", "banner-info", "mdi2i-information-outline");
    /** A file being read or written off the FX thread. */
    final Banner busyBanner = new Banner("busyBanner", "banner-busy", "mdi2p-progress-clock");
    /** What the mouse does while drawing points, and while erasing. */
    static final String DRAW_HINT = "Click: add a blue point (class 1)   ·   Right-click or Shift+click: orange "
            + "(class 0)   ·   Drag: paint";
    static final String VALUE_HINT = "Click: add a point of value +1   ·   Right-click or Shift+click: value −1   ·   "
            + "Drag: paint";
    static final String ERASE_HINT = "Eraser: press and drag over points to remove them   ·   E or the Eraser button: "
            + "back to drawing   ·   Ctrl+Z: undo";
    private final ToggleButton eraser = new ToggleButton("Eraser", new FontIcon("mdi2e-eraser"));
    /** The line below the canvas: the mouse hint, or the hover readout while the pointer is on the plot. */
    private final Label status;
    private final StringProperty hint = new SimpleStringProperty(DRAW_HINT);
    private final DataCanvas canvas;
    private final CanvasAndPin canvasRow;
    /** The classes' legend, or for regression the value legend. */
    private final HBox classLegend = legend();
    private final ValueLegend valueLegend = new ValueLegend();
    private boolean regression;

    CanvasArea(DataCanvas canvas, PointsModel points, Runnable resetTraining) {
        super(4);
        this.canvas = canvas;
        divergenceBanner.action("bannerReset", "Reset", "mdi2r-restart", resetTraining);
        dataBanner.action("dataBannerUndo", "Undo", "mdi2u-undo", points::undo);
        noticeBanner.action("noticeClose", null, "mdi2c-close", () -> noticeBanner.show(null));
        infoBanner.action("infoClose", null, "mdi2c-close", () -> infoBanner.show(null));

        eraser.setId("eraser");
        eraser.setTooltip(Forms.tip("Eraser: press and drag to remove points (E)"));
        eraser.selectedProperty().addListener((o, a, b) -> {
            canvas.setEraser(b);
            hint.set(b ? ERASE_HINT : regression ? VALUE_HINT : DRAW_HINT);
        });
        Button undo = new Button("Undo", new FontIcon("mdi2u-undo"));
        undo.setId("undo");
        undo.setTooltip(Forms.tip("Undo the last change of the points (Ctrl+Z)"));
        undo.setOnAction(e -> points.undo());
        undo.disableProperty().bind(points.canUndoProperty().not());
        Button clear = new Button("Clear", new FontIcon("mdi2d-delete-sweep"));
        clear.setId("clear");
        clear.setTooltip(Forms.tip("Remove all points (Ctrl+Z brings them back)"));
        clear.setOnAction(e -> points.clear());
        // Clicking a tool leaves the keyboard focus where it was (the canvas), so Space still plays; Eraser and Undo
        // have their keys (E, Ctrl+Z).
        for (ButtonBase b : new ButtonBase[] {eraser, undo, clear}) {
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(6, eraser, undo, clear);
        // The legend goes to a line of its own when the centre is too narrow for both: never cut to "…".
        FlowPane tools = new FlowPane(16, 4, buttons, classLegend, valueLegend);
        Forms.showNode(valueLegend, false);
        tools.getStyleClass().add("canvas-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        // One line for both, as tall as the taller text at its width: the canvas does not jump as the pointer
        // enters the plot.
        status = new SteadyLabel(java.util.List.of(DRAW_HINT, ERASE_HINT, VALUE_HINT, HoverReadout.WIDEST));
        status.setId("canvasHint");
        status.getStyleClass().add("hint");
        ReadOnlyStringProperty readout = canvas.hoverText();
        status.textProperty().bind(Bindings.when(readout.isEmpty()).then(hint).otherwise(readout));
        // Banners float over the top of the canvas (mostly its margin above the square plot) instead of pushing it
        // down: a banner that appears mid-stroke must not move the points under the pointer.
        VBox banners = new VBox(4, divergenceBanner, dataBanner, noticeBanner, infoBanner, busyBanner);
        banners.setPickOnBounds(false);
        banners.setMaxHeight(Region.USE_PREF_SIZE);
        banners.setPadding(new Insets(4, 8, 0, 8));
        StackPane plotArea = new StackPane(canvas, banners);
        StackPane.setAlignment(banners, Pos.TOP_CENTER);
        // The canvas shares its place with a unit of the network pinned beside it (see beside).
        canvasRow = new CanvasAndPin(plotArea);
        VBox.setVgrow(canvasRow, Priority.ALWAYS);
        getChildren().addAll(tools, caption, canvasRow, status);
        getStyleClass().add("centre");
    }

    /** Puts {@code n} at the right of the canvas (it shows itself only when it has something to show). */
    void beside(Region n) {
        canvasRow.setSide(n);
    }

    /** The line below the canvas: the mouse hint (for tests). */
    Label hint() {
        return status;
    }

    /** E: eraser on or off. */
    void toggleEraser() {
        eraser.setSelected(!eraser.isSelected());
    }

    /** Draws a new snapshot: the points and boundary, and the banners it calls for. */
    void render(Snapshot s) {
        canvas.render(s);
        if (s.data().isRegression() != regression) {
            regression = s.data().isRegression();
            Forms.showNode(classLegend, !regression);
            Forms.showNode(valueLegend, regression);
            if (!eraser.isSelected()) {
                hint.set(regression ? VALUE_HINT : DRAW_HINT);
            }
        }
        if (regression) {
            valueLegend.show(canvas.scale(), canvas.darkPalette());
        }
        divergenceBanner.show(stopMessage(s));
        dataBanner.show(s.dataProblem());
    }

    /** Why training stopped: a divergence, or an error on the trainer's or the grid worker's thread; or null. */
    static String stopMessage(Snapshot s) {
        return s.divergence() == null ? null : s.divergence().message();
    }

    private static HBox legend() {
        Circle c1 = new Circle(5);
        c1.getStyleClass().add("legend-class1");
        Circle c0 = new Circle(5);
        c0.getStyleClass().add("legend-class0");
        Circle dev = new Circle(4.5);
        dev.getStyleClass().add("legend-dev");
        Line l = new Line(0, 0, 16, 0);
        l.getStyleClass().add("legend-line");
        HBox h = new HBox(6, c1, new Label("class 1"), c0, new Label("class 0"), dev, new Label("dev (hollow)"), l,
                new Label("P = 0.5"));
        h.setId("legend");
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("legend");
        h.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : h.getChildren()) {
            if (n instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return h;
    }
}
