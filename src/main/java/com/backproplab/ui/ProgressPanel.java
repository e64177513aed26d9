package com.backproplab.ui;

import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.GhostRuns;
import com.backproplab.ui.chart.GradientChart;
import com.backproplab.ui.chart.Look;
import com.backproplab.ui.chart.LossChart;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right side of the window: the progress figures with the diagnosis and the gradient check, the loss chart,
 * and the per-layer views in tabs. Earlier runs stay on both charts as faint labelled lines ({@link GhostRuns}).
 */
final class ProgressPanel extends VBox {
    private final MetricsPane metrics = new MetricsPane();
    private final GradientCheckPane gradientCheck;
    private final GhostRuns ghosts;
    private final LossChart lossChart = new LossChart();
    private final GradientChart gradientChart = new GradientChart();
    private final NetworkTab network;
    private final InsideTabs inside;
    /** No narrower than its chart's title row (its own skin counts only the tab headers). */
    private final TabPane perLayerTabs = new TabPane() {
        @Override
        protected double computeMinWidth(double height) {
            return Math.max(super.computeMinWidth(height), gradientChart.minWidth(-1) + 2);
        }
    };

    /**
     * {@code latest} draws the network graph at once when its tab is chosen and gives the run to keep and check;
     * {@code send} asks the trainer for a copy of its weights for the gradient check; {@code edits} takes the
     * weights and biases typed in the Network tab; {@code pinned} places the view of a unit pinned there.
     */
    ProgressPanel(Supplier<Snapshot> latest, Consumer<Command> send, Consumer<Command> edits,
                  Consumer<Region> pinned) {
        super(8);
        network = new NetworkTab(latest, send, edits);
        pinned.accept(network.pinned());
        gradientCheck = new GradientCheckPane(latest, send);
        ghosts = new GhostRuns(latest);
        lossChart.setGhosts(ghosts);
        gradientChart.setGhosts(ghosts);
        lossChart.setId("lossChart");
        gradientChart.setId("gradientChart");
        // The charts carry their own title line (with their options), so their cards add none.
        // Gradients and the network graph share a card: both read per layer.
        Tab gradientsTab = new Tab("Gradients", gradientChart);
        gradientsTab.setClosable(false);
        perLayerTabs.getTabs().addAll(gradientsTab, network.tab());
        perLayerTabs.setId("perLayerTabs");
        inside = new InsideTabs(perLayerTabs, latest);
        VBox progress = card("Progress", new VBox(6, metrics, gradientCheck));
        // The check's button sits at the right of the card's title row.
        Node title = progress.getChildren().remove(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, gradientCheck.button());
        // Whole words or a wider panel: the split's divider stops at what they need.
        ((Region) title).setMinWidth(USE_PREF_SIZE);
        gradientCheck.button().setMinWidth(USE_PREF_SIZE);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        progress.getChildren().add(0, titleRow);
        // The two charts share the height in a split the user can drag; both grow with the window.
        SplitPane charts = new SplitPane(card(null, lossChart), card(null, perLayerTabs));
        charts.setOrientation(Orientation.VERTICAL);
        SteadySplit.keep(charts, 0.5);
        charts.setId("chartSplit");
        getChildren().addAll(progress, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(perLayerTabs, Priority.ALWAYS);
        getStyleClass().add("right-panel");
        // As narrow as the figures and chart titles allow, no narrower: the split's divider stops there.
        setMinWidth(USE_COMPUTED_SIZE);
    }

    /** Draws the charts and the network graph in {@code look}'s theme and size. */
    void setLook(Look look) {
        lossChart.setLook(look);
        gradientChart.setLook(look);
        network.setLook(look);
        inside.setLook(look);
    }

    /** Draws a new snapshot; the charts and the network graph only when {@code chartsDue}. */
    void render(Snapshot s, boolean chartsDue) {
        ghosts.observe(s);
        metrics.update(s);
        if (chartsDue) {
            lossChart.render(s);
            gradientChart.render(s);
            inside.render(s);
        }
        network.render(s, chartsDue);
    }

    /** The Network tab, its graph and the unit it pins beside the canvas. */
    NetworkTab network() {
        return network;
    }

    /** The runs kept on the charts: a lesson step keeps its run here with {@link GhostRuns#keep(String)}. */
    GhostRuns ghosts() {
        return ghosts;
    }

    /** The diagnosis sentence shown (for tests). */
    String diagnosis() {
        return metrics.diagnosis();
    }

    private static VBox card(String title, Region body) {
        VBox v = new VBox(4, body);
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add("card-title");
            v.getChildren().add(0, t);
        }
        v.getStyleClass().add("card");
        return v;
    }
}
