package com.backproplab.ui;

import com.backproplab.data.DataFormatException;
import com.backproplab.data.Dataset;
import com.backproplab.data.DatasetCsv;
import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentData;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.ExperimentJson;
import com.backproplab.io.Parameters;
import com.backproplab.training.Command;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainedState;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import com.backproplab.ui.chart.GradientChart;
import com.backproplab.ui.chart.LossChart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Backprop Lab window: owns the training session, the views and the one {@link AnimationTimer} that reads the
 * latest snapshot each pulse. Keeps the authoritative point set and its undo stack; every edit becomes a command.
 */
public final class LabWindow {
    /** Cells per side of the decision-boundary grid. */
    public static final int GRID_RESOLUTION = 128;
    /** Datasets kept for Ctrl+Z. */
    public static final int UNDO_LIMIT = 100;
    /** Least time between chart redraws while training plays. */
    private static final long CHART_INTERVAL_NANOS = 50_000_000L;
    private long lastChartRender;
    /** Training speed of a new window: slow enough to watch the boundary move during a lecture. */
    public static final double DEFAULT_STEPS_PER_SECOND = 300;
    static final String TITLE = "Backprop Lab";

    /** Called on every animation pulse (used by the performance report). */
    public interface FrameHook {
        void frame(long now, Snapshot latest);
    }

    private final TrainingSession session;
    private final BorderPane root = new BorderPane();
    private final DataCanvas canvas;
    private final TransportBar transport = new TransportBar();
    private final MetricsPane metrics = new MetricsPane();
    private final LossChart lossChart = new LossChart();
    private final GradientChart gradientChart = new GradientChart();
    private final NetworkView networkView = new NetworkView();
    private final TabPane perLayerTabs = new TabPane();
    private final Banner divergenceBanner = new Banner("divergenceBanner", "banner-error", "mdi2a-alert");
    private final Banner dataBanner = new Banner("dataProblemBanner", "banner-warn", "mdi2a-alert-circle-outline");
    private final Banner noticeBanner = new Banner("noticeBanner", "banner-error", "mdi2f-file-alert-outline");
    private final ToggleButton eraser = new ToggleButton("Eraser", new FontIcon("mdi2e-eraser"));
    private final Button undoButton = new Button("Undo", new FontIcon("mdi2u-undo"));
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(TITLE);
    private final Text captionTitle = new Text();
    private final Text captionBody = new Text();
    private final TextFlow caption = new TextFlow(captionTitle, captionBody);
    private final DataControls dataControls;
    private final NetworkControls networkControls;
    private final TrainingControls trainingControls;
    private final Deque<Dataset> undo = new ArrayDeque<>();
    private final long[] frameTimes = new long[60];
    private final AnimationTimer timer;

    private Dataset data;
    /** The last Play (true) or Pause (false) sent, and the snapshot version it was sent against. */
    private Boolean requestedPlay;
    private long requestedAtVersion;
    private Dataset pendingUndo;
    private NetworkConfig sentNetwork;
    private TrainingConfig sentTraining;
    private DataSettings sentSettings;
    private double sentSpeed = Double.POSITIVE_INFINITY;
    private long lastVersion = -1;
    private int frameIndex;
    private long lastPulse;
    private long lastOverlay;
    private FrameHook frameHook;
    private Stage stage;
    private boolean closed;
    /** Title and caption of the experiment last opened, written again on save; null when none or replaced. */
    private String experimentTitle, experimentCaption;
    /** Where the last file chooser ended up; the next one starts there. */
    private final FileDialogs dialogs = new FileDialogs(() -> stage);

    /** The default window: two spirals, 2 x 8 tanh, Xavier, Adam, paused. */
    public LabWindow() {
        this(NetworkConfig.defaults(), TrainingConfig.defaults(), Preset.SPIRAL.generate(400, 0.2, 1));
    }

