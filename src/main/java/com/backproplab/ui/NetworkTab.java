package com.backproplab.ui;

import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.Look;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Tab;

/**
 * The progress panel's Network tab and the unit it pins beside the canvas: draws them, and asks the trainer for
 * every unit's activations ({@link Command.ShowUnits}) only while one of them is on screen (the tab is chosen and
 * in the window, or a unit is pinned), so the grid worker does no work for a hidden view.
 */
final class NetworkTab {
    private final NetworkView view;
    private final PinnedUnit pinned;
    private final Tab tab;
    private final Supplier<Snapshot> latest;
    private final Consumer<Command> send;
    private boolean unitsShown;
    private long dueWhilePlaying;

    /** {@code send} reaches the trainer; {@code edits} takes the new values typed for a weight or a bias. */
    NetworkTab(Supplier<Snapshot> latest, Consumer<Command> send, Consumer<Command> edits) {
        this.latest = latest;
        this.send = send;
        view = new NetworkView(edits);
        pinned = new PinnedUnit(view.pinnedProperty());
        tab = new Tab("Network", view);
        tab.setClosable(false);
        tab.setId("networkTab");
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                view.render(latest.get());
            }
            demand();
        });
        view.sceneProperty().addListener((o, was, is) -> demand());
        pinned.sceneProperty().addListener((o, was, is) -> demand());
        view.pinnedProperty().addListener((o, was, is) -> {
            pinned.render(latest.get());
            demand();
        });
    }

    Tab tab() {
        return tab;
    }

    NetworkView view() {
        return view;
    }

    /** The pinned unit's large view, for the window to put beside the canvas. */
    PinnedUnit pinned() {
        return pinned;
    }

    void setLook(Look look) {
        view.setLook(look);
        pinned.setLook(look);
    }

    /**
     * Draws a new snapshot: the pinned unit always, the graph when {@code chartsDue} and its tab is chosen, every other
     * time while training plays (ten redraws a second keep the units moving and leave the frame to the canvas).
     */
    void render(Snapshot s, boolean chartsDue) {
        if (pinned.isVisible()) {
            pinned.render(s);
        }
        if (chartsDue && tab.isSelected() && (!s.playing() || ++dueWhilePlaying % 2 == 0)) {
            view.render(s);
        }
    }

    /** Tells the trainer whether a view shows the units' heatmaps, when that changed. */
    private void demand() {
        boolean show = (tab.isSelected() && view.getScene() != null)
                || (view.pinnedProperty().get() != null && pinned.getScene() != null);
        if (show != unitsShown) {
            unitsShown = show;
            send.accept(new Command.ShowUnits(show));
        }
    }
}
