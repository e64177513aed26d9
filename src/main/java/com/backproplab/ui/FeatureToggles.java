package com.backproplab.ui;

import com.backproplab.engine.Feature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/**
 * The input features as toggles (x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂), as in TensorFlow Playground: the first
 * layer gets one input per feature that is on. The last feature on cannot be turned off (a network needs an input).
 */
final class FeatureToggles extends FlowPane {
    private final Map<Feature, ToggleButton> toggles = new EnumMap<>(Feature.class);
    private final Runnable onChange;
    private boolean updating;

    FeatureToggles(List<Feature> initial, Runnable onChange) {
        super(4, 4);
        this.onChange = onChange;
        setId("features");
        getStyleClass().add("feature-toggles");
        for (Feature f : Feature.values()) {
            ToggleButton t = new ToggleButton(f.label());
            // The enum name: a key like x1^2 is no CSS id.
            t.setId("feature-" + f.name().toLowerCase(java.util.Locale.ROOT));
            t.setFocusTraversable(true);
            t.setTooltip(Forms.tip("Input " + f.label() + ", computed from the point's coordinates before"
                    + " normalization."));
            t.selectedProperty().addListener((o, a, b) -> {
                lockLast();
                if (!updating) {
                    onChange.run();
                }
            });
            toggles.put(f, t);
            getChildren().add(t);
        }
        show(initial);
    }

    /** The features on, in the order of {@link Feature}. */
    List<Feature> selected() {
        List<Feature> on = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (toggles.get(f).isSelected()) {
                on.add(f);
            }
        }
        return on;
    }

    /** Shows {@code features} on (the rest off) without telling anyone. */
    void show(List<Feature> features) {
        updating = true;
        try {
            toggles.forEach((f, t) -> t.setSelected(features.contains(f)));
        } finally {
            updating = false;
        }
        lockLast();
    }

    /** The one feature left on cannot be turned off. */
    private void lockLast() {
        long on = toggles.values().stream().filter(ToggleButton::isSelected).count();
        toggles.values().forEach(t -> t.setDisable(on == 1 && t.isSelected()));
    }
}
