package com.backproplab.ui;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

/** The Help menu: the shortcuts sheet (F1), what each chart shows, and the About dialog. */
final class HelpMenu {
    private final AppMenuBar bar;
    private final Supplier<Stage> owner;
    private HelpWindow help;
    private AboutDialog about;

    private HelpMenu(AppMenuBar bar, Supplier<Stage> owner) {
        this.bar = bar;
        this.owner = owner;
    }

    /** Adds the items to {@code bar}'s Help menu; the windows open over {@code owner}'s stage. */
    static void fill(AppMenuBar bar, Supplier<Stage> owner) {
        HelpMenu h = new HelpMenu(bar, owner);
        Menu menu = bar.help();
        MenuItem keys = item("_Keyboard and Mouse", "helpShortcutsItem", () -> h.help(HelpWindow.Page.SHORTCUTS));
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem charts = item("_What Am I Looking At?", "helpChartsItem", () -> h.help(HelpWindow.Page.CHARTS));
        MenuItem about = item("_About Backprop Lab", "aboutItem", h::about);
        menu.getItems().addAll(keys, charts, new SeparatorMenuItem(), about);
    }

    private void help(HelpWindow.Page page) {
        if (help == null) {
            help = new HelpWindow(owner.get(), bar.getMenus());
        }
        help.show(page);
    }

    private void about() {
        if (about == null) {
            about = new AboutDialog(owner.get());
        }
        about.show();
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
