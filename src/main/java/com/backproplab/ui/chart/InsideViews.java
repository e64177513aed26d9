package com.backproplab.ui.chart;

import com.backproplab.training.Snapshot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.StackPane;

/**
 * The views of what the hidden layers do, one at a time in one place: the activation histograms or the hidden
 * space, chosen in the title row of either (the two choice boxes share one value). Only the view shown draws.
 */
public final class InsideViews extends StackPane {
    /** The views to choose from. */
    public enum View {
        HISTOGRAMS("histograms"),
        HIDDEN_SPACE("hidden space");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ActivationHistogramChart histograms = new ActivationHistogramChart();
    private final HiddenSpaceChart hidden = new HiddenSpaceChart();
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.HISTOGRAMS);
    private Snapshot last;
    /** The other view was chosen: the next snapshot draws even if its inspection is not new. */
    private boolean switched;

    public InsideViews() {
        setId("insideViews");
        histograms.addControls(choice("insideViewChoice"));
        hidden.addControls(choice("insideViewChoiceHidden"));
        getChildren().addAll(histograms, hidden);
        view.addListener((o, was, is) -> {
            show();
            switched = true;
            render(last);
        });
        show();
        setMinSize(200, 140);
    }

    private ChoiceBox<View> choice(String id) {
        ChoiceBox<View> c = new ChoiceBox<>();
        c.getItems().addAll(View.values());
        c.valueProperty().bindBidirectional(view);
        c.setId(id);
        return c;
    }

    private void show() {
        boolean h = view.get() == View.HISTOGRAMS;
        histograms.setVisible(h);
        hidden.setVisible(!h);
    }

    /** The view shown; set it to show the other. */
    public ObjectProperty<View> viewProperty() {
        return view;
    }

    /**
     * Draws {@code s} in the view shown, when its inspection of the layers is new (they are refreshed about ten times
     * a second, the snapshots up to sixty).
     */
    public void render(Snapshot s) {
        if (s == null || (last != null && s.inside() == last.inside() && !switched)) {
            return;
        }
        last = s;
        switched = false;
        if (view.get() == View.HISTOGRAMS) {
            histograms.render(s);
        } else {
            hidden.render(s);
        }
    }

    public void setLook(Look look) {
        histograms.setLook(look);
        hidden.setLook(look);
    }

    public ActivationHistogramChart histograms() {
        return histograms;
    }

    public HiddenSpaceChart hidden() {
        return hidden;
    }
}
