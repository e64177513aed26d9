package com.backproplab.ui;

import com.backproplab.run.RecentFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File › Open Recent: the experiment files opened or saved last, newest first ({@link RecentFiles}), each shown
 * as its name and folder. Changes are handed to a keeper (the autosave writes them to the config folder). FX thread.
 */
final class RecentMenu extends Menu {
    private final Consumer<Path> open;
    private List<Path> files = List.of();
    private Consumer<List<Path>> keeper = list -> { };

    RecentMenu(Consumer<Path> open) {
        super("Open _Recent");
        this.open = open;
        setId("openRecent");
        rebuild();
    }

    /** Where changes of the list go from now on. */
    void keepWith(Consumer<List<Path>> k) {
        keeper = k;
    }

    /** Shows {@code list} (read from the config folder) without handing it back. */
    void show(List<Path> list) {
        files = List.copyOf(list);
        rebuild();
    }

    /** {@code file} was opened or saved: it goes first. */
    void add(Path file) {
        files = RecentFiles.add(files, file);
        rebuild();
        keeper.accept(files);
    }

    List<Path> files() {
        return files;
    }

    private void rebuild() {
        getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        for (Path p : files) {
            Path dir = p.getParent();
            MenuItem item = new MenuItem(p.getFileName() + (dir == null ? "" : "   —   " + dir));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Recent");
        clear.setId("clearRecent");
        clear.setOnAction(e -> {
            files = List.of();
            rebuild();
            keeper.accept(files);
        });
        getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
