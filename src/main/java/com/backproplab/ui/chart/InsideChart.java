package com.backproplab.ui.chart;

import com.backproplab.training.InsideLayers;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * A view of one part of the trainer's look inside the hidden layers ({@link InsideLayers}): it clears the canvas,
 * takes its part of the last snapshot (kept for tests) and draws it, or writes in the middle why there is none.
 */
abstract class InsideChart<T> extends ChartPane {
    private final Function<InsideLayers, T> part;
    private T drawn;

    InsideChart(String id, String canvasId, Function<InsideLayers, T> part) {
        super(id, canvasId, "Activations");
        this.part = part;
    }

    /** The part drawn last, or null (for tests). */
    public final T drawn() {
        return drawn;
    }

    @Override
    final void draw(GraphicsContext g, double w, double h) {
        g.setFill(look().background());
        g.fillRect(0, 0, w, h);
        g.setFont(Plot.FONT);
        InsideLayers inside = last == null ? null : last.inside();
        drawn = inside == null ? null : part.apply(inside);
        draw(g, w, h, drawn);
    }

    /** Draws {@code shown}, the part of {@link #last} (null when the snapshot has none), on a cleared canvas. */
    abstract void draw(GraphicsContext g, double w, double h, T shown);

    /** Writes {@code why} in the middle of the canvas, instead of the chart. */
    final void message(GraphicsContext g, String why, double w, double h) {
        g.setFill(look().muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(why, w / 2, h / 2);
    }
}
