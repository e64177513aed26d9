package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Backprop Lab window in a stage of its own at a given size, for the window tests: it waits for snapshots, finds
 * nodes, lays the scene out, and on close asserts that nothing was thrown on the FX thread.
 */
final class OpenWindow implements AutoCloseable {
    static final int TIMEOUT_S = 6;
    /** Opening a window (a training session, a first grid, CSS) on a busy machine. */
    static final int OPEN_TIMEOUT_S = 30;

    final LabWindow window;
    final Stage stage;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private double marker = 4321.5;

    private OpenWindow(LabWindow window, Stage stage) {
        this.window = window;
        this.stage = stage;
    }

    /** Opens the default window at {@code width} x {@code height}. */
    static OpenWindow at(int width, int height) {
        return on(() -> {
            Stage stage = new Stage();
            LabWindow w = new LabWindow();
            w.install(stage);
            stage.setWidth(width);
            stage.setHeight(height);
            OpenWindow o = new OpenWindow(w, stage);
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> o.fxErrors.add(e));
            stage.show();
            return o;
        });
    }

    /** Runs {@code action} on the FX thread and waits for it and for the events it caused. */
    static <T> T on(java.util.concurrent.Callable<T> action) {
        try {
            T t = WaitForAsyncUtils.asyncFx(action).get(OPEN_TIMEOUT_S, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return t;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Runs {@code action} on the FX thread, then lets the scene lay itself out. */
    void run(Runnable action) {
        on(() -> {
            action.run();
            return null;
        });
        layout();
    }

    /** CSS and layout now, as the next pulse would do them. */
    void layout() {
        on(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T node(String id) {
        Node n = stage.getScene().getRoot().lookup("#" + id);
        assertNotNull(n, "#" + id);
        return (T) n;
    }

    /** Shows the side panel's tab {@code title}. */
    void tab(String title) {
        TabPane side = window.side();
        run(() -> side.getSelectionModel().select(side.getTabs().stream().filter(t -> t.getText().equals(title))
                .findFirst().orElseThrow()));
    }

    Snapshot latest() {
        return window.session().latest();
    }

    /** Waits for a snapshot that matches {@code p}. */
    Snapshot await(Predicate<Snapshot> p) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> p.test(latest()));
        } catch (TimeoutException e) {
            throw new AssertionError("no snapshot matched in " + TIMEOUT_S + " s; latest: step " + latest().step()
                    + ", playing " + latest().playing() + ", points " + latest().data().size());
        }
        return latest();
    }

    /**
     * Sends a marker through the trainer's queue and waits for the snapshot that shows it: every command sent
     * before has been handled then, so the snapshot proves what they did, or did not do.
     */
    Snapshot settle() {
        double m = marker++;
        run(() -> window.session().send(new Command.SetSpeed(m)));
        return await(s -> s.stepsPerSecond() == m);
    }

    @Override
    public void close() {
        try {
            WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
            WaitForAsyncUtils.asyncFx(stage::close).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }
}
