package com.backproplab.ui;

import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Input features, shape, activation, batch norm, initialization and seed of the network. Every change builds a
 * {@link NetworkConfig} and hands it on (the window sends SetNetwork, which re-initializes the weights at once). The
 * problem (the output unit) is the Data tab's choice, kept here so that every config sent carries it.
 */
final class NetworkControls extends VBox {
    static final int MAX_LAYERS = 16, MAX_UNITS = 64;

    private final Problems problems = new Problems("networkError");
    private final Spinner<Integer> layers;
    private final Spinner<Integer> units;
    private final FlowPane perLayer = new FlowPane(4, 4);
    private final Label noHidden = new Label("No hidden layer: logistic regression, a straight"
            + " boundary in its inputs (a curve with inputs such as x₁², x₂²).");
    private final List<Spinner<Integer>> layerSpinners = new ArrayList<>();
    private final ComboBox<Activation> activation = new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
    private final ComboBox<InitScheme> init = new ComboBox<>(FXCollections.observableArrayList(InitScheme.values()));
    private final Spinner<Double> scale;
    private final Spinner<Integer> seed;
    private final CheckBox batchNorm = new CheckBox("Batch norm");
    private final FeatureToggles features;
    private final Label perLabel = new Label();
    private Problem problem;
    private final Consumer<NetworkConfig> onChange;
    private boolean updating;

