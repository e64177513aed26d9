package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.data.RegressionPreset;
import com.backproplab.engine.Problem;
import com.backproplab.training.DataSettings;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The problem (classification or regression), presets (with point count and noise), CSV load/save, the dev fraction
 * and input normalization.
 */
final class DataControls extends VBox {
    /** What the data controls ask of the window. */
    interface Actions {
        /** New points drawn from a preset. */
        void generate(Dataset points);

        void openCsvDialog();

        void saveCsvDialog();

        void dataSettings(DataSettings settings);
    }

    private final Problems problems = new Problems("dataError");
    private final ComboBox<Problem> problem = new ComboBox<>(FXCollections.observableArrayList(Problem.values()));
    private final PresetBox preset;
    private Consumer<Problem> onProblem = p -> { };
    private final Spinner<Integer> count;
    private final Slider noise = new Slider(0, 1, 0.2);
    private final Label noiseValue = new Label();
    private final Spinner<Double> devFraction;
    private final CheckBox normalize = new CheckBox("Normalize inputs (μ, σ of train)");
    private final Actions actions;
    private final ObservableValue<Dataset> points;
    private long seed = 1;
    private long splitSeed;
    /** The preset's point count, shown again when a preset replaces loaded points. */
    private int presetCount;
    private boolean updating;
    /** The preset box's text when the points came from a file. */
    static final String LOADED = "(loaded points)";

