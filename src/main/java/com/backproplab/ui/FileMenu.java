package com.backproplab.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The File menu: New, Open…, Open Recent, Save, Save As… (experiment files: the whole session), Import and Export
 * CSV (the points), Export PNG (the canvas as shown) and Export History CSV (the run's trace), Quit. Its
 * accelerators are the window's file keys: Ctrl+O and Ctrl+S import and export points, Ctrl+Shift+O and
 * Ctrl+Shift+S open and save experiments (Cmd on macOS).
 */
final class FileMenu {
    private FileMenu() {
    }

    /** Fills {@code file} (the menu bar's File menu). */
    static void fill(Menu file, FileCommands commands, FileActions files, ExportActions export, RecentMenu recent) {
        file.getItems().addAll(
                item("newSession", "_New", "mdi2f-file-outline", "Shortcut+N", commands::newSession),
                item("openExperiment", "_Open…", "mdi2f-folder-open-outline", "Shortcut+Shift+O", commands::open),
                recent,
                item("saveExperiment", "_Save", "mdi2c-content-save-outline", "Shortcut+Shift+S", commands::save),
                item("saveExperimentAs", "Save _As…", null, "Shortcut+Alt+S", commands::saveAs),
                new SeparatorMenuItem(),
                item("importCsv", "_Import CSV…", "mdi2f-file-import-outline", "Shortcut+O", files::openCsvDialog),
                item("exportCsv", "_Export CSV…", "mdi2f-file-export-outline", "Shortcut+S", files::saveCsvDialog),
                new SeparatorMenuItem(),
                item("exportPng", "Export _PNG…", "mdi2i-image-outline", "Shortcut+E", export::pngDialog),
                item("exportHistory", "Export _History CSV…", "mdi2c-chart-line", "Shortcut+Shift+E",
                        export::historyDialog),
                new SeparatorMenuItem(),
                item("quit", "_Quit", null, "Shortcut+Q", commands::quit));
    }

    private static MenuItem item(String id, String text, String icon, String keys, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }
}
