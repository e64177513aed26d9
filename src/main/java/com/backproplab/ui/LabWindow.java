package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.DataSettings;
import com.backproplab.training.Snapshot;
import com.backproplab.training.TrainingSession;
import com.backproplab.training.Viewport;
import com.backproplab.ui.chart.GhostRuns;
import com.backproplab.ui.lesson.Lessons;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Backprop Lab window. It starts the training session and wires the views (menu and transport bars, the side
 * panel of controls, the canvas area and the charts beside it in a split) to the models and actions (points with
 * their undo stack, the commands sent to the trainer, file actions, shortcuts, theme and presenter mode) and to
 * the frame loop that draws each new snapshot.
 */
public final class LabWindow {
    /** Cells per side of the decision-boundary grid. */
    public static final int GRID_RESOLUTION = 256;
    /** Training speed of a new window: slow enough to watch the boundary move during a lecture. */
    public static final double DEFAULT_STEPS_PER_SECOND = 300;
    /** The canvas's share of the width beside the charts (the split's divider can move it). */
    static final double CANVAS_SHARE = 0.6;
    /** The points of a new window (and of File › New): this preset, count and noise, seed 1. */
    static final Preset DEFAULT_PRESET = Preset.SPIRAL;
    static final int DEFAULT_POINTS = 400;
    static final double DEFAULT_NOISE = 0.2;

    /** Called on every animation pulse (used by the performance report). */
    public interface FrameHook {
        void frame(long now, Snapshot latest);
    }

    private final TrainingSession session;
    private final Document document;
    private final SessionCommands commands;
    private final PointsModel points;
    private final DataCanvas canvas;
    private final CanvasArea centre;
    private final ProgressPanel progress;
    private final SessionLoader loader;
    private final FileActions files;
    private final SidePanel side;
    private final FileCommands fileCommands;
    private final RecentMenu recent;
    private final ExportActions exports;
    private final Lessons lessons;
    private final FrameLoop frames;
    private final Appearance appearance;
    private final CompareMode compare;
    private final TransportBar transport = new TransportBar();
    private final AppMenuBar menus = new AppMenuBar();
    private final BorderPane root = new BorderPane();
    private final List<Runnable> closing = new ArrayList<>();
    private Stage stage;
    private CompletableFuture<Void> closed;

    /** The default window: two spirals, 2 x 8 tanh, Xavier, Adam, paused. */
    public LabWindow() {
        this(NetworkConfig.defaults(), TrainingConfig.defaults(), defaultPoints());
    }

    public LabWindow(NetworkConfig network, TrainingConfig training, Dataset initial) {
        DataSettings settings = DataSettings.defaults();
        session = new TrainingSession(network, training, settings, initial, Viewport.defaults(), GRID_RESOLUTION);
        document = new Document(session::latest);
        commands = new SessionCommands(session::latest, c -> {
            // A command may start a new run: its ghost keeps every published step, not only those a frame showed.
            ghosts().observe(session.latest());
            document.sent(c);
            session.send(c);
        }, network, training, settings, Viewport.defaults());
        points = new PointsModel(initial, commands::data, commands::reset);
        canvas = new DataCanvas(points);
        centre = new CanvasArea(canvas, points, commands::reset);
        progress = new ProgressPanel(session::latest, session::send, commands::send, centre::beside);
        loader = new SessionLoader(commands, points, canvas, centre.caption, document);
        files = new FileActions(commands, points, loader, centre, document, () -> stage);
        side = new SidePanel(network, training, settings, commands, files, points.dataProperty());
        loader.showSettingsIn(side);
        fileCommands = new FileCommands(files, loader, document, new UnsavedPrompt(() -> stage), () -> stage);
        recent = new RecentMenu(fileCommands::open);
        files.onExperimentFile(recent::add);
        exports = new ExportActions(canvas, session::latest, files, document);
        FileMenu.fill(menus.file(), fileCommands, files, exports, recent);
        new FileDrop(fileCommands::open, files::loadCsv).install(root);

        transport.play.setOnAction(e -> commands.togglePlay());
        transport.step.setOnAction(e -> commands.step());
        transport.reset.setOnAction(e -> commands.reset());
        transport.speed.valueProperty().addListener((o, a, b) ->
                commands.speed(TransportBar.stepsPerSecond(b.doubleValue())));
        lessons = new Lessons(menus.lessons(), new LessonWindowHost(files, commands, this::showSpeed, session::latest,
                centre.noticeBanner, () -> stage));
        // A lesson step's run stays on the charts as an earlier run, labelled with the step's title.
        lessons.player().addListener((lesson, index, step, left) -> {
            if (left != null) {
                progress.ghosts().keep(left.label(), left.history());
            }
        });
        VBox top = new VBox(menus, transport, lessons.bar());
        top.getStyleClass().add("top-area");
        // The canvas and the charts share the width in a split: both grow with the window, a drag gives either more room.
        SplitPane main = new SplitPane(centre, progress);
        main.setId("mainSplit");
        main.getStyleClass().add("main-split");
        SteadySplit.keep(main, CANVAS_SHARE);
        root.getStyleClass().add("lab-root");
        root.getStylesheets().add(Objects.requireNonNull(LabWindow.class.getResource("app.css")).toExternalForm());
        root.setTop(top);
        root.setLeft(side);
        root.setCenter(main);
        showSpeed(DEFAULT_STEPS_PER_SECOND);

        frames = new FrameLoop(session::latest, session::frameShown, canvas, (s, chartsDue) -> {
            transport.update(s);
            centre.render(s);
            // Compare mode takes the progress panel out of the window: its charts wait until it is back.
            progress.render(s, chartsDue && progress.getScene() != null);
            document.update();
            lessons.render(s);
        }, transport::showRate);
        appearance = new Appearance(root, side.forms(), canvas, progress, () -> stage);
        appearance.controlsProperty().addListener((o, was, is) -> root.setLeft(is ? side : null));
        ViewMenu.fill(menus.view(), appearance, frames::toggleOverlay, frames::overlayShown);
        HelpMenu.fill(menus, () -> stage);
        compare = new CompareMode(root, session, commands, points, canvas, centre);
        compare.install(menus.view(), transport);
        OptimizerPathWindow.install(menus.view(), session::latest, () -> stage, closing::add);
        session.start();
        frames.start();
    }

