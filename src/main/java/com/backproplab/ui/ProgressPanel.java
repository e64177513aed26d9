package com.backproplab.ui;

import com.backproplab.training.Command;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.chart.GhostRuns;
import com.backproplab.ui.chart.GradientChart;
import com.backproplab.ui.chart.LossChart;
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
    private final NetworkView networkView = new NetworkView();
    private final TabPane perLayerTabs = new TabPane();

    /**
     * {@code latest} draws the network graph at once when its tab is chosen and gives the run to keep and check;
     * {@code send} asks the trainer for a copy of its weights for the gradient check.
     */
    ProgressPanel(Supplier<Snapshot> latest, Consumer<Command> send) {
        super(8);
        gradientCheck = new GradientCheckPane(latest, send);
        ghosts = new GhostRuns(latest);
        lossChart.setGhosts(ghosts);
        gradientChart.setGhosts(ghosts);
        lossChart.setId("lossChart");
        gradientChart.setId("gradientChart");
        // The charts carry their own title line (with their options), so their cards add none.
        // Gradients and the network graph share a card: both read per layer.
        Tab gradientsTab = new Tab("Gradients", gradientChart);
        Tab networkTab = new Tab("Network", networkView);
        gradientsTab.setClosable(false);
        networkTab.setClosable(false);
        perLayerTabs.getTabs().addAll(gradientsTab, networkTab);
        perLayerTabs.setId("perLayerTabs");
        perLayerTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == networkTab) {
                networkView.render(latest.get());
            }
        });
        VBox progress = card("Progress", new VBox(6, metrics, gradientCheck));
        // The check's button sits at the right of the card's title row.
        Node title = progress.getChildren().remove(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, gap, gradientCheck.button());
        titleRow.setAlignment(Pos.CENTER_LEFT);
        progress.getChildren().add(0, titleRow);
        getChildren().addAll(progress, card(null, lossChart), card(null, perLayerTabs));
        VBox.setVgrow(getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(getChildren().get(2), Priority.ALWAYS);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(gradientChart, Priority.ALWAYS);
        getStyleClass().add("right-panel");
        setPrefWidth(380);
        setMinWidth(280);
    }

    /** Draws a new snapshot; the charts and the network graph only when {@code chartsDue}. */
    void render(Snapshot s, boolean chartsDue) {
        ghosts.observe(s);
        metrics.update(s);
        if (chartsDue) {
            lossChart.render(s);
            gradientChart.render(s);
            if (networkView.isVisible() && perLayerTabs.getSelectionModel().getSelectedIndex() == 1) {
                networkView.render(s);
            }
        }
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
