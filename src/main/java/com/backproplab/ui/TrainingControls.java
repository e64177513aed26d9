package com.backproplab.ui;

import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
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
 * {@link TrainingConfig}; an invalid one shows its sentence and is not sent.
 */
final class TrainingControls extends VBox {
    private final ComboBox<OptimizerKind> optimizer =
            new ComboBox<>(FXCollections.observableArrayList(OptimizerKind.values()));
    private final TextField learningRate;
    private final Slider lrSlider = new Slider(-5, 1, -2);
    private final TextField beta, beta1, beta2, epsilon, scheduleParam, l2, keepProb;
    private final ComboBox<Schedule.Kind> schedule =
            new ComboBox<>(FXCollections.observableArrayList(Schedule.Kind.values()));
    private final Spinner<Integer> batch;
    private final CheckBox shuffle = new CheckBox("Shuffle every epoch");
    private final Label betaRow, beta1Row, beta2Row, epsRow, paramRow;
    private final Label error = new Label();
    private final Consumer<TrainingConfig> onChange;
    private boolean syncing;
    private boolean updating;

    TrainingControls(TrainingConfig initial, Consumer<TrainingConfig> onChange) {
        this.onChange = onChange;
        getStyleClass().add("section-body");
        setSpacing(8);
        optimizer.setId("optimizer");
        optimizer.setConverter(Forms.converter(OptimizerKind::label));
        optimizer.setValue(initial.optimizer());
        learningRate = Forms.numberField("learningRate", initial.learningRate());
        lrSlider.setId("learningRateSlider");
        lrSlider.setValue(Math.log10(initial.learningRate()));
        beta = Forms.numberField("beta", initial.beta());
        beta1 = Forms.numberField("beta1", initial.beta1());
        beta2 = Forms.numberField("beta2", initial.beta2());
        epsilon = Forms.numberField("epsilon", initial.epsilon());
        schedule.setId("schedule");
        schedule.setConverter(Forms.converter(k -> switch (k) {
            case CONSTANT -> "constant";
            case INVERSE_TIME -> "α0 / (1 + rate·epoch)";
            case EXPONENTIAL -> "base^epoch · α0";
            case INVERSE_SQRT -> "k / √(epoch+1) · α0";
        }));
        schedule.setValue(initial.schedule().kind());
        scheduleParam = Forms.numberField("scheduleParam", paramOf(initial.schedule()));
        batch = Forms.intSpinner("batchSize", 1, 4096, initial.batchSize(), 1);
        shuffle.setId("shuffle");
        shuffle.setSelected(initial.shuffle());
        l2 = Forms.numberField("l2", initial.l2());
        keepProb = Forms.numberField("keepProb", initial.keepProb());

        GridPane form = Forms.form();
        Forms.row(form, "Optimizer", optimizer, "The update rule.");
        Forms.row(form, "Learning rate", learningRate,
                "α0 before the schedule. Type a value (e.g. 0.003 or 3e-3) or drag the log slider below.");
        Label lrHint = new Label("log scale: 1e-5 … 10");
        lrHint.getStyleClass().add("hint");
        VBox lrBox = new VBox(0, lrSlider, lrHint);
        form.add(lrBox, 1, form.getRowCount());
        betaRow = Forms.row(form, "β (momentum)", beta, "v = β v + (1-β) dW. Usually 0.9.");
        beta1Row = Forms.row(form, "β1", beta1, "Adam's first-moment decay. Usually 0.9.");
        beta2Row = Forms.row(form, "β2", beta2, "Second-moment decay of RMSprop and Adam. Usually 0.999.");
        epsRow = Forms.row(form, "ε", epsilon, "Added to √s to avoid division by 0. Usually 1e-8.");
        Forms.row(form, "LR schedule", schedule, "Learning-rate decay by completed epochs.");
        paramRow = Forms.row(form, "Decay rate", scheduleParam, null);
        Forms.row(form, "Batch size B", batch, "Mini-batch size: 1 is SGD, ≥ m is batch gradient descent.");
        form.add(shuffle, 1, form.getRowCount());
        Forms.row(form, "L2 λ", l2, "J += λ/(2m) Σ‖W‖². 0 = off.");
        Forms.row(form, "keep_prob", keepProb, "Inverted dropout on hidden layers. 1 = off.");
        error.getStyleClass().add("error-text");
        error.setId("trainingError");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        getChildren().addAll(form, error);
        showRelevant();

        optimizer.valueProperty().addListener((o, a, b) -> {
            showRelevant();
            changed();
        });
        schedule.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            scheduleParam.setText(Forms.format(defaultParam(b)));
            showRelevant();
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
        for (TextField f : new TextField[] {learningRate, beta, beta1, beta2, epsilon, scheduleParam, l2, keepProb}) {
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

    private void showRelevant() {
        OptimizerKind o = optimizer.getValue();
        Forms.showRow(betaRow, o == OptimizerKind.MOMENTUM);
        Forms.showRow(beta1Row, o == OptimizerKind.ADAM);
        Forms.showRow(beta2Row, o == OptimizerKind.ADAM || o == OptimizerKind.RMSPROP);
        Forms.showRow(epsRow, o == OptimizerKind.ADAM || o == OptimizerKind.RMSPROP);
        Schedule.Kind k = schedule.getValue();
        Forms.showRow(paramRow, k != Schedule.Kind.CONSTANT);
        paramRow.setText(switch (k) {
            case INVERSE_TIME -> "Decay rate";
            case EXPONENTIAL -> "Base";
            case INVERSE_SQRT -> "k";
            case CONSTANT -> "";
        });
    }

    /** The configuration the controls show; IllegalArgumentException with a sentence when it is invalid. */
    TrainingConfig config() {
        for (TextField f : new TextField[] {learningRate, beta, beta1, beta2, epsilon, scheduleParam, l2, keepProb}) {
            f.getStyleClass().remove("invalid");
        }
        double lr = Forms.parse(learningRate, "the learning rate");
        double b = Forms.parse(beta, "β");
        double b1 = Forms.parse(beta1, "β1");
        double b2 = Forms.parse(beta2, "β2");
        double eps = Forms.parse(epsilon, "ε");
        double p = Forms.parse(scheduleParam, "the schedule parameter");
        double lambda = Forms.parse(l2, "L2 λ");
        double keep = Forms.parse(keepProb, "keep_prob");
        Schedule.Kind k = schedule.getValue();
        Schedule s = switch (k) {
            case CONSTANT -> Schedule.CONSTANT;
            case INVERSE_TIME -> new Schedule(k, p, 0.95, 1.0);
            case EXPONENTIAL -> new Schedule(k, 0.0, p, 1.0);
            case INVERSE_SQRT -> new Schedule(k, 0.0, 0.95, p);
        };
        return new TrainingConfig(optimizer.getValue(), lr, b, b1, b2, eps, batch.getValue(), shuffle.isSelected(),
                lambda, keep, s);
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
            keepProb.setText(exact(c.keepProb()));
            for (TextField f : new TextField[] {learningRate, beta, beta1, beta2, epsilon, scheduleParam, l2,
                    keepProb}) {
                f.getStyleClass().remove("invalid");
            }
            error.setVisible(false);
            error.setManaged(false);
            showRelevant();
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
        try {
            TrainingConfig c = config();
            error.setVisible(false);
            error.setManaged(false);
            syncing = true;
            lrSlider.setValue(Math.log10(c.learningRate()));
            syncing = false;
            onChange.accept(c);
        } catch (IllegalArgumentException e) {
            error.setText(Forms.sentence(e));
            error.setVisible(true);
            error.setManaged(true);
        }
    }
}
