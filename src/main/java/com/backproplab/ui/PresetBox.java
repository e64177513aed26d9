package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.data.PointPreset;
import com.backproplab.data.Preset;
import com.backproplab.data.RegressionPreset;
import com.backproplab.engine.Problem;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The preset list of the Data tab: the two-class {@link Preset}s for classification, the {@link RegressionPreset}s
 * for regression (the items are those enums' constants). Empty (null) once a file replaced the preset's points, when
 * the box reads "(loaded points)".
 */
final class PresetBox extends ComboBox<Object> {
    private Problem problem = Problem.CLASSIFICATION;

    PresetBox(Object initial) {
        super(FXCollections.observableArrayList(new ArrayList<Object>(List.of(Preset.values()))));
        setId("presetChoice");
        Forms.names(this, PresetBox::name);
        // The box shows "(loaded points)" once a file replaced the preset's points; choosing a preset again draws it.
        setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Object p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? DataControls.LOADED : name(p));
            }
        });
        setValue(initial);
    }

    /** Lists the presets of {@code p} (the value becomes null: the caller chooses one). */
    void problem(Problem p) {
        if (p != problem) {
            problem = p;
            setValue(null);
            getItems().setAll(p == Problem.REGRESSION ? new ArrayList<Object>(List.of(RegressionPreset.values()))
                    : new ArrayList<Object>(List.of(Preset.values())));
        }
    }

    /** The problem whose presets are listed. */
    Problem problem() {
        return problem;
    }

    /** The chosen preset's points, or null without a chosen preset. */
    Dataset generate(int count, double noise, long seed) {
        Object p = getValue();
        return p instanceof PointPreset c ? c.generate(count, noise, seed) : null;
    }

    /** The name shown for a preset. */
    static String name(Object p) {
        return p instanceof PointPreset c ? c.displayName() : "";
    }
}
