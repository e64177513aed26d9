package com.backproplab.ui;

import com.backproplab.plot.OutputScale;
import com.backproplab.training.LayerStats;
import com.backproplab.training.Snapshot;
import com.backproplab.training.UnitGrids;
import com.backproplab.training.Weights;
import com.backproplab.ui.chart.LayerColors;
import com.backproplab.ui.chart.Look;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the network view: the graph (edges, every unit's heatmap with its bias handle, the input names, each layer's
 * size and current ||dW[l]|| below its column in the gradient chart's colour) on one canvas, and what the pointer
 * points at (the edge or handle outlined, the unit enlarged, the readout line above the graph) on another, so hovering
 * never redraws the graph. FX thread only.
 */
final class NetworkPainter {
    static final Font SMALL = Font.font(10);
    /** The layers' ||dW[l]||: bold, so that their colour reads. */
    private static final Font NORM = Font.font(null, FontWeight.BOLD, 10);
    /** Side of a hovered unit's enlarged heatmap, at least and at most. */
    static final double HOVER_MIN = 72, HOVER_MAX = 150;

    private final NetworkEdges edges = new NetworkEdges();
    private final UnitTiles tiles = new UnitTiles();
    private final Text measure = new Text();
    private Look look = Look.LIGHT;
    /** The readout line last drawn ("" for the legend and hint). */
    private String readout = "";

    void setLook(Look l) {
        look = l;
    }

    int drawnEdges() {
        return edges.drawn();
    }

    String readout() {
        return readout;
    }

    /** The unit grids whose heatmaps were painted last, or null. */
    UnitGrids painted() {
        return tiles.painted();
    }

    /** Width of text in the view's font. */
    double textWidth(String s) {
        measure.setFont(SMALL);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    /** Room left of the inputs for their names. */
    double labelWidth(Snapshot s, int inputs) {
        double w = 0;
        for (int j = 0; j < inputs; j++) {
            w = Math.max(w, textWidth(UnitNames.input(s, j)));
        }
        return w + 4;
    }

    /** The graph of {@code s}'s weights, with {@code units}' heatmaps (null: plain units until they come). */
    void graph(GraphicsContext g, Snapshot s, NetworkLayout layout, UnitGrids units, NetworkView.Unit pinned) {
        Weights w = s.weights();
        double width = layout.width(), height = layout.height(), node = layout.node();
        g.setFill(look.background());
        g.fillRect(0, 0, width, height);
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        edges.draw(g, w, layout, look.dark() ? Color.web("#5f6368") : Color.web("#bdc1c6"));
        if (units != null) {
            tiles.update(units, s.network().activation(), OutputScale.of(s.data()), look.dark());
        }
        double bias = layout.biasSize();
        for (int l = 0; l <= layout.layers(); l++) {
            double x = layout.x(l) - node / 2;
            for (int i = 0; i < layout.units(l); i++) {
                double y = layout.y(l, i) - node / 2;
                if (y + node < NetworkLayout.TOP || y > layout.rowsBottom()) {
                    continue;
                }
                if (units != null) {
                    tiles.draw(g, l, i, x, y, node);
                } else {
                    g.setFill(look.plotBackground());
                    g.fillRect(x, y, node, node);
                }
                boolean isPinned = pinned != null && pinned.layer() == l && pinned.index() == i;
                g.setStroke(isPinned ? look.contour() : look.frame());
                g.setLineWidth(isPinned ? 2.5 : 1);
                g.strokeRect(x, y, node, node);
                if (l > 0) {
                    double b = w.bias(l, i), s0 = NetworkEdges.strength(b, Math.max(w.maxAbs(), Math.abs(b)));
                    Color c = b >= 0 ? NetworkEdges.POSITIVE : NetworkEdges.NEGATIVE;
                    g.setFill(look.plotBackground());
                    g.fillRect(layout.biasLeft(l), layout.biasTop(l, i), bias, bias);
                    g.setFill(c.deriveColor(0, 1, 1, 0.2 + 0.8 * s0));
                    g.fillRect(layout.biasLeft(l), layout.biasTop(l, i), bias, bias);
                    g.setStroke(look.frame());
                    g.setLineWidth(0.75);
                    g.strokeRect(layout.biasLeft(l), layout.biasTop(l, i), bias, bias);
                } else {
                    g.setFill(look.text());
                    g.setTextAlign(TextAlignment.RIGHT);
                    g.fillText(UnitNames.input(s, i), x - 3, y + node / 2);
                }
            }
        }
        labels(g, s, layout);
    }

    /** Below the rows: each layer's size, then its ||dW[l]|| in its chart colour (a label every few when crowded). */
    private void labels(GraphicsContext g, Snapshot s, NetworkLayout layout) {
        double width = layout.width(), bottom = layout.rowsBottom();
        g.setFill(look.background());
        g.fillRect(0, 0, width, NetworkLayout.TOP);
        g.fillRect(0, bottom, width, layout.height() - bottom);
        g.setTextAlign(TextAlignment.LEFT);
        legend(g, width);
        int layers = layout.layers();
        LayerStats stats = s.layers();
        boolean live = stats.layers() == layers;
        double pitch = layers == 0 ? width : layout.x(1) - layout.x(0);
        int every = Math.max(1, (int) Math.ceil((textWidth("8.8e-88") + 6) / pitch));
        g.setTextAlign(TextAlignment.CENTER);
        for (int l = 0; l <= layers; l++) {
            double x = layout.x(l);
            if (l % every != 0 && l != layers) {
                continue;
            }
            g.setFill(look.text());
            String name = l == 0 ? "input" : l == layers ? "ŷ" : String.valueOf(layout.units(l));
            g.fillText(name, x, bottom + 9);
            if (l == 0) {
                g.setFill(look.muted());
                g.fillText("‖dW[l]‖", x, bottom + 23);
            } else if (live) {
                String norm = NetworkReadout.twoDigits(stats.gradNorm(l));
                if (look.dark()) {
                    // The chart's first colours are dark: on the dark theme they sit on a light chip.
                    double half = textWidth(norm) / 2 + 4;
                    g.setFill(Color.web("#d5d8de"));
                    g.fillRoundRect(x - half, bottom + 16, 2 * half, 14, 6, 6);
                }
                g.setFill(LayerColors.of(l, layers));
                g.setFont(NORM);
                g.fillText(norm, x, bottom + 23);
                g.setFont(SMALL);
            }
        }
    }

    /** What the pointer points at, and its readout line over the legend above the graph (nothing without one). */
    void overlay(GraphicsContext g, Snapshot s, NetworkLayout layout, NetworkLayout.Hit hover, UnitGrids units,
                 NetworkView.Unit pinned) {
        g.clearRect(0, 0, layout.width(), layout.height());
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        boolean onPinned = hover != null && pinned != null && hover.kind() == NetworkLayout.Kind.UNIT
                && pinned.layer() == hover.layer() && pinned.index() == hover.unit();
        String line = hover == null ? null : NetworkReadout.of(s, hover, onPinned);
        readout = line == null ? "" : line;
        if (line == null) {
            return; // the graph's own line, the legend, shows
        }
        g.setFill(look.background());
        g.fillRect(0, 0, layout.width(), NetworkLayout.TOP);
        g.setFill(look.text());
        g.fillText(fit(line, layout.width() - 16), 8, NetworkLayout.TOP / 2);
        double node = layout.node();
        switch (hover.kind()) {
            case EDGE -> {
                double x0 = layout.x(hover.layer() - 1) + node / 2, x1 = layout.x(hover.layer()) - node / 2;
                double y0 = layout.y(hover.layer() - 1, hover.input()), y1 = layout.y(hover.layer(), hover.unit());
                g.setStroke(look.contour());
                g.setLineWidth(4);
                g.strokeLine(x0, y0, x1, y1);
                double v = s.weights().weight(hover.layer(), hover.unit(), hover.input());
                g.setStroke(v >= 0 ? NetworkEdges.POSITIVE : NetworkEdges.NEGATIVE);
                g.setLineWidth(2);
                g.strokeLine(x0, y0, x1, y1);
            }
            case BIAS -> {
                double b = layout.biasSize();
                g.setStroke(look.contour());
                g.setLineWidth(2);
                g.strokeRect(layout.biasLeft(hover.layer()) - 1, layout.biasTop(hover.layer(), hover.unit()) - 1,
                        b + 2, b + 2);
            }
            case UNIT -> enlarged(g, layout, hover, units);
        }
    }

    /** The hovered unit's heatmap, larger, centred on it and kept inside the rows' part of the view. */
    private void enlarged(GraphicsContext g, NetworkLayout layout, NetworkLayout.Hit hover, UnitGrids units) {
        double room = layout.rowsBottom() - NetworkLayout.TOP;
        double size = Math.min(room, Math.max(HOVER_MIN, Math.min(HOVER_MAX, layout.node() * 3)));
        double x = layout.x(hover.layer()) - size / 2, y = layout.y(hover.layer(), hover.unit()) - size / 2;
        x = Math.max(2, Math.min(layout.width() - size - 2, x));
        y = Math.max(NetworkLayout.TOP, Math.min(layout.rowsBottom() - size, y));
        g.setFill(Color.rgb(0, 0, 0, 0.25));
        g.fillRect(x + 3, y + 3, size, size);
        if (units != null && tiles.painted() == units) {
            tiles.draw(g, hover.layer(), hover.unit(), x, y, size);
        } else {
            g.setFill(look.plotBackground());
            g.fillRect(x, y, size, size);
        }
        g.setStroke(look.contour());
        g.setLineWidth(1.5);
        g.strokeRect(x, y, size, size);
    }

    private void legend(GraphicsContext g, double width) {
        double x = 8, y = NetworkLayout.TOP / 2;
        for (boolean positive : new boolean[] {true, false}) {
            g.setFill(positive ? NetworkEdges.POSITIVE : NetworkEdges.NEGATIVE);
            g.fillRect(x, y - 1.5, 12, 3);
            String t = positive ? "w > 0" : "w < 0";
            g.setFill(look.text());
            g.fillText(t, x + 15, y);
            x += 15 + textWidth(t) + 10;
        }
        g.setFill(look.muted());
        // The longest whole hint that fits: a hint cut off in the middle reads as a fault.
        for (String hint : HINTS) {
            if (textWidth(hint) <= width - x - 8) {
                g.fillText(hint, x, y);
                return;
            }
        }
    }

    private static final String[] HINTS = {"click: pin a unit · edit an edge or a bias", "click: pin a unit · edit a weight",
        "click: pin · edit"};

    /** {@code text}, cut at a word with "…" when wider than {@code room}. */
    String fit(String text, double room) {
        if (textWidth(text) <= room) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && textWidth(t + "…") > room) {
            int cut = t.lastIndexOf(' ', t.length() - 2);
            t = cut > 0 ? t.substring(0, cut) : t.substring(0, t.length() - 1);
        }
        return t.length() <= 1 ? "" : t + "…";
    }
}
