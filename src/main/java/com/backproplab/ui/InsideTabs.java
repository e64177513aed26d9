package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.InsideViews;
import com.backproplab.ui.chart.Look;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The per-layer card's Inside tab beside Gradients and Network (a short name: the three headers fit beside each other
 * in presenter mode at 1024 x 700): the activation histograms or the hidden space ({@link InsideViews}), drawn only
 * while the tab is chosen, and at once when it is chosen.
 */
final class InsideTabs {
    private final InsideViews views = new InsideViews();
    private final Tab tab = new Tab("Inside", views);
    private final TabPane tabs;

    /** Adds the tab to {@code tabs}; {@code latest} draws its view at once when it is chosen. */
    InsideTabs(TabPane tabs, Supplier<Snapshot> latest) {
        this.tabs = tabs;
        tab.setId("insideTab");
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> render(latest.get()));
    }

    /** Draws in {@code look}'s theme and size. */
    void setLook(Look look) {
        views.setLook(look);
    }

    /** Draws {@code s} when the tab is chosen. */
    void render(Snapshot s) {
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            views.render(s);
        }
    }
}
