package com.backproplab.ui;

import com.backproplab.training.DataSettings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Side B's own settings in compare mode: the window's Network and Training controls, and B's dev split and
 * normalization, all sent to B's trainer only. The points are shared, so they are edited on side A's tab or on
 * either canvas.
 */
final class CompareSettings extends ScrollPane {
    private final SessionCommands commands;
    private final NetworkControls network;
    private final TrainingControls training;
    /** B's dev fraction: bad text answered with its sentence below, like the side panel's fields. */
    private final Problems problems = new Problems("compareSplitError");
    private final Spinner<Double> devFraction =
            NumberSpinners.decimal("compareDevFraction", "The dev fraction", 0, 0.9, 0.2, 0.05, problems);
    private final CheckBox normalize = new CheckBox("Normalize inputs (μ, σ of train)");
    private boolean updating;

    /**
     * @param commands side B's commands: they start as B's settings and get every edit
     * @param copyFromA gives B side A's settings (the button above the sections)
     */
    CompareSettings(SessionCommands commands, Runnable copyFromA) {
        this.commands = commands;
        network = new NetworkControls(commands.network(), commands::network);
        training = new TrainingControls(commands.training(), commands::training);
        Label note = new Label("Side B trains on side A's points with its own settings below. A change of the"
                + " network starts B again from its initialization; Reset starts both sides again together.");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.setMinHeight(Region.USE_PREF_SIZE);
        Button copy = new Button("Copy A's settings", new FontIcon("mdi2c-content-copy"));
        copy.setId("compareCopyA");
        copy.setTooltip(Forms.tip("Give side B every setting of side A (B starts again from the same weights)."));
        copy.setOnAction(e -> copyFromA.run());
        VBox head = new VBox(6, note, copy);
        head.getStyleClass().add("compare-settings-head");

        normalize.setId("compareNormalize");
        GridPane split = Forms.form();
        Forms.row(split, "Dev fraction", devFraction, "Share of points held out as B's dev set (drawn hollow).");
        split.add(normalize, 0, split.getRowCount(), 2, 1);
        normalize.setTooltip(Forms.tip("Standardize x1, x2 with B's training mean and deviation."));
        VBox splitBody = new VBox(6, split, problems.line());
        splitBody.getStyleClass().add("section-body");
        devFraction.valueProperty().addListener((o, a, b) -> sendSplit());
        normalize.selectedProperty().addListener((o, a, b) -> sendSplit());
        showSplit(commands.dataSettings());

        VBox sections = new VBox(head, section("Network", "mdi2g-graph-outline", network),
                section("Training", "mdi2t-tune-vertical", training),
                section("Dev split and normalization", "mdi2s-scatter-plot", splitBody));
        sections.getStyleClass().add("sections");
        setContent(sections);
        setId("compareSettings");
        getStyleClass().add("side-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    /** Shows B's settings as last sent (after "Copy A's settings"), without sending anything. */
    void showSent() {
        network.show(commands.network());
        training.show(commands.training());
        showSplit(commands.dataSettings());
    }

    private void showSplit(DataSettings s) {
        updating = true;
        try {
            NumberSpinners.show(devFraction, s.devFraction());
            normalize.setSelected(s.normalize());
        } finally {
            updating = false;
        }
    }

    private void sendSplit() {
        if (!updating) {
            DataSettings s = commands.dataSettings();
            commands.dataSettings(new DataSettings(devFraction.getValue(), s.splitSeed(), normalize.isSelected()));
        }
    }

    private static TitledPane section(String title, String icon, Region body) {
        TitledPane p = new TitledPane(title, body);
        p.setGraphic(new FontIcon(icon));
        p.setId("compareSection" + title.replace(" ", ""));
        return p;
    }
}
