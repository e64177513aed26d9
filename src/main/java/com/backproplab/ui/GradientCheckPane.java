package com.backproplab.ui;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.GradientCheck;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainedState;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * The course's gradient check on the network being trained and its training points, from a button: a copy of the
 * weights comes from the trainer, the check runs on a thread of its own (the window and the training go on), and
 * the result shows the difference with its verdict and the thresholds, or at a stationary point why there is no
 * relative difference. The button cancels a check still running. Shown once a check is asked for.
 */
final class GradientCheckPane extends Label {
    /** Progress is shown at most this often. */
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Button button = new Button("Check gradients");
    private final Supplier<Snapshot> latest;
    private final Consumer<Command> send;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "backprop-gradcheck");
        t.setDaemon(true);
        return t;
    });
    /** The check running, or null; touched on the FX thread, read by the worker. */
    private volatile CheckRun running;

    /** {@code latest} gives the settings and points, {@code send} asks the trainer for its weights. */
    GradientCheckPane(Supplier<Snapshot> latest, Consumer<Command> send) {
        this.latest = latest;
        this.send = send;
        setId("gradientCheckResult");
        setWrapText(true);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setAlignment(Pos.TOP_LEFT);
        MetricsPane.reserveTwoLines(this);
        setTooltip(new Tooltip("Backprop's gradient against a two-sided numerical one (eps 1e-7) on every W and b,"
                + " on all training points, L2 included, dropout off: difference = ||approx - grad|| /"
                + " (||approx|| + ||grad||). Below 1e-7 is great, above 1e-5 likely a bug."));
        getTooltip().setWrapText(true);
        getTooltip().setMaxWidth(360);
        show(false);
        button.setId("gradientCheck");
        button.setTooltip(new Tooltip("Check backprop against a numerical gradient on the current weights"));
        button.setOnAction(e -> toggle());
    }

    /** The button that starts (or cancels) a check: the panel puts it in its title row. */
    Button button() {
        return button;
    }

    private void show(boolean on) {
        setVisible(on);
        setManaged(on);
    }

    private void toggle() {
        if (running != null) {
            running.cancelled = true;
            return;
        }
        Snapshot s = latest.get();
        show(true);
        if (s.dataProblem() != null) {
            report("Cannot check: " + s.dataProblem(), Verdict.NONE);
            return;
        }
        CheckRun run = new CheckRun();
        running = run;
        button.setText("Cancel check");
        report("Checking every weight against a numerical gradient…", Verdict.NONE);
        CompletableFuture<TrainedState> weights = new CompletableFuture<>();
        send.accept(new Command.Export(weights));
        weights.thenAcceptAsync(state -> check(run, state, s), worker).whenComplete((v, failure) -> {
            if (failure != null) {
                Platform.runLater(() -> finish(run, failure instanceof CancellationException
                        || failure.getCause() instanceof CancellationException ? "Check cancelled."
                        : "The check stopped: " + (failure.getCause() != null ? failure.getCause() : failure),
                        Verdict.NONE));
            }
        });
    }

    /** On the worker: the check itself, then its outcome on the FX thread. */
    private void check(CheckRun run, TrainedState state, Snapshot s) {
        DataSettings d = s.dataSettings();
        PreparedData data = PreparedData.of(s.data(), d.devFraction(), d.splitSeed(), d.normalize(),
                s.network().features());
        int points = data.trainLabels().length;
        GradientCheck.Result r = GradientCheck.check(state.network(), data.trainInputs(), data.trainLabels(),
                s.training().l2(), s.training().l1(), Integer.MAX_VALUE, (done, total) -> {
                    if (run.cancelled) {
                        throw new CancellationException();
                    }
                    long now = System.nanoTime();
                    if (now - run.shown >= PROGRESS_NANOS) {
                        run.shown = now;
                        String text = String.format(Locale.ROOT, "Checking %,d of %,d weights and biases on %,d"
                                + " points…", done, total, points);
                        Platform.runLater(() -> {
                            if (running == run) {
                                report(text, Verdict.NONE);
                            }
                        });
                    }
                });
        Platform.runLater(() -> finish(run, sentence(r, state.step()), Verdict.of(r)));
    }

    private void finish(CheckRun run, String text, Verdict v) {
        if (running == run) {
            running = null;
            button.setText("Check gradients");
            report(text, v);
        }
    }

    private void report(String text, Verdict v) {
        setText(text);
        setStyle("-fx-text-fill: " + v.colour + ";");
    }

    /** The result in plain words, with the step of the weights checked. */
    static String sentence(GradientCheck.Result r, long step) {
        String at = String.format(Locale.ROOT, "Step %,d: ", step);
        if (r.stationary()) {
            return at + String.format(Locale.ROOT, "every gradient is about zero (a stationary point), so the"
                    + " relative difference is undefined; absolute difference %.1e. Train a few steps or use"
                    + " random init, then check again.", r.absolute());
        }
        String verdict = r.difference() < GradientCheck.GREAT ? "great, backprop is right"
                : r.difference() > GradientCheck.SUSPICIOUS ? "likely a bug in backprop"
                : "borderline, check again with care";
        return at + String.format(Locale.ROOT, "difference %.1e, %s (below 1e-7 is great, above 1e-5 likely a"
                + " bug).", r.difference(), verdict);
    }

    /** How the result reads, and its colour. */
    private enum Verdict {
        NONE("#374151"), GREAT("#1b7f3b"), BORDERLINE("#8a4b00"), BUG("#b3261e");

        final String colour;

        Verdict(String colour) {
            this.colour = colour;
        }

        static Verdict of(GradientCheck.Result r) {
            if (r.stationary()) {
                return NONE;
            }
            return r.difference() < GradientCheck.GREAT ? GREAT
                    : r.difference() > GradientCheck.SUSPICIOUS ? BUG : BORDERLINE;
        }
    }

    /** One check: whether it was cancelled, and when its progress was last shown. */
    private static final class CheckRun {
        volatile boolean cancelled;
        volatile long shown = System.nanoTime();
    }
}