    public LabWindow(NetworkConfig network, TrainingConfig training, Dataset initial) {
        this.data = initial;
        this.sentNetwork = network;
        this.sentTraining = training;
        this.sentSettings = DataSettings.defaults();
        session = new TrainingSession(network, training, sentSettings, initial, Viewport.defaults(), GRID_RESOLUTION);
        canvas = new DataCanvas(new DataCanvas.Editor() {
            @Override
            public void beginEdit() {
                pendingUndo = data;
            }

            @Override
            public Dataset data() {
                return data;
            }

            @Override
            public void setData(Dataset d) {
                if (pendingUndo != null) {
                    pushUndo(pendingUndo);
                    pendingUndo = null;
                }
                applyData(d);
            }
        });
        dataControls = new DataControls(Preset.SPIRAL, 400, 0.2, sentSettings, dataActions());
        networkControls = new NetworkControls(network, this::setNetwork);
        trainingControls = new TrainingControls(training, this::setTraining);
        buildLayout();
        showSpeed(DEFAULT_STEPS_PER_SECOND);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        session.start();
        timer.start();
    }

    // ---- layout ------------------------------------------------------------------------------------------------

    private DataControls.Actions dataActions() {
        return new DataControls.Actions() {
            @Override
            public void generate(Preset preset, int count, double noise, long seed) {
                generatePreset(preset, count, noise, seed);
            }

            @Override
            public void loadCsv() {
                dialogs.openCsv(LabWindow.this::loadCsv);
            }

            @Override
            public void saveCsv() {
                dialogs.saveCsv(LabWindow.this::saveCsv);
            }

            @Override
            public void dataSettings(DataSettings s) {
                if (!s.equals(sentSettings)) {
                    sentSettings = s;
                    session.send(new Command.SetDataSettings(s));
                }
            }
        };
    }

