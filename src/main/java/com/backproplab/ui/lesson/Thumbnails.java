package com.backproplab.ui.lesson;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Learner;
import com.backproplab.engine.Network;
import com.backproplab.io.BoundaryRenderer;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonStep;
import com.backproplab.run.PreparedExperiment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The gallery's pictures: each lesson's thumbnail step trained headless for its steps, then drawn as the command
 * line's render draws it (heatmap, contour, points), on a background thread of its own, one lesson at a time. Each
 * picture is made once per window.
 */
final class Thumbnails {
    /** Side of a thumbnail, in pixels. */
    static final int SIZE = 176;

    /** One thread, gone when idle, so pictures are made one after the other and never hold the app open. */
    private final ExecutorService worker = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "backprop-thumbnails");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
    /** Made or being made, by lesson file; touched on the FX thread only. */
    private final Map<Path, Image> images = new HashMap<>();

    /**
     * Hands {@code show} the lesson's picture on the FX thread: at once when made, else once it is (nothing when it
     * cannot be made: the card keeps its place holder). Call on the FX thread.
     */
    void request(LessonLibrary.Entry entry, Consumer<Image> show) {
        Image done = images.get(entry.file());
        if (done != null) {
            show.accept(done);
            return;
        }
        worker.execute(() -> {
            int[] argb;
            try {
                argb = render(entry);
            } catch (ExperimentException | RuntimeException e) {
                System.err.println("backprop-lab: no thumbnail for " + entry.file().getFileName() + ": " + e.getMessage());
                return;
            }
            Platform.runLater(() -> {
                WritableImage img = new WritableImage(SIZE, SIZE);
                img.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbInstance(), argb, 0, SIZE);
                images.put(entry.file(), img);
                show.accept(img);
            });
        });
    }

    /** The thumbnail's pixels (ARGB, row by row); blocking, off the FX thread. */
    static int[] render(LessonLibrary.Entry entry) throws ExperimentException {
        Lesson lesson = entry.lesson();
        LessonStep step = lesson.playable().get(lesson.thumbnailOrDefault().step() - 1);
        PreparedExperiment prepared = PreparedExperiment.of(entry.file(), step.experiment());
        Learner learner = prepared.newLearner();
        long steps = lesson.thumbnailSteps();
        for (long i = 0; i < steps && learner.divergedAt() < 0; i++) {
            learner.advance();
        }
        // A run that diverged has no boundary to draw: show its points on the untrained network instead.
        Network net = learner.network().isFinite() ? learner.network()
                : Network.initialize(step.experiment().network());
        PreparedData data = prepared.data();
        BufferedImage img = BoundaryRenderer.render(new BoundaryRenderer.Scene(net, data.inputs(),
                data.split().train(), data.split().dev(), null, null, null), SIZE);
        return img.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
    }
}
