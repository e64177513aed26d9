package com.backproplab.ui.chart;

import com.backproplab.training.Snapshot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A snapshot of a node's pixels taken on the FX thread, with the few queries the chart tests need, and the stage
 * they share.
 */
final class FxPixels {
    final int width;
    final int height;
    final int[] argb;

    private FxPixels(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** Shows {@code chart} alone in a 600 x 300 scene; returns it. */
    static <T extends ChartPane> T show(Stage stage, T chart) {
        stage.setScene(new Scene(new StackPane(chart), 600, 300));
        stage.sizeToScene(); // the stage is shared with earlier UI tests that sized it
        stage.show();
        return chart;
    }

    /** Shows snapshot {@code s} (null for none) on {@code chart} and snapshots its canvas. */
    static FxPixels rendered(ChartPane chart, Snapshot s) {
        return after(() -> chart.render(s), chart.canvas());
    }

    /** Runs {@code action} on the FX thread, then snapshots {@code node} there. */
    static FxPixels after(Runnable action, Node node) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                action.run();
                node.getScene().getRoot().applyCss();
                node.getScene().getRoot().layout();
                WritableImage img = node.snapshot(null, null);
                int w = (int) img.getWidth(), h = (int) img.getHeight();
                int[] px = new int[w * h];
                img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
                return new FxPixels(w, h, px);
            }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Pixels that differ from {@code other} (images of the same size). */
    int differences(FxPixels other) {
        int d = 0;
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] != other.argb[i]) {
                d++;
            }
        }
        return d;
    }

    /** Pixels in [x0, x1) x [y0, y1) within {@code tolerance} (per channel) of {@code c}. */
    int count(Color c, int tolerance, int x0, int y0, int x1, int y1) {
        int r = (int) Math.round(c.getRed() * 255), g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                int p = argb[y * width + x];
                if (Math.abs(((p >> 16) & 255) - r) <= tolerance && Math.abs(((p >> 8) & 255) - g) <= tolerance
                        && Math.abs((p & 255) - b) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels in the rectangle darker than mid-grey (text, mostly). */
    int dark(int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x1); x++) {
                int p = argb[y * width + x];
                if (((p >> 16) & 255) + ((p >> 8) & 255) + (p & 255) < 3 * 160) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Writes the pixels as a PNG (for looking at a chart; not used by assertions). */
    void write(File file) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        ImageIO.write(img, "png", file);
    }
}
