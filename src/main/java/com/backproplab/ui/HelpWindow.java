package com.backproplab.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Help window: the shortcuts sheet and "what am I looking at" for each chart, in two tabs. One window per lab
 * window, not modal (it can stay open beside the charts it explains); Escape closes it.
 */
final class HelpWindow {
    /** The two pages. */
    enum Page { SHORTCUTS, CHARTS }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final List<Menu> menus;
    private final VBox shortcutsPage = new VBox(10);

    /** {@code menus}: the menu bar's menus, whose accelerators the sheet lists as they are when it opens. */
    HelpWindow(Window owner, List<Menu> menus) {
        this.menus = menus;
        Tab keys = new Tab("Keyboard and mouse", scroll(shortcutsPage));
        Tab charts = new Tab("What am I looking at?", scroll(charts()));
        keys.setClosable(false);
        charts.setClosable(false);
        keys.setId("helpShortcutsTab");
        charts.setId("helpChartsTab");
        tabs.getTabs().addAll(keys, charts);
        tabs.setId("helpTabs");
        Scene scene = new Scene(tabs, 640, 620);
        scene.getStylesheets().add(HelpWindow.class.getResource("app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Backprop Lab Help");
        stage.initOwner(owner);
        AppIcon.install(stage);
    }

    /** Shows the window on {@code page}, bringing it to the front when it is already open. */
    void show(Page page) {
        fillShortcuts();
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    /** (Re)builds the sheet: the menus may have changed since it was last shown. */
    private void fillShortcuts() {
        shortcutsPage.getChildren().setAll(heading("Keyboard"), table(HelpContent.keys()),
                note(HelpContent.KEYS_NOTE), heading("Menus"), table(HelpContent.menuKeys(menus)),
                heading("Mouse, on the data"), table(HelpContent.mouse()));
        shortcutsPage.setId("helpShortcuts");
    }

    private static VBox charts() {
        VBox box = new VBox(14);
        for (HelpContent.Chart c : HelpContent.charts()) {
            box.getChildren().add(new VBox(4, heading(c.title()), text(c.shows()), text("What to look for: "
                    + c.watch())));
        }
        box.setId("helpCharts");
        return box;
    }

    private static GridPane table(List<HelpContent.Shortcut> rows) {
        GridPane g = new GridPane();
        // One width for the key column of both tables, so their actions line up.
        g.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(200));
        g.setHgap(18);
        g.setVgap(6);
        for (int i = 0; i < rows.size(); i++) {
            Label keys = new Label(rows.get(i).keys());
            keys.getStyleClass().add("help-keys");
            keys.setMinWidth(Label.USE_PREF_SIZE);
            g.add(keys, 0, i);
            g.add(text(rows.get(i).action()), 1, i);
        }
        return g;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("help-heading");
        return l;
    }

    private static Label note(String s) {
        Label l = text(s);
        l.getStyleClass().add("help-note");
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static ScrollPane scroll(VBox content) {
        content.setPadding(new Insets(16, 20, 20, 20));
        content.getStyleClass().add("help-page");
        ScrollPane sp = new ScrollPane(content);
        sp.setFitToWidth(true);
        return sp;
    }
}
