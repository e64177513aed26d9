package com.backproplab.ui;

import com.backproplab.engine.Activation;
import com.backproplab.plot.OutputScale;
import com.backproplab.training.UnitGrids;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Every unit's heatmap as a tile of one image (an atlas), painted once per new {@link UnitGrids} in the
 * {@link UnitColors}: a frame then draws each unit with one image call, and the whole picture goes to the screen as
 * one texture. FX thread only.
 */
final class UnitTiles {
    private WritableImage atlas;
    private int[] pixels;
    private int tile;
    private int perRow;
    private int[] first;
    private UnitGrids painted;
    private Activation paintedActivation;
    private boolean paintedDark;
    private OutputScale paintedScale;

    /** Paints the grids into the atlas unless these very grids are painted already in these colours. */
    void update(UnitGrids g, Activation hidden, OutputScale out, boolean dark) {
        if (g == painted && hidden == paintedActivation && dark == paintedDark && out.equals(paintedScale)) {
            return;
        }
        int layers = g.layers(), total = 0;
        first = new int[layers + 2];
        for (int l = 0; l <= layers; l++) {
            first[l] = total;
            total += g.units(l);
        }
        first[layers + 1] = total;
        int n = g.resolution();
        int columns = (int) Math.ceil(Math.sqrt(total)), rows = (total + columns - 1) / columns;
        if (atlas == null || tile != n || perRow != columns || atlas.getHeight() < rows * n) {
            atlas = new WritableImage(columns * n, rows * n);
            pixels = new int[columns * n * rows * n];
        }
        tile = n;
        perRow = columns;
        int stride = columns * n;
        for (int l = 0; l <= layers; l++) {
            for (int i = 0; i < g.units(l); i++) {
                int k = first[l] + i, left = (k % columns) * n, top = (k / columns) * n;
                for (int row = 0; row < n; row++) {
                    int o = (top + row) * stride + left;
                    for (int col = 0; col < n; col++) {
                        pixels[o + col] = UnitColors.argb(g, hidden, out, l, i, g.value(l, i, col, row), dark);
                    }
                }
            }
        }
        atlas.getPixelWriter().setPixels(0, 0, stride, rows * n, PixelFormat.getIntArgbInstance(), pixels, 0, stride);
        painted = g;
        paintedActivation = hidden;
        paintedDark = dark;
        paintedScale = out;
    }

    /** The grids last painted, or null. */
    UnitGrids painted() {
        return painted;
    }

    /** Draws unit i of layer l, smoothed, into the rectangle at (x, y) of side {@code size}. */
    void draw(GraphicsContext g, int l, int i, double x, double y, double size) {
        int k = first[l] + i;
        g.drawImage(atlas, (k % perRow) * tile, (k / perRow) * tile, tile, tile, x, y, size, size);
    }
}