    NetworkControls(NetworkConfig initial, Consumer<NetworkConfig> onChange) {
        this.onChange = onChange;
        this.problem = initial.problem();
        getStyleClass().add("section-body");
        setSpacing(8);
        features = new FeatureToggles(initial.features(), this::changed);
        layers = NumberSpinners.whole("layers", "Hidden layers", 0, MAX_LAYERS, initial.hidden().size(), 1,
                problems);
        int firstUnits = initial.hidden().isEmpty() ? 8 : initial.hidden().get(0);
        units = NumberSpinners.whole("units", "Units", 1, MAX_UNITS, firstUnits, 1, problems);
        seed = NumberSpinners.whole("seed", "The seed", 0, 999_999, (int) initial.seed(), 1, problems);
        scale = NumberSpinners.decimal("initScale", "The init scale s", 0, 100, initial.initScale(), 0.5, problems);
        activation.setId("activation");
        init.setId("init");
        Forms.names(activation, ChoiceNames::of);
        activation.setValue(initial.activation());
        Forms.names(init, ChoiceNames::of);
        init.setValue(initial.init());
        perLayer.setId("perLayerUnits");
        perLayer.getStyleClass().add("per-layer");

        Label inputs = new Label("Inputs (features of x₁, x₂)");
        inputs.getStyleClass().add("hint");
        GridPane form = Forms.form();
        Forms.row(form, "Hidden layers", layers, "Number of hidden layers (0 = logistic regression).");
        Button applyAll = rowWithButton(form, "Units (all)", units,
                "Units of every hidden layer; edit single layers below.", "unitsApplyAll", "mdi2a-arrow-down-bold",
                "Give every hidden layer this many units.");
        perLabel.getStyleClass().add("hint");
        perLabel.setWrapText(true);
        noHidden.setId("noHiddenHint");
        noHidden.getStyleClass().add("hint");
        noHidden.setWrapText(true);
        GridPane form2 = Forms.form();
        Forms.row(form2, "Activation", activation, "g of every hidden layer; the output unit is sigmoid"
                + " (classification) or linear (regression).");
        batchNorm.setId("batchNorm");
        batchNorm.setSelected(initial.batchNorm());
        batchNorm.setTooltip(Forms.tip("Normalize Z of every hidden layer over the mini-batch (gamma, beta learned; "
                + "running averages at prediction)"));
        form2.add(batchNorm, 1, form2.getRowCount());
        Forms.row(form2, "Init", init, "How W[l] starts (biases start at 0).");
        // Always shown, enabled for 'scaled' only: a row appearing under an open list would move the list.
        Forms.row(form2, "Init scale s", scale, "W ~ N(0,1) · s, for init 'scaled'. Large s explodes activations.");
        Button dice = rowWithButton(form2, "Seed", seed, "Seed of the weights, shuffles and dropout masks.",
                "newSeed", "mdi2d-dice-multiple", "New random seed (re-initializes).");
        Forms.advanced((Label) form2.getChildren().get(form2.getChildren().size() - 2));
        // The inputs below the layers: the rows above keep their places, where muscle memory (and tests) find them.
        getChildren().addAll(form, perLabel, perLayer, noHidden, inputs, features, form2, problems.line());

        rebuildPerLayer(initial.hidden());
        showInputs();
        scale.setDisable(initial.init() != InitScheme.SCALED);

        layers.valueProperty().addListener((o, a, b) -> {
            if (updating) {
                return;
            }
            List<Integer> h = hidden();
            while (h.size() < b) {
                h.add(units.getValue());
            }
            while (h.size() > b) {
                h.remove(h.size() - 1);
            }
            rebuildPerLayer(h);
            changed();
        });
        units.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                setAllUnits(b);
            }
        });
        applyAll.setOnAction(e -> setAllUnits(units.getValue()));
        activation.valueProperty().addListener((o, a, b) -> changed());
        batchNorm.selectedProperty().addListener((o, a, b) -> changed());
        init.valueProperty().addListener((o, a, b) -> {
            scale.setDisable(b != InitScheme.SCALED);
            changed();
        });
        scale.valueProperty().addListener((o, a, b) -> changed());
        seed.valueProperty().addListener((o, a, b) -> changed());
        dice.setOnAction(e -> seed.getValueFactory().setValue((int) ((seed.getValue() * 7919L + 104_729) % 1_000_000)));
    }

    /**
     * Shows {@code c} (e.g. from an experiment file) without handing anything on: the caller sends the one
     * SetNetwork itself. Ranges widen when the file goes beyond the spinners' usual limits.
     */
    void show(NetworkConfig c) {
        updating = true;
        try {
            List<Integer> h = c.hidden();
            widen(layers, h.size());
            layers.getValueFactory().setValue(h.size());
            if (!h.isEmpty()) {
                widen(units, h.get(0));
                units.getValueFactory().setValue(h.get(0));
            }
            rebuildPerLayer(h);
            features.show(c.features());
            problem = c.problem();
            showInputs();
            activation.setValue(c.activation());
            batchNorm.setSelected(c.batchNorm());
            init.setValue(c.init());
            var sf = (SpinnerValueFactory.DoubleSpinnerValueFactory) scale.getValueFactory();
            sf.setMax(Math.max(sf.getMax(), c.initScale()));
            sf.setValue(c.initScale());
            scale.setDisable(c.init() != InitScheme.SCALED);
            // Seeds beyond an int stay exact in the config sent; the spinner shows the nearest it can.
            int s = (int) Math.max(0, Math.min(Integer.MAX_VALUE, c.seed()));
            widen(seed, s);
            seed.getValueFactory().setValue(s);
            problems.clearAll();
        } finally {
            updating = false;
        }
    }

    /** A form row of a spinner with an icon button at its right; returns the button. */
    private static Button rowWithButton(GridPane form, String label, Spinner<Integer> spinner, String spinnerTip,
                                        String buttonId, String icon, String buttonTip) {
        Button b = new Button("", new FontIcon(icon));
        b.setId(buttonId);
        b.setTooltip(Forms.tip(buttonTip));
        HBox box = new HBox(4, spinner, b);
        HBox.setHgrow(spinner, Priority.ALWAYS);
        spinner.setMaxWidth(Double.MAX_VALUE);
        Forms.row(form, label, box, null);
        spinner.setTooltip(Forms.tip(spinnerTip));
        return b;
    }

    private static void widen(Spinner<Integer> s, int value) {
        var f = (SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
        f.setMax(Math.max(f.getMax(), value));
    }

    private void setAllUnits(int n) {
        updating = true;
        for (Spinner<Integer> s : layerSpinners) {
            s.getValueFactory().setValue(n);
            problems.clear(s);
        }
        updating = false;
        changed();
    }

    private void rebuildPerLayer(List<Integer> hidden) {
        for (Spinner<Integer> old : layerSpinners) {
            problems.clear(old); // gone with its bad text
        }
        perLayer.getChildren().clear();
        layerSpinners.clear();
        for (int i = 0; i < hidden.size(); i++) {
            Spinner<Integer> s = NumberSpinners.whole("layerUnits" + i, "Units of layer " + (i + 1), 1,
                    Math.max(MAX_UNITS, hidden.get(i)), hidden.get(i), 1, problems);
            s.setPrefWidth(66);
            s.setTooltip(Forms.tip("Units of hidden layer " + (i + 1)));
            s.valueProperty().addListener((o, a, b) -> {
                if (!updating) {
                    changed();
                }
            });
            layerSpinners.add(s);
            perLayer.getChildren().add(s);
        }
        // Outside the flow: a flow pane would lay the sentence out on one line and widen the panel.
        noHidden.setVisible(hidden.isEmpty());
        noHidden.setManaged(hidden.isEmpty());
        perLayer.setVisible(!hidden.isEmpty());
        perLayer.setManaged(!hidden.isEmpty());
    }

    private List<Integer> hidden() {
        List<Integer> h = new ArrayList<>();
        for (Spinner<Integer> s : layerSpinners) {
            h.add(s.getValue());
        }
        return h;
    }

    /** The configuration the controls show. */
    NetworkConfig config() {
        return new NetworkConfig(hidden(), activation.getValue(), init.getValue(), scale.getValue(), seed.getValue(),
                batchNorm.isSelected(), features.selected(), problem);
    }

    /** Switches the output unit to {@code p} (the Data tab's problem choice) and hands the config on. */
    void problem(Problem p) {
        problem = p;
        changed();
    }

    /** "Units per layer (input 3 → … → output 1)": the input width follows the features. */
    private void showInputs() {
        perLabel.setText("Units per layer (input " + features.selected().size() + " → … → output 1)");
    }

    private void changed() {
        if (updating) {
            return;
        }
        showInputs();
        try {
            onChange.accept(config());
        } catch (IllegalArgumentException e) {
            // The spinners keep their values in range, so this is a check of the engine's own limits.
            problems.set(this, Problems.notApplied(e.getMessage()));
            return;
        }
        problems.clear(this);
    }
}
