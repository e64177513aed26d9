package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.run.Version;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@WindowTest
class HelpMenuTest {
    private static final int TIMEOUT_S = 6;
    private LabWindow window;

    @Start
    void start(Stage stage) {
        window = new LabWindow();
        window.install(stage);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != window.root().getScene()
                .getWindow()).collect(Collectors.toList()).forEach(Window::hide)).get(TIMEOUT_S, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private Menu help() {
        return window.menus().help();
    }

    private MenuItem item(String id) {
        return help().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Help item " + id));
    }

    /** The window (other than the lab window) whose scene has a node with this id, once it shows. */
    private Stage awaitWindowWith(String id) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> onFx(id) != null);
        return onFx(id);
    }

    private static Stage onFx(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> find(id)).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static Stage find(String id) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getScene().lookup("#" + id) != null) {
                return s;
            }
        }
        return null;
    }

    private static String texts(Node root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Node n, StringBuilder sb) {
        if (n instanceof Label l) {
            sb.append(l.getText()).append('\n');
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, sb));
        }
    }

    @Test
    @DisplayName("should fill the Help menu: the shortcuts sheet on F1, the charts, About")
    void menu() {
        assertTrue(help().isVisible());
        assertEquals(java.util.Arrays.asList("helpShortcutsItem", "helpChartsItem", null, "aboutItem"),
                help().getItems().stream().map(MenuItem::getId).collect(Collectors.toList()));
        assertEquals(KeyCode.F1.getName(), item("helpShortcutsItem").getAccelerator().getDisplayText());
    }

    @Test
    @DisplayName("should show every key and mouse gesture of the sheet, and each chart's explanation")
    void helpWindow(FxRobot robot) throws Exception {
        robot.interact(() -> item("helpShortcutsItem").fire());
        Stage help = awaitWindowWith("helpShortcuts");
        TabPane tabs = (TabPane) help.getScene().lookup("#helpTabs");
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex());
        String sheet = texts(help.getScene().lookup("#helpShortcuts"));
        for (HelpContent.Shortcut s : HelpContent.keys()) {
            assertTrue(sheet.contains(s.keys() + "\n" + s.action()), () -> s + " missing from\n" + sheet);
        }
        for (HelpContent.Shortcut s : HelpContent.mouse()) {
            assertTrue(sheet.contains(s.keys() + "\n" + s.action()), () -> s + " missing from\n" + sheet);
        }
        // Every accelerator of the menu bar, as the menus have it (e.g. File > Open on Ctrl+Shift+O, Help on F1).
        int accelerators = 0;
        for (Menu m : window.menus().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null && !(i instanceof Menu)) {
                    String row = i.getAccelerator().getDisplayText() + "\n" + m.getText().replace("_", "") + " › "
                            + i.getText().replace("_", "").replace("…", "");
                    assertTrue(sheet.contains(row), () -> row + " missing from\n" + sheet);
                    accelerators++;
                }
            }
        }
        assertTrue(sheet.contains("F1\nHelp › Keyboard and Mouse"), sheet);
        assertTrue(accelerators >= 2, "only " + accelerators + " accelerators in the menus");

        robot.interact(() -> item("helpChartsItem").fire());
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        String charts = texts(help.getScene().lookup("#helpCharts"));
        for (String title : List.of("Data and decision boundary", "Progress", "Cost", "Gradients", "Network")) {
            assertTrue(charts.contains(title), () -> title + " missing from\n" + charts);
        }
        for (HelpContent.Chart c : HelpContent.charts()) {
            assertTrue(charts.contains(c.shows()) && charts.contains(c.watch()), c.title());
        }
        long helpWindows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene().lookup("#helpTabs") != null).count()).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertEquals(1, helpWindows, "the second item opened a second Help window");
    }

    @Test
    @DisplayName("should show the version and each bundled library with its version and license texts in About")
    void about(FxRobot robot) throws Exception {
        robot.interact(() -> item("aboutItem").fire());
        Stage about = awaitWindowWith("about");
        assertEquals("Version " + Version.get(), ((Label) about.getScene().lookup("#aboutVersion")).getText());
        String list = texts(about.getScene().lookup("#aboutLibraries"));
        for (String row : List.of("JavaFX\n", "Ikonli", "Jackson\n", "Apache Commons CSV\n", "OpenJDK runtime\n")) {
            assertTrue(list.contains(row), () -> row + " missing from\n" + list);
        }
        assertTrue(list.contains("JavaFX\n" + BundledLibraries.version(BundledLibraries.all().get(1))
                + "\nGPLv2 with Classpath Exception"), list);
        assertTrue(list.contains("Jackson\n" + BundledLibraries.version(BundledLibraries.all().get(3))
                + "\nApache License 2.0"), list);
        TextArea text = (TextArea) about.getScene().lookup("#aboutLicenseText");
        assertNotNull(text);
        awaitText(text, "GNU General Public License");
        List<ToggleButton> toggles = about.getScene().getRoot().lookupAll(".toggle-button").stream()
                .map(ToggleButton.class::cast).collect(Collectors.toList());
        assertEquals(List.of("GPLv2 with Classpath Exception", "Apache License 2.0", "Notices"),
                toggles.stream().map(ToggleButton::getText).collect(Collectors.toList()));
        robot.interact(() -> toggles.get(1).fire());
        awaitText(text, "Apache License\n                           Version 2.0");
        robot.interact(() -> toggles.get(2).fire());
        awaitText(text, "Apache Commons CSV");
        assertTrue(text.getText().contains("Jackson"));
        robot.interact(() -> toggles.get(2).fire());
        assertTrue(toggles.get(2).isSelected(), "a second click left no license chosen");
    }

    /** Waits until the license area shows a text containing {@code part} (the texts are read off the FX thread). */
    private static void awaitText(TextArea text, String part) throws Exception {
        try {
            java.util.concurrent.Callable<String> shown = text::getText;
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(shown).get().contains(part));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the license area never showed '" + part + "'; it shows: "
                    + text.getText().substring(0, Math.min(200, text.getText().length())));
        }
    }
}