    /** The points of a new window. */
    static Dataset defaultPoints() {
        return DEFAULT_PRESET.generate(DEFAULT_POINTS, DEFAULT_NOISE, 1);
    }

    /**
     * Puts the window into a stage sized to the screen's visual bounds: scene, title, shortcuts, and closing the
     * session with the window. The scene is laid out and drawn once before it is returned, so the window shows its
     * first frame at once instead of a blank one.
     */
    public Scene install(Stage stage) {
        this.stage = stage;
        Scene scene = WindowStage.scene(root);
        new Shortcuts(new WindowKeys(commands, points, frames, centre, appearance)).install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(document.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(fileCommands::closeRequested);
        WindowStage.fit(stage);
        appearance.watch(stage);
        stage.setOnHidden(e -> close());
        // The keys of the canvas (Space, arrows) work from the start.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> canvas.requestFocus());
        WindowStage.drawFirstFrame(scene, () -> frames.pulse(System.nanoTime()));
        return scene;
    }

    /** Takes the theme from the user's preferences and remembers a change there. */
    void usePreferences(Preferences p) {
        appearance.use(p);
    }

    /** Moves the speed slider to {@code stepsPerSecond} (infinite = max); the slider sends the speed. */
    void showSpeed(double stepsPerSecond) {
        transport.speed.setValue(TransportBar.position(stepsPerSecond));
        commands.speed(TransportBar.stepsPerSecond(transport.speed.getValue()));
    }

    /**
     * Opens an experiment file off the FX thread; the future completes with the problem in one sentence, or null,
     * once the window shows the outcome.
     */
    public CompletableFuture<String> openExperiment(Path file) {
        return files.openExperiment(file);
    }

    /** The window's title: the open file's name, with {@code *} before it while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return document.titleProperty();
    }

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
        frames.setFrameHook(hook);
    }

    /** Runs {@code r} when the window starts closing, while the trainer still answers (the last autosave). */
    void onClosing(Runnable r) {
        closing.add(r);
    }

    /** The earlier runs kept on the charts (a lesson step keeps its run with {@link GhostRuns#keep(String)}). */
    public GhostRuns ghosts() {
        return progress.ghosts();
    }

    // ---- the models and actions, for tests ---------------------------------------------------------------------

    PointsModel points() {
        return points;
    }

    SessionCommands commands() {
        return commands;
    }

    FileActions files() {
        return files;
    }

    FrameLoop frames() {
        return frames;
    }

    Document document() {
        return document;
    }

    SessionLoader loader() {
        return loader;
    }

    FileCommands fileCommands() {
        return fileCommands;
    }

    RecentMenu recent() {
        return recent;
    }

    ExportActions exports() {
        return exports;
    }

    AppMenuBar menus() {
        return menus;
    }

    Appearance appearance() {
        return appearance;
    }

    SidePanel side() {
        return side;
    }

    CompareMode compare() {
        return compare;
    }

    /** The Lessons menu, gallery and player. */
    public Lessons lessons() {
        return lessons;
    }

    /**
     * Stops the frame loop at once, runs the closing hooks; then, off the FX thread, lets files being written finish
     * and stops the training thread. Idempotent; the future completes when the session has stopped.
     */
    public CompletableFuture<Void> close() {
        if (closed == null) {
            compare.close();
            frames.stop();
            closing.forEach(Runnable::run);
            closed = files.close(session::close);
        }
        return closed;
    }
}
