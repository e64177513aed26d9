package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.ActivationHistogramChart;
import com.backproplab.ui.chart.HiddenSpaceChart;
import com.backproplab.ui.chart.Look;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The per-layer card's views of the inside of the network: the activation histograms and the hidden space, each
 * in a tab of its own beside Gradients and Network, drawn only while its tab is chosen (and at once when chosen).
 */
final class InsideTabs {
    private final ActivationHistogramChart histograms = new ActivationHistogramChart();
    private final HiddenSpaceChart hidden = new HiddenSpaceChart();
    private final Tab histogramsTab = new Tab("Activations", histograms);
    private final Tab hiddenTab = new Tab("Hidden space", hidden);
    private final TabPane tabs;

    /** Adds the two tabs to {@code tabs}; {@code latest} draws a tab's view at once when it is chosen. */
    InsideTabs(TabPane tabs, Supplier<Snapshot> latest) {
        this.tabs = tabs;
        histogramsTab.setId("activationsTab");
        hiddenTab.setId("hiddenSpaceTab");
        histogramsTab.setClosable(false);
        hiddenTab.setClosable(false);
        tabs.getTabs().addAll(histogramsTab, hiddenTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> render(latest.get()));
    }

    /** Draws in {@code look}'s theme and size. */
    void setLook(Look look) {
        histograms.setLook(look);
        hidden.setLook(look);
    }

    /** Draws {@code s} in the chosen tab's view, if it is one of these. */
    void render(Snapshot s) {
        Tab chosen = tabs.getSelectionModel().getSelectedItem();
        if (chosen == histogramsTab) {
            histograms.render(s);
        } else if (chosen == hiddenTab) {
            hidden.render(s);
        }
    }

    ActivationHistogramChart histograms() {
        return histograms;
    }

    HiddenSpaceChart hidden() {
        return hidden;
    }
}
