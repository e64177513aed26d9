package com.backproplab.ui;

import com.backproplab.data.Preset;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.DataSettings;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side of the window: the Data, Network and Training sections (experiment files are in the File menu).
 * Edits go to the session commands and the file actions; an opened file is shown here without sending anything
 * back.
 */
final class SidePanel extends ScrollPane implements SessionLoader.SettingsView {
    private final DataControls dataControls;
    private final NetworkControls networkControls;
    private final TrainingControls trainingControls;

    SidePanel(NetworkConfig network, TrainingConfig training, DataSettings settings, SessionCommands commands,
              DataControls.Actions files) {
        dataControls = new DataControls(Preset.SPIRAL, 400, 0.2, settings, files);
        networkControls = new NetworkControls(network, commands::network);
        trainingControls = new TrainingControls(training, commands::training);
        VBox sections = new VBox(section("Data", "mdi2s-scatter-plot", dataControls),
                section("Network", "mdi2g-graph-outline", networkControls),
                section("Training", "mdi2t-tune-vertical", trainingControls));
        sections.getStyleClass().add("sections");
        setContent(sections);
        setId("sidePanel");
        getStyleClass().add("side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setPrefWidth(312);
        setMinWidth(260);
    }

    @Override
    public void showPointsLoaded() {
        dataControls.showLoaded();
    }

    @Override
    public void showPreset(Preset preset, int count, double noise) {
        dataControls.showPreset(preset, count, noise);
    }

    @Override
    public void showSettings(NetworkConfig network, TrainingConfig training, DataSettings settings) {
        networkControls.show(network);
        trainingControls.show(training);
        dataControls.show(settings);
    }

    private static TitledPane section(String title, String icon, Region body) {
        TitledPane p = new TitledPane(title, body);
        p.setGraphic(new FontIcon(icon));
        p.setId("section" + title);
        p.setExpanded(true);
        return p;
    }
}
