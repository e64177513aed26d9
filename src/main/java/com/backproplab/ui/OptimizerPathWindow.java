package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.training.OptimizerPaths;
import com.backproplab.training.PathSession;
import com.backproplab.training.PathSetup;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.Look;
import com.backproplab.ui.chart.PathChart;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * View › Optimizer paths: a window of its own in which GD, momentum, RMSprop and Adam train logistic regression on
 * two weights (bias fixed at 0) on the main window's training points, from one start, and their paths are drawn
 * live over the cost's contour lines ({@link PathChart}). Its controls: play, step, restart, the learning rate, the
 * pace, whether the inputs are standardized, and which paths show; a click on the plot starts all paths there. The
 * paths train on a thread of their own ({@link PathSession}); new points in the main window start them again.
 */
final class OptimizerPathWindow {
    /** Where the paths start until the user clicks elsewhere. */
    static final double START_W1 = -3, START_W2 = 3;
    private static final Double[] RATES = {0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0};
    private static final Double[] SPEEDS = {10.0, 30.0, 100.0, 300.0};
    private static final long LEGEND_NANOS = 250_000_000L;

    private final Supplier<Snapshot> latest;
    private final Supplier<Window> owner;
    private final PathSession session = new PathSession();
    private final PathChart chart = new PathChart();
    private final PathLegend legend = new PathLegend(chart);
    private final Button play = new Button("Play", new FontIcon("mdi2p-play"));
    private final Button step = new Button("Step", new FontIcon("mdi2s-step-forward"));
    private final Button restart = new Button("Restart", new FontIcon("mdi2r-restart"));
    private final ChoiceBox<Double> rate = new ChoiceBox<>();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final CheckBox normalize = new CheckBox("Normalize inputs");
    private final Label status = new Label();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long time) {
            pulse(time);
        }
    };
    private Stage stage;
    /** The main window's training points the paths were set up with. */
    private Dataset train;
    private double w1 = START_W1, w2 = START_W2;
    /** The main window's learning rate and normalization last followed, and whether they are being followed now. */
    private double mainRate = Double.NaN;
    private boolean mainNormalize;
    private boolean following;
    private long lastLegend;
    private long lastVersion = -1;

    private OptimizerPathWindow(Supplier<Snapshot> latest, Supplier<Window> owner) {
        this.latest = latest;
        this.owner = owner;
    }

    /**
     * Adds View › Optimizer paths… to {@code view}; the window opens from there, and closes (its trainer stopped) by
     * the runnable handed to {@code onClosing}.
     */
    static OptimizerPathWindow install(Menu view, Supplier<Snapshot> latest, Supplier<Window> owner,
                                       Consumer<Runnable> onClosing) {
        OptimizerPathWindow w = new OptimizerPathWindow(latest, owner);
        onClosing.accept(w::close);
        MenuItem item = new MenuItem("Optimizer paths\u2026");
        item.setId("optimizerPathsItem");
        item.setOnAction(e -> w.open());
        view.getItems().addAll(new SeparatorMenuItem(), item);
        return w;
    }

    /** Shows the window (built on first use) and starts the paths on the current points. */
    void open() {
        if (stage == null) {
            stage = build();
        }
        if (!stage.isShowing()) {
            stage.show();
            timer.start();
            setUp();
        }
        stage.toFront();
    }

    /** Closes the window and stops its trainer for good. */
    void close() {
        timer.stop();
        session.close();
        if (stage != null) {
            stage.close();
        }
    }

    private Stage build() {
        Stage s = new Stage();
        s.setTitle("Optimizer paths");
        Window main = owner.get();
        if (main != null) {
            s.initOwner(main);
        }
        rate.getItems().addAll(RATES);
        rate.setId("pathRate");
        rate.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : Forms.format(v);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text);
            }
        });
        follow(latest.get());
        speed.getItems().addAll(SPEEDS);
        speed.setValue(PathSession.DEFAULT_SPEED);
        speed.setId("pathSpeed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.0f steps/s", v);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace(" steps/s", ""));
            }
        });
        normalize.setId("pathNormalize");
        play.setId("pathPlay");
        step.setId("pathStep");
        restart.setId("pathRestart");
        play.setOnAction(e -> togglePlay());
        step.setOnAction(e -> session.step());
        restart.setOnAction(e -> setUp());
        rate.setOnAction(e -> {
            if (!following) {
                setUp();
            }
        });
        normalize.setOnAction(e -> setUp());
        speed.setOnAction(e -> session.speed(speed.getValue()));
        chart.onStart((a, b) -> {
            w1 = a;
            w2 = b;
            setUp();
        });
        HBox bar = new HBox(8, play, step, restart, new Label("Learning rate"), rate, speed, normalize, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        Label caption = new Label("Logistic regression \u0177 = \u03c3(w1 x1 + w2 x2) on the main window's training"
                + " points, the bias fixed at 0: every optimizer starts at the ring, with the same data, learning rate"
                + " and the main window's betas and \u03b5. Click the plot to start elsewhere. Without normalization"
                + " the contours stretch: no one learning rate suits both weights, while RMSprop and Adam scale each"
                + " weight's step.");
        caption.setWrapText(true);
        caption.setPadding(new Insets(4, 8, 8, 8));
        BorderPane root = new BorderPane(chart, bar, legend, caption, null);
        root.getStylesheets().add(Objects.requireNonNull(LabWindow.class.getResource("app.css")).toExternalForm());
        root.getStyleClass().add("lab-root");
        s.setScene(new Scene(root, 900, 660));
        s.setMinWidth(640);
        s.setMinHeight(480);
        s.setOnHidden(e -> {
            timer.stop();
            session.pause();
        });
        return s;
    }

    private void togglePlay() {
        OptimizerPaths p = session.latest();
        if (p != null && p.playing()) {
            session.pause();
        } else if (p != null && p.steps() >= maxSteps()) {
            setUp();
        } else {
            session.play();
        }
    }

    private static int maxSteps() {
        return PathSession.MAX_STEPS;
    }

    /** Sets the paths up on the main window's current training points and plays them. */
    private void setUp() {
        Snapshot s = latest.get();
        train = s.split().train();
        if (train.size() == 0 || train.isRegression()) {
            // Logistic regression needs two classes of points; a regression's values have no cross-entropy.
            status.setText(train.size() == 0 ? "No training points in the main window"
                    : "The paths need class labels: the main window's points are values");
            return;
        }
        session.setup(PathSetup.of(train, normalize.isSelected(), w1, w2,
                s.training().withLearningRate(rate.getValue())));
        session.speed(speed.getValue());
        session.play();
    }

    /** Takes the main window's style sheets (its theme) and draws the chart in the same theme. */
    private void followTheme() {
        Window main = owner.get();
        if (main == null || main.getScene() == null) {
            return;
        }
        List<String> sheets = main.getScene().getRoot().getStylesheets();
        ObservableList<String> mine = stage.getScene().getRoot().getStylesheets();
        if (!mine.equals(sheets)) {
            mine.setAll(sheets);
            chart.setLook(new Look(sheets.stream().anyMatch(x -> x.endsWith("dark.css")), 1));
        }
    }

    /**
     * Takes the main window's learning rate and normalization into the controls when they changed there (a lesson
     * step, the Training tab); true when they did.
     */
    private boolean follow(Snapshot s) {
        double r = s.training().learningRate();
        boolean n = s.dataSettings().normalize();
        if (r == mainRate && n == mainNormalize) {
            return false;
        }
        mainRate = r;
        mainNormalize = n;
        following = true;
        if (!rate.getItems().contains(r)) {
            rate.getItems().add(r);
            rate.getItems().sort(null);
        }
        rate.setValue(r);
        normalize.setSelected(n);
        following = false;
        return true;
    }

    /**
     * Each frame while the window shows: the main window's settings and points when they changed, the newest
     * paths, and the legend a few times a second.
     */
    private void pulse(long time) {
        followTheme();
        if (follow(latest.get())) {
            setUp();
        }
        Dataset now = latest.get().split().train();
        if (now != train) {
            if (now.equals(train)) {
                train = now; // the same points again (a reset of the main window): the paths go on
            } else {
                setUp();
            }
        }
        OptimizerPaths p = session.latest();
        if (p == null || p.version() == lastVersion) {
            return;
        }
        lastVersion = p.version();
        chart.render(p);
        boolean playing = p.playing();
        ((FontIcon) play.getGraphic()).setIconLiteral(playing ? "mdi2p-pause" : "mdi2p-play");
        play.setText(playing ? "Pause" : "Play");
        if (time - lastLegend >= LEGEND_NANOS || !playing) {
            lastLegend = time;
            status.setText("step " + p.steps() + " / " + maxSteps());
            legend.update(p);
        }
    }
}
