package com.backproplab.ui;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.engine.Vectors;
import com.backproplab.run.Args;
import com.backproplab.run.AutosaveStore;
import com.backproplab.run.ConfigFolder;
import com.backproplab.run.UsageException;
import com.backproplab.training.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The Backprop Lab window, training at {@link LabWindow#DEFAULT_STEPS_PER_SECOND} until the speed slider moves. It
 * starts on the last session, kept in the config folder ({@link Autosave}); {@code open EXP.json} (or
 * {@code --open EXP.json}) opens an experiment instead, paused. {@code --perf-report FILE
 * [--perf-seconds N]} opens a 6 x 8 tanh network on the default data, trains at full speed for N seconds (10 by
 * default), writes frame and training figures to FILE and exits; with {@code --perf-compare} it does so in compare
 * mode, the same network training on both sides; with {@code --perf-network}, with the Network tab open.
 */
public final class App extends Application {
    /** System property: seconds between autosave checks instead of 30 (tests use a short one). */
    static final String AUTOSAVE_PROPERTY = "backproplab.autosaveSeconds";
    /** How long after the window shows the kernels' vector bodies are turned on. */
    private static final Duration VECTORS_AFTER = Duration.seconds(2);
    private LabWindow window;
    private Preferences preferences = Preferences.inMemory();
    /** The user's preferences, being read while the toolkit starts ({@link #readPreferencesAhead}), or null. */
    private static volatile CompletableFuture<Preferences> preferencesAhead;

    /**
     * Starts reading the user's preferences on a thread of its own, to be called just before the toolkit starts:
     * the JSON library's first use costs a tenth of a second at start-up, which then overlaps the toolkit's own.
     */
    public static void readPreferencesAhead() {
        preferencesAhead = CompletableFuture.supplyAsync(() -> Preferences.load(Preferences.userFile()));
    }

    @Override
    public void init() {
        // Read off the FX thread (it does no file I/O): ahead, or here on the launcher thread.
        CompletableFuture<Preferences> ahead = preferencesAhead;
        preferences = ahead != null ? ahead.join() : Preferences.load(Preferences.userFile());
    }

    /**
     * The window's command line, and the launcher's own flags.
     *
     * @param open the experiment to open, or null
     * @param perfReport where to write the performance report, or null for a normal session
     * @param perfSeconds how long the performance report measures
     * @param perfCompare whether the performance report runs in compare mode (both sides at full speed)
     * @param perfNetwork whether the performance report runs with the Network tab open (the per-unit heatmaps)
     * @param version whether {@code --version} was given (the launcher prints the version, no window)
     * @param startupReport whether the hidden {@code --startup-report} was given: print the time from the process's
     *     start to the first painted frame, then exit (how README's start-up time is measured)
     */
    public record Options(Path open, Path perfReport, double perfSeconds, boolean perfCompare, boolean version,
                          boolean startupReport, boolean perfNetwork) {
        /** The launcher's usage line. */
        public static final String USAGE = "usage: backprop-lab [open EXP.json | --open EXP.json]"
                + " [--perf-report FILE.json [--perf-seconds N] [--perf-compare] [--perf-network]] | COMMAND ... | --help"
                + " | --version";
        private static final Args.Spec OPEN = Args.spec("open", USAGE).withExperiment();
        private static final Args.Spec WINDOW = Args.spec("backprop-lab", USAGE)
                .withOptions("--open", "--perf-report", "--perf-seconds")
                .withFlags("--perf-compare", "--perf-network", "--version", "--startup-report");

        /** Reads the window's arguments: {@code open EXP.json}, or options. */
        public static Options parse(List<String> args) throws UsageException {
            if (!args.isEmpty() && args.get(0).equals("open")) {
                return new Options(OPEN.parse(args.subList(1, args.size())).experiment(), null, 0, false, false, false,
                        false);
            }
            Args a = WINDOW.parse(args);
            Path report = a.output("--perf-report");
            for (String flag : List.of("--perf-compare", "--perf-network")) {
                if (report == null && a.flag(flag)) {
                    throw a.fail(flag + " needs --perf-report FILE.json");
                }
            }
            if (a.flag("--perf-compare") && a.flag("--perf-network")) {
                throw a.fail("--perf-compare and --perf-network measure different things: give one of them");
            }
            return new Options(a.path("--open"), report, a.positive("--perf-seconds", 10), a.flag("--perf-compare"),
                    a.flag("--version"), a.flag("--startup-report"), a.flag("--perf-network"));
        }
    }

    @Override
    public void start(Stage stage) {
        AppIcon.images(); // decoded off the FX thread while it builds the window
        Options options;
        try {
            options = Options.parse(getParameters().getRaw());
        } catch (UsageException e) {
            // The launcher checks the arguments before it starts the toolkit; this is for other launchers.
            e.print(System.err);
            Platform.exit();
            return;
        }
        if (options.perfReport() == null) {
            window = new LabWindow();
        } else {
            NetworkConfig net = NetworkConfig.defaults().withHidden(List.of(8, 8, 8, 8, 8, 8));
            window = new LabWindow(net, TrainingConfig.defaults(), Preset.SPIRAL.generate(400, 0.2, 1));
        }
        // The first seconds without the kernels' vector bodies (same bits, see engine/Vectors.java): interpreted,
        // the Vector API allocates at every operation and took CPU from the first frame.
        Vectors.setEnabled(false);
        window.usePreferences(preferences);
        window.install(stage);
        AppIcon.install(stage);
        stage.show();
        PauseTransition vectorsOn = new PauseTransition(VECTORS_AFTER);
        vectorsOn.setOnFinished(e -> Vectors.setEnabled(true));
        vectorsOn.play();
        if (options.startupReport()) {
            StartupReport.install(stage.getScene(), System.out);
        }
        if (options.perfReport() == null && !options.startupReport()) {
            // The session is kept in the config folder; a file named on the command line opens instead of it.
            Autosave.attach(window, AutosaveStore.in(ConfigFolder.forThisUser()), autosaveInterval(),
                    options.open() == null);
        }
        if (options.open() != null) {
            // A bad file shows its one-line message in the window, which then keeps its defaults.
            window.openExperiment(options.open().toAbsolutePath());
        }
        if (options.perfReport() != null) {
            if (options.perfCompare()) {
                window.compare().activeProperty().set(true);
            }
            if (options.perfNetwork()) {
                PerfReport.openNetworkTab(window.root());
            }
            PerfReport report = new PerfReport(options.perfReport(), options.perfSeconds(), window);
            window.setFrameHook(report);
            PerfViews.open(window);
            // The window opens at a lecture speed; the report measures full speed (the slider shows "max").
            window.showSpeed(Double.POSITIVE_INFINITY);
            window.session().send(new Command.Play());
            if (options.perfCompare()) {
                window.compare().follow(new Command.Play());
            }
        }
    }

    /** Seconds between autosave checks: {@value #AUTOSAVE_PROPERTY} (for tests), else 30. */
    private static Duration autosaveInterval() {
        try {
            double s = Double.parseDouble(System.getProperty(AUTOSAVE_PROPERTY, ""));
            return s > 0 ? Duration.seconds(s) : Autosave.DEFAULT_INTERVAL;
        } catch (NumberFormatException e) {
            return Autosave.DEFAULT_INTERVAL;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
