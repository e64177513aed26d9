package com.backproplab.ui;

import com.backproplab.engine.ConfigCheck;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Optimizer, learning rate, schedule, batch size and regularization, applied live: every committed edit builds a
 * {@link TrainingConfig}; a bad value is outlined, its sentence shown, and nothing is sent.
 */
final class TrainingControls extends VBox {
    private final Problems problems = new Problems("trainingError");
    private final ComboBox<OptimizerKind> optimizer =
            new ComboBox<>(FXCollections.observableArrayList(OptimizerKind.values()));
    private final TextField learningRate;
    private final Slider lrSlider = new Slider(-5, 1, -2);
    private final TextField beta, beta1, beta2, epsilon, scheduleParam, l2, l1, keepProb;
    private final TextField[] fields;
    /** The field of each key that {@link TrainingConfig}'s checks name. */
    private final Map<String, TextField> byKey;
    private final ComboBox<Schedule.Kind> schedule =
            new ComboBox<>(FXCollections.observableArrayList(Schedule.Kind.values()));
    private final Spinner<Integer> batch;
    private final CheckBox shuffle = new CheckBox("Shuffle every epoch");
    private final OptimizerRows optimizerRows;
    private final Label paramRow;
    private final Consumer<TrainingConfig> onChange;
    private boolean syncing;
    private boolean updating;

