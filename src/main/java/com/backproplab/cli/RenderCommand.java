package com.backproplab.cli;

import com.backproplab.data.PreparedData;
import com.backproplab.engine.Predictor;
import com.backproplab.data.Excerpt;
import com.backproplab.engine.StepStats;
import com.backproplab.io.BoundaryRenderer;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentException;
import com.backproplab.run.Args;
import com.backproplab.run.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** {@code render EXP.json --steps N --png FILE.png [--size 800]}: trains, then draws the decision boundary. */
final class RenderCommand {
    static final String USAGE = "usage: backprop-lab render EXP.json --steps N --png FILE.png [--size 800]";

    private RenderCommand() {
    }

    private static final Args.Spec ARGS = Args.spec("render", USAGE).withExperiment()
            .withOptions("--steps", "--png", "--size");

    static int run(String[] args, PrintStream out, PrintStream err) throws UsageException, ExperimentException {
        // Before any AWT class initializes: draw into images only, never open a display.
        System.setProperty("java.awt.headless", "true");
        Args a = ARGS.parse(args);
        long steps = a.whole("--steps", 0, Long.MAX_VALUE / 2);
        Path png = a.output("--png");
        if (png == null) {
            throw a.fail("missing --png FILE.png");
        }
        int size = (int) a.whole("--size", 800, BoundaryRenderer.MIN_SIZE, BoundaryRenderer.MAX_SIZE);
        Training run = Training.of(a.experiment());
        StepStats diverged;
        try {
            Progress progress = Progress.of(err, "render", steps);
            diverged = run.run(steps, progress::after);
            progress.finish();
        } catch (IOException e) {
            throw new IllegalStateException("no listener, no I/O", e);
        }
        if (diverged != null) {
            err.println(run.divergenceMessage("render", diverged));
            return Cli.DIVERGED;
        }
        BoundaryRenderer.Scene scene = scene(run);
        try {
            BoundaryRenderer.writePng(BoundaryRenderer.render(scene, size), png);
        } catch (IOException ex) {
            err.println("render: cannot write " + Excerpt.of(png.toString()) + ": " + Cli.describe(ex));
            return Cli.BAD_INPUT;
        }
        out.println("render: " + png + " (" + size + " x " + size + ", " + scene.footer().replaceAll(" +", " ") + ")");
        return Cli.OK;
    }

    /** What the PNG shows of the experiment as trained so far, with its step and accuracies as the footer. */
    static BoundaryRenderer.Scene scene(Training run) {
        Predictor.Evaluation tr = run.evaluateTrain();
        Predictor.Evaluation dv = run.evaluateDev();
        // Regression has no accuracy: the footer gives the costs instead.
        String footer = run.regression()
                ? String.format(Locale.ROOT, "step %d   train cost %.4g", run.learner.steps(), tr.cost())
                + (run.devSize() > 0 ? String.format(Locale.ROOT, "   dev cost %.4g", dv.cost()) : "")
                : String.format(Locale.ROOT, "step %d   train %.1f%%", run.learner.steps(), 100 * tr.accuracy())
                + (run.devSize() > 0 ? String.format(Locale.ROOT, "   dev %.1f%%", 100 * dv.accuracy()) : "");
        Experiment e = run.experiment();
        PreparedData data = run.prepared.data();
        return new BoundaryRenderer.Scene(run.learner.network(), data.inputs(),
                data.split().train(), data.split().dev(), e.title(), e.caption(), footer);
    }
}
