package com.backproplab.ui;

import com.backproplab.run.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * About Backprop Lab: the version, what the app bundles with each component's version and license, and the license
 * texts and notices themselves (the runtime image carries no other copy of them).
 */
final class AboutDialog {
    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    /** The resource whose text is (being) shown. */
    private String showing;

    AboutDialog(Window owner) {
        ImageView icon = new ImageView();
        icon.setFitWidth(64);
        icon.setFitHeight(64);
        AppIcon.images().thenAccept(list -> Platform.runLater(() -> {
            if (!list.isEmpty()) {
                icon.setImage(list.get(list.size() - 1));
            }
        }));
        Label name = new Label("Backprop Lab");
        name.getStyleClass().add("about-name");
        Label version = new Label("Version " + Version.get());
        version.setId("aboutVersion");
        Label tagline = new Label("Watch a neural network learn.");
        HBox header = new HBox(16, icon, new VBox(2, name, version, tagline));
        header.setAlignment(Pos.CENTER_LEFT);

        text.setEditable(false);
        text.setWrapText(false);
        text.setId("aboutLicenseText");
        text.getStyleClass().add("license-text");
        VBox.setVgrow(text, Priority.ALWAYS);

        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(new Region(), close);
        HBox.setHgrow(buttons.getChildren().get(0), Priority.ALWAYS);

        VBox body = new VBox(12, header, heading("Bundled with it"), libraries(), heading("License texts"),
                licenseChoice(), text, buttons);
        body.setPadding(new Insets(18));
        BorderPane root = new BorderPane(body);
        root.setId("about");
        Scene scene = new Scene(root, 700, 660);
        scene.getStylesheets().add(AboutDialog.class.getResource("app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setTitle("About Backprop Lab");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        AppIcon.install(stage);
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private static GridPane libraries() {
        GridPane g = new GridPane();
        g.setHgap(18);
        g.setVgap(4);
        g.setId("aboutLibraries");
        g.add(head("Component"), 0, 0);
        g.add(head("Version"), 1, 0);
        g.add(head("License"), 2, 0);
        int row = 1;
        for (BundledLibraries.Library lib : BundledLibraries.all()) {
            g.addRow(row, cell(lib.name()), cell(BundledLibraries.version(lib)), cell(lib.license().title()));
            row++;
        }
        return g;
    }

    /** One toggle per license text, and one for the notices; the first is shown at once. */
    private HBox licenseChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(6);
        for (BundledLibraries.License l : BundledLibraries.licenses()) {
            box.getChildren().add(toggle(group, l.title(), l.resource()));
        }
        box.getChildren().add(toggle(group, "Notices", BundledLibraries.NOTICES));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        ((ToggleButton) box.getChildren().get(0)).fire();
        return box;
    }

    private ToggleButton toggle(ToggleGroup group, String title, String resource) {
        ToggleButton b = new ToggleButton(title);
        b.setToggleGroup(group);
        b.setOnAction(e -> {
            if (b.isSelected()) {
                showing = resource;
                // Read off the FX thread; shown unless another text was chosen meanwhile.
                CompletableFuture.supplyAsync(() -> read(resource)).thenAccept(t -> Platform.runLater(() -> {
                    if (resource.equals(showing)) {
                        text.setText(t);
                        text.positionCaret(0);
                    }
                }));
            }
        });
        return b;
    }

    /** A license text shipped with the app. */
    private static String read(String resource) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(resource)) {
            return in == null ? "(missing: " + resource + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + resource + ": " + e.getMessage() + ")";
        }
    }

    private static Label cell(String s) {
        Label l = new Label(s);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("help-heading");
        return l;
    }

    private static Label head(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("metric-head");
        return l;
    }
}
