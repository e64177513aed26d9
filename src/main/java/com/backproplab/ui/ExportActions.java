package com.backproplab.ui;

import com.backproplab.data.AtomicWrite;
import com.backproplab.run.HistoryCsv;
import com.backproplab.training.History;
import com.backproplab.training.Snapshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * File › Export: a PNG of the canvas as the user sees it (heatmap, contour, axes and points, without the hover
 * readout), and the run's history as a CSV with the columns of {@code train --trace} ({@link HistoryCsv}). The
 * pixels and the history are taken on the FX thread at the moment of the export; encoding and writing happen off
 * it, atomically. Each returns a future of the problem in one sentence, or null.
 */
final class ExportActions {
    private final DataCanvas canvas;
    private final Supplier<Snapshot> latest;
    private final FileActions files;
    private final Document document;

    ExportActions(DataCanvas canvas, Supplier<Snapshot> latest, FileActions files, Document document) {
        this.canvas = canvas;
        this.latest = latest;
        this.files = files;
        this.document = document;
    }

    /** Asks where, then exports the picture. */
    void pngDialog() {
        Path p = files.dialogs().exportPng(baseName() + ".png");
        if (p != null) {
            png(p);
        }
    }

    /** Asks where, then exports the history. */
    void historyDialog() {
        Path p = files.dialogs().exportHistory(baseName() + "-history.csv");
        if (p != null) {
            history(p);
        }
    }

    /** Writes the canvas as drawn now to {@code file}. */
    CompletableFuture<String> png(Path file) {
        WritableImage img = canvas.picture();
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return files.tasks().run("Exporting " + file.getFileName() + "…", () -> {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            out.setRGB(0, 0, w, h, argb, 0, w);
            try (AtomicWrite a = AtomicWrite.begin(file)) {
                if (!ImageIO.write(out, "png", a.stream())) {
                    throw new IOException("no PNG encoder");
                }
                a.commit();
            }
            return null;
        }, (nothing, e) -> e != null ? files.notice("Could not export " + file + ": " + e.getMessage())
                : done("Exported the picture (" + w + " x " + h + " pixels) to " + file + "."));
    }

    /** Writes the history of the run so far to {@code file}. */
    CompletableFuture<String> history(Path file) {
        History h = latest.get().history();
        return files.tasks().run("Exporting " + file.getFileName() + "…", () -> HistoryCsv.write(file, h),
                (rows, e) -> e != null ? files.notice("Could not export " + file + ": " + e.getMessage())
                        : done("Exported " + rows + (rows == 1 ? " row" : " rows") + " of history to " + file
                        + (h.size() > 0 && h.step(h.size() - 1) - h.step(0) + 1 > rows
                        ? " (a long run keeps every step at first, then evenly fewer)." : ".")));
    }

    private String done(String sentence) {
        files.inform(sentence);
        return null;
    }

    /** The open file's name without its extension, or "backprop-lab". */
    private String baseName() {
        String n = document.name();
        if (n == null) {
            return "backprop-lab";
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
