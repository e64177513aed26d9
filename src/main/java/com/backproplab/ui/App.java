package com.backproplab.ui;

import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.data.Preset;
import com.backproplab.training.Command;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Backprop Lab window, training at {@link LabWindow#DEFAULT_STEPS_PER_SECOND} until the speed slider moves.
 * Options: {@code --perf-report FILE [--perf-seconds N]} opens a 6 x 8 tanh network on the default data, trains at
 * full speed for N seconds (10 by default), writes frame and training figures to FILE and exits.
 */
public final class App extends Application {
    private LabWindow window;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path perfFile = null;
        Path open = null;
        double perfSeconds = 10;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--perf-report") && i + 1 < args.size()) {
                perfFile = Path.of(args.get(++i));
            } else if (a.equals("--open") && i + 1 < args.size()) {
                open = Path.of(args.get(++i));
            } else if (a.equals("--perf-seconds") && i + 1 < args.size()) {
                perfSeconds = Double.parseDouble(args.get(++i));
            } else {
                System.err.println("Unknown option " + a
                        + " (expected --open EXP.json or --perf-report FILE [--perf-seconds N])");
            }
        }
        if (perfFile == null) {
            window = new LabWindow();
        } else {
            NetworkConfig net = NetworkConfig.defaults().withHidden(List.of(8, 8, 8, 8, 8, 8));
            window = new LabWindow(net, TrainingConfig.defaults(), Preset.SPIRAL.generate(400, 0.2, 1));
        }
        window.install(stage);
        stage.show();
        if (open != null) {
            // A bad file shows its one-line message in the window, which then keeps its defaults.
            window.openExperiment(open.toAbsolutePath());
        }
        if (perfFile != null) {
            PerfReport report = new PerfReport(perfFile, perfSeconds, window);
            window.setFrameHook(report);
            // The window opens at a lecture speed; the report measures full speed (the slider shows "max").
            window.showSpeed(Double.POSITIVE_INFINITY);
            window.session().send(new Command.Play());
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
