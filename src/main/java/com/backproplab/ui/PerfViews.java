package com.backproplab.ui;

import com.backproplab.ui.chart.InsideViews;
import java.util.Locale;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Opens views for the performance report, named by the system property {@value #PROPERTY} (comma-separated:
 * {@code activations}, {@code hidden}, {@code network}, {@code paths}), so that the frame rate is measured with them
 * on screen, e.g. {@code JDK_JAVA_OPTIONS=-Dbackproplab.perfViews=hidden,paths backprop-lab --perf-report r.json}.
 */
final class PerfViews {
    static final String PROPERTY = "backproplab.perfViews";

    private PerfViews() {
    }

    /** Opens the views the property names in {@code window}; an unknown name is reported and skipped. */
    static void open(LabWindow window) {
        String names = System.getProperty(PROPERTY, "");
        for (String name : names.split(",")) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "" -> { }
                case "activations" -> inside(window, InsideViews.View.HISTOGRAMS);
                case "hidden" -> inside(window, InsideViews.View.HIDDEN_SPACE);
                case "network" -> tab(window, null);
                case "paths" -> window.menus().view().getItems().stream()
                        .filter(i -> "optimizerPathsItem".equals(i.getId())).findFirst().ifPresent(MenuItem::fire);
                default -> System.err.println("backprop-lab: " + PROPERTY + ": no view named '" + name.trim()
                        + "' (expected activations, hidden, network or paths)");
            }
        }
    }

    /** Chooses the Inside tab and {@code view} in it. */
    private static void inside(LabWindow window, InsideViews.View view) {
        tab(window, "insideTab");
        ((InsideViews) window.root().lookup("#insideViews")).viewProperty().set(view);
    }

    /** Chooses the per-layer tab with {@code id} (null: the Network tab, which has none). */
    private static void tab(LabWindow window, String id) {
        TabPane tabs = (TabPane) window.root().lookup("#perLayerTabs");
        for (Tab t : tabs.getTabs()) {
            if (id == null ? "Network".equals(t.getText()) : id.equals(t.getId())) {
                tabs.getSelectionModel().select(t);
            }
        }
    }
}