    private void buildLayout() {
        root.getStyleClass().add("lab-root");
        root.getStylesheets().add(Objects.requireNonNull(LabWindow.class.getResource("app.css")).toExternalForm());

        transport.play.setOnAction(e -> togglePlay());
        transport.step.setOnAction(e -> step());
        transport.reset.setOnAction(e -> reset());
        transport.speed.valueProperty().addListener((o, a, b) -> setSpeed(TransportBar.stepsPerSecond(b.doubleValue())));
        divergenceBanner.action("bannerReset", "Reset", "mdi2r-restart", this::reset);
        dataBanner.action("dataBannerUndo", "Undo", "mdi2u-undo", this::undo);
        noticeBanner.action("noticeClose", null, "mdi2c-close", () -> noticeBanner.show(null));
        VBox top = new VBox(transport);
        top.getStyleClass().add("top-area");
        root.setTop(top);

        ExperimentControls experiment = new ExperimentControls(() -> dialogs.openExperiment(this::openExperiment),
                () -> dialogs.saveExperiment(this::saveExperiment));
        VBox sections = new VBox(section("Experiment", "mdi2f-file-document-outline", experiment),
                section("Data", "mdi2s-scatter-plot", dataControls),
                section("Network", "mdi2g-graph-outline", networkControls),
                section("Training", "mdi2t-tune-vertical", trainingControls));
        sections.getStyleClass().add("sections");
        ScrollPane side = new ScrollPane(sections);
        side.setId("sidePanel");
        side.getStyleClass().add("side-panel");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setPrefWidth(312);
        side.setMinWidth(260);
        root.setLeft(side);

        eraser.setId("eraser");
        eraser.setTooltip(Forms.tip("Eraser: press and drag to remove points (E)"));
        eraser.selectedProperty().addListener((o, a, b) -> canvas.setEraser(b));
        undoButton.setId("undo");
        undoButton.setTooltip(Forms.tip("Undo the last change of the points (Ctrl+Z)"));
        undoButton.setOnAction(e -> undo());
        undoButton.setDisable(true);
        Button clear = new Button("Clear", new FontIcon("mdi2d-delete-sweep"));
        clear.setId("clear");
        clear.setTooltip(Forms.tip("Remove all points (Ctrl+Z brings them back)"));
        clear.setOnAction(e -> clear());
        HBox tools = new HBox(6, eraser, undoButton, clear, legend());
        tools.getStyleClass().add("canvas-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Click: add a blue point (class 1)   ·   Right-click or Shift+click: orange (class 0)"
                + "   ·   Drag: paint");
        hint.setId("canvasHint");
        hint.getStyleClass().add("hint");
        caption.setId("experimentCaption");
        caption.getStyleClass().add("experiment-caption");
        captionTitle.getStyleClass().add("experiment-caption-title");
        captionBody.getStyleClass().add("experiment-caption-text");
        caption.setMinHeight(Region.USE_PREF_SIZE);
        showCaption(null, null);
        // Banners float over the top of the canvas (mostly its margin above the square plot) instead of pushing it
        // down: a banner that appears mid-stroke must not move the points under the pointer.
        VBox banners = new VBox(4, divergenceBanner, dataBanner, noticeBanner);
        banners.setPickOnBounds(false);
        banners.setMaxHeight(Region.USE_PREF_SIZE);
        banners.setPadding(new Insets(4, 8, 0, 8));
        StackPane plotArea = new StackPane(canvas, banners);
        StackPane.setAlignment(banners, Pos.TOP_CENTER);
        VBox.setVgrow(plotArea, Priority.ALWAYS);
        VBox centre = new VBox(4, tools, caption, plotArea, hint);
        centre.getStyleClass().add("centre");
        root.setCenter(centre);

        lossChart.setId("lossChart");
        gradientChart.setId("gradientChart");
        // The charts carry their own title line (with their options), so their cards add none.
        // Gradients and the network graph share a card: both read per layer.
        Tab gradientsTab = new Tab("Gradients", gradientChart);
        Tab networkTab = new Tab("Network", networkView);
        gradientsTab.setClosable(false);
        networkTab.setClosable(false);
        perLayerTabs.getTabs().addAll(gradientsTab, networkTab);
        perLayerTabs.setId("perLayerTabs");
        perLayerTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == networkTab) {
                networkView.render(session.latest());
            }
        });
        VBox right = new VBox(8, card("Progress", metrics), card(null, lossChart), card(null, perLayerTabs));
        VBox.setVgrow(right.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(right.getChildren().get(2), Priority.ALWAYS);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(gradientChart, Priority.ALWAYS);
        right.getStyleClass().add("right-panel");
        right.setPrefWidth(380);
        right.setMinWidth(280);
        root.setRight(right);
    }

    private static TitledPane section(String title, String icon, Region body) {
        TitledPane p = new TitledPane(title, body);
        p.setGraphic(new FontIcon(icon));
        p.setId("section" + title);
        p.setExpanded(true);
        return p;
    }

    private static VBox card(String title, Region body) {
        VBox v = new VBox(4, body);
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add("card-title");
            v.getChildren().add(0, t);
        }
        v.getStyleClass().add("card");
        return v;
    }

    private static HBox legend() {
        Circle c1 = new Circle(5);
        c1.getStyleClass().add("legend-class1");
        Circle c0 = new Circle(5);
        c0.getStyleClass().add("legend-class0");
        Circle dev = new Circle(4.5);
        dev.getStyleClass().add("legend-dev");
        Line l = new Line(0, 0, 16, 0);
        l.getStyleClass().add("legend-line");
        HBox h = new HBox(6, new Region(), c1, new Label("class 1"), c0, new Label("class 0"), dev,
                new Label("dev (hollow)"), l, new Label("P = 0.5"));
        HBox.setHgrow(h.getChildren().get(0), Priority.ALWAYS);
        h.setAlignment(Pos.CENTER_RIGHT);
        h.getStyleClass().add("legend");
        HBox.setHgrow(h, Priority.ALWAYS);
        return h;
    }

    /** Puts the window into a stage: scene, title, shortcuts, and closing the session with the window. */
    public Scene install(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 1280, 800);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.titleProperty().bind(title);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> close());
        return scene;
    }

    /**
     * Shortcuts that work wherever the focus is, except that typing into a text field keeps its keys (Space, S, R,
     * arrows, Ctrl+Z go to the field there).
     */
    private void key(KeyEvent e) {
        Object focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        KeyCode k = e.getCode();
        if (k == KeyCode.F3) {
            toggleFpsOverlay();
        } else if (e.isShortcutDown() && !e.isAltDown()) {
            if (k == KeyCode.Z && !typing) {
                undo();
            } else if (k == KeyCode.O && e.isShiftDown()) {
                dialogs.openExperiment(this::openExperiment);
            } else if (k == KeyCode.S && e.isShiftDown()) {
                dialogs.saveExperiment(this::saveExperiment);
            } else if (k == KeyCode.O) {
                dialogs.openCsv(this::loadCsv);
            } else if (k == KeyCode.S) {
                dialogs.saveCsv(this::saveCsv);
            } else {
                return;
            }
        } else if (typing || e.isAltDown() || e.isShortcutDown()) {
            return;
        } else if (k == KeyCode.SPACE) {
            togglePlay();
        } else if (k == KeyCode.S || k == KeyCode.RIGHT) {
            step();
        } else if (k == KeyCode.R) {
            reset();
        } else if (k == KeyCode.E) {
            eraser.setSelected(!eraser.isSelected());
        } else {
            return;
        }
        e.consume();
    }

    // ---- the frame loop ----------------------------------------------------------------------------------------

    private void pulse(long now) {
        if (lastPulse != 0) {
            frameTimes[frameIndex++ % frameTimes.length] = now - lastPulse;
        }
        lastPulse = now;
        Snapshot s = session.latest();
        if (frameHook != null) {
            frameHook.frame(now, s);
        }
        if (canvas.fpsOverlay().isVisible() && now - lastOverlay > 250_000_000L) {
            lastOverlay = now;
            canvas.fpsOverlay().setText(String.format(Locale.ROOT, "%.0f fps   %,.0f steps/s", fps(),
                    s.playing() ? s.measuredStepsPerSecond() : 0.0));
        }
        if (s.version() == lastVersion) {
            return;
        }
        lastVersion = s.version();
        transport.update(s);
        canvas.render(s);
        metrics.update(s);
        // Charts move slowly at full speed: 20 redraws a second are enough and leave the frame budget to the heatmap.
        if (!s.playing() || now - lastChartRender >= CHART_INTERVAL_NANOS) {
            lastChartRender = now;
            lossChart.render(s);
            gradientChart.render(s);
            if (networkView.isVisible() && perLayerTabs.getSelectionModel().getSelectedIndex() == 1) {
                networkView.render(s);
            }
        }
        divergenceBanner.show(s.divergence() == null ? null : s.divergence().message());
        dataBanner.show(s.dataProblem());
    }

    /** Frames per second over the last 60 pulses. */
    double fps() {
        int n = Math.min(frameIndex, frameTimes.length);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += frameTimes[i];
        }
        return n == 0 || sum == 0 ? 0 : n * 1e9 / sum;
    }

    private void toggleFpsOverlay() {
        Label l = canvas.fpsOverlay();
        l.setVisible(!l.isVisible());
        l.setText(String.format(Locale.ROOT, "%.0f fps", fps()));
        canvas.requestLayout();
    }

    // ---- transport ---------------------------------------------------------------------------------------------

    /** Play when paused, pause when playing (Space). */
    public void togglePlay() {
        Snapshot s = session.latest();
        // Two presses within one publication must toggle twice: until the trainer has answered, the last request
        // stands for the state.
        boolean playingNow = requestedPlay != null && s.version() <= requestedAtVersion ? requestedPlay : s.playing();
        requestedPlay = !playingNow;
        requestedAtVersion = s.version();
        session.send(requestedPlay ? new Command.Play() : new Command.Pause());
    }

    /** One step (S or Right arrow); pauses first. */
    public void step() {
        session.send(new Command.StepOnce());
    }

    /** Re-initializes the weights (R); clears a divergence. */
    public void reset() {
        session.send(new Command.Reset());
    }

    /** Moves the speed slider to {@code stepsPerSecond} (infinite = max); the slider sends the speed. */
    void showSpeed(double stepsPerSecond) {
        transport.speed.setValue(TransportBar.position(stepsPerSecond));
        setSpeed(TransportBar.stepsPerSecond(transport.speed.getValue()));
    }

    private void setSpeed(double stepsPerSecond) {
        if (stepsPerSecond != sentSpeed) {
            sentSpeed = stepsPerSecond;
            session.send(new Command.SetSpeed(stepsPerSecond));
        }
    }

    private void setNetwork(NetworkConfig c) {
        if (!c.equals(sentNetwork)) {
            sentNetwork = c;
            session.send(new Command.SetNetwork(c));
        }
    }

    private void setTraining(TrainingConfig c) {
        if (!c.equals(sentTraining)) {
            sentTraining = c;
            session.send(new Command.SetTraining(c));
        }
    }

    // ---- data --------------------------------------------------------------------------------------------------

    /** The points as the window holds them (the trainer receives every change). */
    public Dataset data() {
        return data;
    }

    private void applyData(Dataset d) {
        data = d;
        session.send(new Command.SetData(d));
    }

    private void pushUndo(Dataset d) {
        undo.push(d);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        undoButton.setDisable(false);
    }

    /** Replaces all points, keeping the old ones for undo. */
    public void replaceData(Dataset d) {
        pendingUndo = null;
        if (!d.equals(data)) {
            pushUndo(data);
            applyData(d);
        }
    }

    /** Ctrl+Z: the points as they were before the last change. */
    public void undo() {
        Dataset d = undo.poll();
        if (d != null) {
            applyData(d);
        }
        undoButton.setDisable(undo.isEmpty());
    }

    /** Removes every point (undoable). */
    public void clear() {
        replaceData(Dataset.empty());
    }

    private void generatePreset(Preset p, int count, double noise, long seed) {
        replaceData(p.generate(count, noise, seed));
        setViewport(Viewport.defaults());
        setFile(null);
        showCaption(null, null);
    }

    private void setViewport(Viewport v) {
        if (!v.equals(canvas.viewport())) {
            canvas.setViewport(v);
            session.send(new Command.SetViewport(v));
        }
    }

    private void setFile(String name) {
        title.set(name == null ? TITLE : TITLE + " — " + name);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /**
     * Loads points from a CSV file. On success they replace the current ones (undoable) and the view fits them; on
     * failure the current points stay and the message (file and line) is shown. Returns the message, or null.
     */
    public String loadCsv(Path file) {
        try {
            Dataset d = DatasetCsv.read(file);
            replaceData(d);
            setViewport(Viewport.around(d));
            setFile(file.getFileName().toString());
            showCaption(null, null);
            dataControls.showLoaded();
            noticeBanner.show(null);
            return null;
        } catch (DataFormatException e) {
            return notice("Could not load the points: " + e.getMessage() + ". Your current points are unchanged.");
        } catch (IOException | RuntimeException e) {
            return notice("Could not read " + file + ": " + e.getMessage() + ". Your current points are unchanged.");
        }
    }

    /** Saves the points as CSV; returns the error message, or null. */
    public String saveCsv(Path file) {
        try {
            DatasetCsv.write(file, data);
            setFile(file.getFileName().toString());
            noticeBanner.show(null);
            return null;
        } catch (IOException | RuntimeException e) {
            return notice("Could not save " + file + ": " + e.getMessage());
        }
    }

    // ---- experiment files --------------------------------------------------------------------------------------

    /**
     * Opens an experiment file. It is read and checked completely first: on any problem its one-line message shows
     * in the file banner and nothing changes. On success every control shows the experiment, the trainer gets one
     * command per part (network, training, data settings, points, then the saved parameters if any), the previous
     * points go on the undo stack, the view fits the points and training is paused. Returns the message, or null.
     */
    public String openExperiment(Path file) {
        OpenedExperiment opened;
        try {
            opened = OpenedExperiment.read(file);
        } catch (ExperimentException e) {
            return notice("Could not open the experiment: " + e.getMessage() + ". Nothing was changed.");
        } catch (RuntimeException e) {
            return notice("Could not open " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
        Experiment x = opened.experiment();
        session.send(new Command.Pause());
        networkControls.show(x.network());
        trainingControls.show(x.training());
        dataControls.show(opened.settings());
        dataControls.showLoaded();
        sentNetwork = x.network();
        sentTraining = x.training();
        sentSettings = opened.settings();
        session.send(new Command.SetNetwork(sentNetwork));
        session.send(new Command.SetTraining(sentTraining));
        session.send(new Command.SetDataSettings(sentSettings));
        pendingUndo = null;
        if (!opened.points().equals(data)) {
            pushUndo(data);
        }
        applyData(opened.points());
        Parameters p = opened.parameters();
        if (p != null) {
            session.send(new Command.LoadParameters(opened.network(), p.optimizerState(), p.step(), p.epoch(),
                    p.position()));
        }
        setViewport(Viewport.around(opened.points()));
        setFile(file.getFileName().toString());
        showCaption(x.title(), x.caption());
        noticeBanner.show(null);
        return null;
    }

    /**
     * Saves the current network and training settings, the trained weights with the optimizer state and progress,
     * the points (inline, so the file stands alone), the data settings and the title and caption of the experiment
     * last opened. The weights come from the trainer (an {@link Command.Export}); the file is written off the FX
     * thread. The future completes with the error message, or null, after the window has shown the outcome.
     */
    public CompletableFuture<String> saveExperiment(Path file) {
        Experiment base = currentExperiment();
        CompletableFuture<TrainedState> state = new CompletableFuture<>();
        session.send(new Command.Export(state));
        CompletableFuture<String> done = new CompletableFuture<>();
        state.orTimeout(10, TimeUnit.SECONDS).thenApplyAsync(t -> {
            try {
                if (!t.network().isFinite() || (t.optimizerState() != null && !t.optimizerState().isFinite())) {
                    // NaN or infinite weights after a divergence would make a file that cannot be opened again.
                    ExperimentJson.write(file, base);
                    return "Saved " + file.getFileName() + " without the weights: they are not finite after the"
                            + " divergence, so the file starts from the initialization.";
                }
                Parameters p = Parameters.of(t.network(), t.optimizerState(), t.step(), t.epoch(), t.position());
                ExperimentJson.write(file, base.withParameters(p));
                return (String) null;
            } catch (IOException | RuntimeException e) {
                return "Could not save " + file + ": " + e.getMessage();
            }
        }).exceptionally(e -> "Could not save " + file + ": the trainer did not answer (" + e.getMessage() + ")")
                .thenAccept(message -> Platform.runLater(() -> {
                    if (message == null) {
                        setFile(file.getFileName().toString());
                        noticeBanner.show(null);
                    } else {
                        notice(message);
                    }
                    done.complete(message);
                }));
        return done;
    }

    /** The experiment the window shows, without the weights (they live on the training thread). */
    Experiment currentExperiment() {
        ExperimentData d = new ExperimentData(null, data, sentSettings.devFraction(), sentSettings.splitSeed(),
                sentSettings.normalize());
        return new Experiment(Experiment.VERSION, experimentTitle, experimentCaption, sentNetwork, sentTraining, d,
                null);
    }

    /** Shows the experiment's title and caption above the points; hidden when both are absent. */
    private void showCaption(String t, String c) {
        experimentTitle = blankToNull(t);
        experimentCaption = blankToNull(c);
        captionTitle.setText(experimentTitle == null ? "" : experimentTitle);
        captionBody.setText(experimentCaption == null ? ""
                : experimentTitle == null ? experimentCaption : "   " + experimentCaption);
        boolean show = experimentTitle != null || experimentCaption != null;
        caption.setVisible(show);
        caption.setManaged(show);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The caption line above the points (empty when no experiment title or caption is shown). */
    String captionText() {
        return caption.isVisible() ? captionTitle.getText() + captionBody.getText() : "";
    }

    private String notice(String m) {
        noticeBanner.show(m);
        return m;
    }

    // ---- access for the app, the perf report and tests -------------------------------------------------------

    public Parent root() {
        return root;
    }

    public TrainingSession session() {
        return session;
    }

    public DataCanvas canvas() {
        return canvas;
    }

    public void setFrameHook(FrameHook hook) {
        this.frameHook = hook;
    }

    /** Stops the timer and the training thread (idempotent). */
    public void close() {
        if (!closed) {
            closed = true;
            timer.stop();
            session.close();
        }
    }
}