    /** {@code points} are the points on the canvas: loaded ones show their count here. */
    DataControls(Object initial, int initialCount, double initialNoise, DataSettings settings, Actions actions,
                 ObservableValue<Dataset> points) {
        this.actions = actions;
        this.points = points;
        this.presetCount = initialCount;
        this.splitSeed = settings.splitSeed();
        getStyleClass().add("section-body");
        setSpacing(8);
        preset = new PresetBox(initial);
        problem.setId("problem");
        Forms.names(problem, p -> p == Problem.REGRESSION ? "Regression (a value)" : "Classification (2 classes)");
        problem.setValue(Problem.CLASSIFICATION);
        count = NumberSpinners.whole("pointCount", "Points", 10, 2000, initialCount, 50, problems);
        noise.setId("noise");
        noise.setValue(initialNoise);
        noise.setMinWidth(40);
        noiseValue.setId("noiseValue");
        noiseValue.getStyleClass().add("value-label");
        Forms.steadyWidth(noiseValue, "0.00");
        showNoise();
        HBox noiseBox = new HBox(6, noise, noiseValue);
        HBox.setHgrow(noise, Priority.ALWAYS);
        Button resample = new Button("New sample", new FontIcon("mdi2d-dice-multiple"));
        resample.setId("resample");
        resample.setTooltip(Forms.tip("Draw the preset again with another seed."));
        resample.disableProperty().bind(preset.valueProperty().isNull());

        GridPane form = Forms.form();
        Forms.row(form, "Problem", problem, "Classes 0 and 1 (sigmoid output, cross-entropy), or a real value per"
                + " point (linear output, squared error).");
        Forms.row(form, "Preset", preset, "Replaces the points (Ctrl+Z brings them back).");
        Forms.row(form, "Points", count, "How many points the preset draws.");
        Forms.row(form, "Noise", noiseBox, null);
        noise.setTooltip(Forms.tip("Spread of the points around the clean shape."));
        form.add(resample, 1, form.getRowCount());

        Button load = new Button("Open CSV…", new FontIcon("mdi2f-folder-open"));
        load.setId("loadCsv");
        load.setTooltip(Forms.tip("Load points from x1,x2,label (or x1,x2,y: regression) CSV (Ctrl+O)."));
        Button save = new Button("Save CSV…", new FontIcon("mdi2c-content-save"));
        save.setId("saveCsv");
        save.setTooltip(Forms.tip("Save the points as x1,x2,label (or x1,x2,y) CSV (Ctrl+S)."));
        load.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        // Side by side when they fit, one under the other in a narrow panel: never cut to "Open…".
        FlowPane files = new FlowPane(6, 6, load, save);

        devFraction = NumberSpinners.decimal("devFraction", "The dev fraction", 0, 0.9, settings.devFraction(), 0.05,
                problems);
        normalize.setId("normalize");
        normalize.setSelected(settings.normalize());
        GridPane form2 = Forms.form();

        Forms.advanced(Forms.row(form2, "Dev fraction", devFraction,
                "Share of points held out as the dev set (drawn hollow)."));
        form2.add(normalize, 0, form2.getRowCount(), 2, 1);
        normalize.setTooltip(Forms.tip("Standardize x1, x2 with the training set's mean and deviation."));
        normalize.getStyleClass().add(Forms.ADVANCED);

        getChildren().addAll(form, files, form2, problems.line());

        problem.valueProperty().addListener((o, a, b) -> {
            if (b != null && !updating) {
                Forms.afterChoice(problem, () -> switchProblem(b));
            }
        });
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != null && !updating) {
                presetAgain();
            }
            regenerate();
        });
        count.valueProperty().addListener((o, a, b) -> {
            if (preset.getValue() != null && !updating) {
                presetCount = b;
            }
            regenerate();
        });
        noise.valueProperty().addListener((o, a, b) -> showNoise());
        points.addListener((o, a, b) -> {
            if (preset.getValue() == null) {
                showCount(b.size());
            }
        });
        noise.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                regenerate();
            }
        });
        noise.valueProperty().addListener((o, a, b) -> {
            if (!noise.isValueChanging()) {
                regenerate();
            }
        });
        resample.setOnAction(e -> {
            seed++;
            regenerate();
        });
        load.setOnAction(e -> actions.openCsvDialog());
        save.setOnAction(e -> actions.saveCsvDialog());
        devFraction.valueProperty().addListener((o, a, b) -> sendSettings());
        normalize.selectedProperty().addListener((o, a, b) -> sendSettings());
    }

    private void regenerate() {
        if (preset.getValue() != null && !updating) {
            actions.generate(preset.generate(count.getValue(), noise.getValue(), seed));
        }
    }

    /** Told when the user switches the problem, before the new problem's first preset is drawn. */
    void onProblem(Consumer<Problem> c) {
        onProblem = c;
    }

    /** The user chose another problem: the network's output follows, and a preset of that problem replaces the points. */
    private void switchProblem(Problem p) {
        if (p == preset.problem()) {
            return;
        }
        onProblem.accept(p);
        updating = true;
        try {
            preset.problem(p);
        } finally {
            updating = false;
        }
        preset.setValue(p == Problem.REGRESSION ? RegressionPreset.BUMP : com.backproplab.data.Preset.CIRCLE);
    }

    /** Shows {@code p} (an opened experiment's) without handing anything on. */
    void showProblem(Problem p) {
        updating = true;
        try {
            problem.setValue(p);
            preset.problem(p);
        } finally {
            updating = false;
        }
    }

    private void sendSettings() {
        if (!updating) {
            actions.dataSettings(new DataSettings(devFraction.getValue(), splitSeed, normalize.isSelected()));
        }
    }

    /**
     * Says that the points came from a file, not from the preset (without drawing anything): Points shows how many
     * there are and Noise, unknown for a file, shows a dash; neither draws anything until a preset is chosen.
     */
    void showLoaded() {
        updating = true;
        try {
            preset.setValue(null);
            count.setDisable(true);
            noise.setDisable(true);
            showNoise();
            showCount(points.getValue().size());
        } finally {
            updating = false;
        }
    }

    /** A preset was chosen after loaded points: its count and noise apply again. */
    private void presetAgain() {
        count.setDisable(false);
        noise.setDisable(false);
        showCount(presetCount);
        showNoise();
    }

    /** Shows {@code n} in Points (widening its range for a file's count) without drawing anything. */
    private void showCount(int n) {
        boolean was = updating;
        updating = true;
        try {
            var f = (SpinnerValueFactory.IntegerSpinnerValueFactory) count.getValueFactory();
            f.setMin(Math.min(f.getMin(), n));
            f.setMax(Math.max(f.getMax(), n));
            f.setValue(n);
        } finally {
            updating = was;
        }
    }

    private void showNoise() {
        noiseValue.setText(noise.isDisabled() ? "–" : String.format(java.util.Locale.ROOT, "%.2f", noise.getValue()));
    }

    /** The section's problems (for tests). */
    Problems problems() {
        return problems;
    }

    /** Shows {@code p} with its count and noise as the points' source (a new session), without drawing anything. */
    void showPreset(Object p, int pointCount, double pointNoise) {
        updating = true;
        try {
            Problem kind = p instanceof RegressionPreset ? Problem.REGRESSION : Problem.CLASSIFICATION;
            problem.setValue(kind);
            preset.problem(kind);
            preset.setValue(p);
            presetCount = pointCount;
            presetAgain();
            noise.setValue(pointNoise);
            seed = 1;
        } finally {
            updating = false;
        }
    }

    /** The preset box's text (for tests). */
    String presetText() {
        return preset.getValue() == null ? LOADED : PresetBox.name(preset.getValue());
    }

    /** Shows {@code s} (e.g. from an experiment file) without handing it on: the caller sends it itself. */
    void show(DataSettings s) {
        updating = true;
        try {
            NumberSpinners.show(devFraction, s.devFraction());
            normalize.setSelected(s.normalize());
            splitSeed = s.splitSeed();
            problems.clear(devFraction);
        } finally {
            updating = false;
        }
    }
}