    TrainingControls(TrainingConfig initial, Consumer<TrainingConfig> onChange) {
        this.onChange = onChange;
        getStyleClass().add("section-body");
        setSpacing(8);
        optimizer.setId("optimizer");
        Forms.names(optimizer, OptimizerKind::label);
        optimizer.setValue(initial.optimizer());
        learningRate = Forms.numberField("learningRate", initial.learningRate());
        lrSlider.setId("learningRateSlider");
        lrSlider.setValue(Math.log10(initial.learningRate()));
        beta = Forms.numberField("beta", initial.beta());
        beta1 = Forms.numberField("beta1", initial.beta1());
        beta2 = Forms.numberField("beta2", initial.beta2());
        epsilon = Forms.numberField("epsilon", initial.epsilon());
        schedule.setId("schedule");
        Forms.names(schedule, ChoiceNames::of);
        schedule.setValue(initial.schedule().kind());
        scheduleParam = Forms.numberField("scheduleParam", paramOf(initial.schedule()));
        batch = NumberSpinners.whole("batchSize", "The batch size", 1, 4096, initial.batchSize(), 1, problems);
        shuffle.setId("shuffle");
        shuffle.setSelected(initial.shuffle());
        l2 = Forms.numberField("l2", initial.l2());
        l1 = Forms.numberField("l1", initial.l1());
        keepProb = Forms.numberField("keepProb", initial.keepProb());
        fields = new TextField[] {learningRate, beta, beta1, beta2, epsilon, scheduleParam, l2, l1, keepProb};
        byKey = Map.ofEntries(Map.entry("learningRate", learningRate), Map.entry("beta", beta),
                Map.entry("beta1", beta1), Map.entry("beta2", beta2), Map.entry("epsilon", epsilon),
                Map.entry("schedule.rate", scheduleParam), Map.entry("schedule.base", scheduleParam),
                Map.entry("schedule.k", scheduleParam), Map.entry("l2", l2), Map.entry("l1", l1),
                Map.entry("keepProb", keepProb));

        GridPane form = Forms.form();
        Forms.row(form, "Optimizer", optimizer, "The update rule.");
        Forms.row(form, "Learning rate", learningRate,
                "α0 before the schedule. Type a value (e.g. 0.003 or 3e-3) or drag the log slider below.");
        Label lrHint = new Label("log scale: 1e-5 … 10");
        lrHint.getStyleClass().add("hint");
        VBox lrBox = new VBox(0, lrSlider, lrHint);
        form.add(lrBox, 1, form.getRowCount());
        optimizerRows = new OptimizerRows(form, beta, beta1, beta2, epsilon);
        Forms.advanced(Forms.row(form, "LR schedule", schedule, "Learning-rate decay by completed epochs."));
        // Always shown (disabled for 'constant'): a row appearing under an open list would move the list.
        paramRow = Forms.advanced(Forms.row(form, "Decay rate", scheduleParam, "The schedule's parameter."));
        Forms.row(form, "Batch size B", batch, "Mini-batch size: 1 is SGD, ≥ m is batch gradient descent.");
        form.add(shuffle, 1, form.getRowCount());
        shuffle.getStyleClass().add(Forms.ADVANCED);
        Forms.row(form, "L2 λ", l2, "J += λ/(2m) Σ‖W‖². 0 = off.");
        Forms.row(form, "L1 λ₁", l1, "J += λ₁/m Σ|W|: pushes weights to exactly 0. 0 = off.");
        Forms.row(form, "keep_prob", keepProb, "Inverted dropout on hidden layers. 1 = off.");
        getChildren().addAll(form, problems.line());
        optimizerRows.show(initial.optimizer());
        showSchedule();

        optimizer.valueProperty().addListener((o, a, b) -> {
            // The rows change once the list has closed: reflowing under an open list moves it under the pointer.
            Forms.afterChoice(optimizer, () -> optimizerRows.show(optimizer.getValue()));
            changed();
        });
        schedule.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            scheduleParam.setText(Forms.format(defaultParam(b)));
            showSchedule();
            changed();
        });
        lrSlider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                double v = Math.pow(10, b.doubleValue());
                // Snap to 2-3 significant digits so the field shows a readable value.
                double mag = Math.pow(10, Math.floor(Math.log10(v)) - 1);
                learningRate.setText(Forms.format(Math.round(v / mag) * mag));
                changed();
            }
        });
        for (TextField f : fields) {
            f.setOnAction(e -> changed());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    changed();
                }
            });
        }
        batch.valueProperty().addListener((o, a, b) -> changed());
        shuffle.selectedProperty().addListener((o, a, b) -> changed());
    }

    private static double paramOf(Schedule s) {
        return switch (s.kind()) {
            case INVERSE_TIME -> s.rate();
            case EXPONENTIAL -> s.base();
            case INVERSE_SQRT -> s.k();
            case CONSTANT -> 0;
        };
    }

    private static double defaultParam(Schedule.Kind k) {
        return switch (k) {
            case INVERSE_TIME -> 1.0;
            case EXPONENTIAL -> 0.95;
            case INVERSE_SQRT -> 1.0;
            case CONSTANT -> 0;
        };
    }

    private void showSchedule() {
        Schedule.Kind k = schedule.getValue();
        scheduleParam.setDisable(k == Schedule.Kind.CONSTANT);
        paramRow.setText(switch (k) {
            case INVERSE_TIME -> "Decay rate";
            case EXPONENTIAL -> "Base";
            case INVERSE_SQRT -> "k";
            case CONSTANT -> "(no parameter)";
        });
    }

    /**
     * The configuration the controls show, or null when a field holds bad input: then every bad field is outlined
     * and the first one's sentence shows.
     */
    TrainingConfig config() {
        double lr = Forms.parse(learningRate, "The learning rate", problems);
        double b = Forms.parse(beta, "β", problems);
        double b1 = Forms.parse(beta1, "β1", problems);
        double b2 = Forms.parse(beta2, "β2", problems);
        double eps = Forms.parse(epsilon, "ε", problems);
        double p = Forms.parse(scheduleParam, "The schedule parameter", problems);
        double lambda = Forms.parse(l2, "L2 λ", problems);
        double lambda1 = Forms.parse(l1, "L1 λ₁", problems);
        double keep = Forms.parse(keepProb, "keep_prob", problems);
        for (TextField f : fields) {
            if (problems.has(f)) {
                return null;
            }
        }
        Schedule.Kind k = schedule.getValue();
        Schedule s = switch (k) {
            case CONSTANT -> Schedule.CONSTANT;
            case INVERSE_TIME -> new Schedule(k, p, 0.95, 1.0);
            case EXPONENTIAL -> new Schedule(k, 0.0, p, 1.0);
            case INVERSE_SQRT -> new Schedule(k, 0.0, 0.95, p);
        };
        try {
            return new TrainingConfig(optimizer.getValue(), lr, b, b1, b2, eps, batch.getValue(), shuffle.isSelected(),
                    lambda, keep, s, lambda1);
        } catch (ConfigCheck.Failure e) {
            ConfigCheck.Problem first = e.first();
            TextField f = byKey.getOrDefault(first.key(), learningRate);
            problems.set(f, Problems.notApplied(labelOf(f) + " " + first.text()));
            return null;
        }
    }

    private String labelOf(TextField f) {
        if (f == scheduleParam) {
            return "The schedule parameter";
        }
        return f == learningRate ? "The learning rate" : f == keepProb ? "keep_prob" : f == l2 ? "L2 λ"
                : f == l1 ? "L1 λ₁" : f == beta ? "β" : f == beta1 ? "β1" : f == beta2 ? "β2" : "ε";
    }

    /** The section's problems (for tests). */
    Problems problems() {
        return problems;
    }

    /**
     * Shows {@code c} (e.g. from an experiment file) without handing anything on: the caller sends the one
     * SetTraining itself.
     */
    void show(TrainingConfig c) {
        updating = true;
        try {
            optimizer.setValue(c.optimizer());
            learningRate.setText(exact(c.learningRate()));
            syncing = true;
            lrSlider.setValue(Math.log10(c.learningRate()));
            syncing = false;
            beta.setText(exact(c.beta()));
            beta1.setText(exact(c.beta1()));
            beta2.setText(exact(c.beta2()));
            epsilon.setText(exact(c.epsilon()));
            schedule.setValue(c.schedule().kind());
            scheduleParam.setText(exact(paramOf(c.schedule())));
            var b = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) batch.getValueFactory();
            b.setMax(Math.max(b.getMax(), c.batchSize()));
            b.setValue(c.batchSize());
            shuffle.setSelected(c.shuffle());
            l2.setText(exact(c.l2()));
            l1.setText(exact(c.l1()));
            keepProb.setText(exact(c.keepProb()));
            problems.clearAll();
            optimizerRows.show(c.optimizer());
            showSchedule();
        } finally {
            updating = false;
        }
    }

    /** The short text of a value when it reads back exactly, else Java's shortest round-trip text. */
    private static String exact(double v) {
        String f = Forms.format(v);
        return Double.parseDouble(f) == v ? f : Double.toString(v);
    }

    private void changed() {
        if (updating) {
            return;
        }
        TrainingConfig c = config();
        if (c == null) {
            return;
        }
        syncing = true;
        lrSlider.setValue(Math.log10(c.learningRate()));
        syncing = false;
        onChange.accept(c);
    }
}
