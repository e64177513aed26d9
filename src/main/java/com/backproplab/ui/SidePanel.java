package com.backproplab.ui;

import com.backproplab.data.Dataset;
import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Problem;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.DataSettings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side of the window: the Data, Network and Training controls, one group at a time in tabs (so every
 * control is reachable on a 1024 x 700 projector without a long scroll), each scrolling on its own when the
 * window is shorter still (experiment files are in the File menu). Edits go to the session commands and the file
 * actions; an opened file is shown here without sending anything back.
 */
final class SidePanel extends TabPane implements SessionLoader.SettingsView {
    private final DataControls dataControls;
    private final NetworkControls networkControls;
    private final TrainingControls trainingControls;

    SidePanel(NetworkConfig network, TrainingConfig training, DataSettings settings, SessionCommands commands,
              DataControls.Actions files, ObservableValue<Dataset> points) {
        dataControls = new DataControls(Preset.SPIRAL, 400, 0.2, settings, files, points);
        networkControls = new NetworkControls(network, commands::network);
        // The output unit follows the problem chosen, and the problem follows points of the other kind (a CSV).
        dataControls.onProblem(networkControls::problem);
        points.addListener((o, a, b) -> followProblem(b));
        trainingControls = new TrainingControls(training, commands::training);
        getTabs().addAll(tab("Data", "mdi2s-scatter-plot", dataControls),
                tab("Network", "mdi2g-graph-outline", networkControls),
                tab("Training", "mdi2t-tune-vertical", trainingControls));
        setId("sidePanel");
        getStyleClass().add("side-panel");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // The network is what a lecture changes most; the data is one click away.
        getSelectionModel().select(1);
    }

    @Override
    public void showPointsLoaded() {
        dataControls.showLoaded();
    }

    @Override
    public void showPreset(Preset preset, int count, double noise) {
        dataControls.showPreset(preset, count, noise);
    }

    /** Points of the other kind than the network's problem (an imported CSV): the problem switches to theirs. */
    private void followProblem(Dataset d) {
        Problem kind = d.isRegression() ? Problem.REGRESSION : Problem.CLASSIFICATION;
        if (d.size() > 0 && kind != networkControls.config().problem()) {
            dataControls.showProblem(kind);
            networkControls.problem(kind);
        }
    }

    @Override
    public void showSettings(NetworkConfig network, TrainingConfig training, DataSettings settings) {
        dataControls.showProblem(network.problem());
        networkControls.show(network);
        trainingControls.show(training);
        dataControls.show(settings);
    }

    /** The three forms (the contents of the tabs), for presenter mode's hiding of advanced rows. */
    java.util.List<javafx.scene.Parent> forms() {
        return java.util.List.of(dataControls, networkControls, trainingControls);
    }

    DataControls data() {
        return dataControls;
    }

    NetworkControls network() {
        return networkControls;
    }

    TrainingControls training() {
        return trainingControls;
    }

    private static Tab tab(String title, String icon, Region body) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("section-scroll");
        scroll.setId("scroll" + title);
        Tab t = new Tab(title, scroll);
        t.setGraphic(new FontIcon(icon));
        t.setId("tab" + title);
        return t;
    }
}
