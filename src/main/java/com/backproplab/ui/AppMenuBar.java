package com.backproplab.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;

/**
 * The window's menu bar: File, Lessons, View and Help, in that order. Each feature adds its own items to its menu
 * (through a class of its own, e.g. the file actions fill File); a menu with no items stays hidden.
 */
public final class AppMenuBar extends MenuBar {
    private final Menu file = menu("_File", "fileMenu");
    private final Menu lessons = menu("_Lessons", "lessonsMenu");
    private final Menu view = menu("_View", "viewMenu");
    private final Menu help = menu("_Help", "helpMenu");

    public AppMenuBar() {
        getMenus().addAll(file, lessons, view, help);
        setId("menuBar");
    }

    private static Menu menu(String text, String id) {
        Menu m = new Menu(text);
        m.setId(id);
        m.visibleProperty().bind(Bindings.isNotEmpty(m.getItems()));
        return m;
    }

    public Menu file() {
        return file;
    }

    public Menu lessons() {
        return lessons;
    }

    public Menu view() {
        return view;
    }

    public Menu help() {
        return help;
    }
}
