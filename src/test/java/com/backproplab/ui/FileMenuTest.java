package com.backproplab.ui;

import static com.backproplab.ui.KeepWorkTest.TIMEOUT_S;
import static com.backproplab.ui.KeepWorkTest.await;
import static com.backproplab.ui.KeepWorkTest.done;
import static com.backproplab.ui.KeepWorkTest.fx;
import static com.backproplab.ui.KeepWorkTest.trainedExperiment;
import static com.backproplab.ui.KeepWorkTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.data.Dataset;
import com.backproplab.io.ExperimentJson;
import com.backproplab.run.AutosaveStore;
import com.backproplab.training.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu, its keys, Open Recent, and files dropped onto the window. */
@WindowTest
class FileMenuTest {
    @TempDir
    Path dir;
    private LabWindow window;
    private Stage stage;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage s) {
        Platform.setImplicitExit(false);
        stage = s;
        window = new LabWindow();
        window.install(s);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        s.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    private String title() throws Exception {
        return fx(() -> window.titleProperty().get());
    }

    @Test
    @DisplayName("should list the file actions in order, with the window's file keys as accelerators")
    void items() {
        Menu file = window.menus().file();
        assertTrue(file.isVisible());
        List<String> ids = file.getItems().stream().map(MenuItem::getId).filter(id -> id != null)
                .collect(Collectors.toList());
        assertEquals(List.of("newSession", "openExperiment", "openRecent", "saveExperiment", "saveExperimentAs",
                "importCsv", "exportCsv", "exportPng", "exportHistory", "quit"), ids);
        Map<String, String> keys = Map.of("newSession", "Shortcut+N", "openExperiment", "Shortcut+Shift+O",
                "saveExperiment", "Shortcut+Shift+S", "importCsv", "Shortcut+O", "exportCsv", "Shortcut+S",
                "quit", "Shortcut+Q");
        for (MenuItem m : file.getItems()) {
            if (m.getId() != null && keys.containsKey(m.getId())) {
                assertEquals(KeyCombination.keyCombination(keys.get(m.getId())), m.getAccelerator(), m.getId());
            }
        }
    }

    @Test
    @DisplayName("should save the open experiment in place with Ctrl+Shift+S, whatever has the focus")
    void saveKey(FxRobot robot) throws Exception {
        Path file = trainedExperiment(dir, "trained.json", 5);
        assertNull(done(() -> window.files().openExperiment(file)));
        await(window, s -> s.step() == 5);
        fx(() -> {
            window.commands().step();
            return null;
        });
        await(window, s -> s.step() == 6);
        waitFor("the unsaved marker", () -> title().equals("Backprop Lab — *trained.json"));
        robot.clickOn("#learningRate");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the file to hold step 6", () -> ExperimentJson.read(file).parameters().step() == 6);
        waitFor("a clean title", () -> title().equals("Backprop Lab — trained.json"));
    }

    @Test
    @DisplayName("should list opened and saved experiments newest first, keep them in the config folder, open them")
    void recent(FxRobot robot) throws Exception {
        Path cfg = dir.resolve("cfg");
        fx(() -> Autosave.attach(window, AutosaveStore.in(cfg), Duration.seconds(60), true))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        Path a = trainedExperiment(dir, "a.json", 3);
        Path b = dir.resolve("b.json");
        assertNull(done(() -> window.files().openExperiment(a)));
        assertNull(done(() -> window.files().saveExperiment(b)));
        assertEquals(List.of(b.toAbsolutePath(), a.toAbsolutePath()), window.recent().files());
        waitFor("the list in the config folder", () -> Files.exists(cfg.resolve("recent.json"))
                && Files.readString(cfg.resolve("recent.json")).contains("a.json"));
        List<MenuItem> items = window.recent().getItems();
        assertTrue(items.get(0).getText().startsWith("b.json"), items.get(0).getText());
        assertFalse(items.get(0).isMnemonicParsing());
        // Choosing an entry opens it.
        assertNull(done(() -> window.files().openExperiment(b)));
        fx(() -> {
            window.recent().getItems().get(1).fire();
            return null;
        });
        waitFor("a.json opened from the menu", () -> title().equals("Backprop Lab — a.json"));
        assertEquals(a.toAbsolutePath(), window.recent().files().get(0));
    }

    // ---- drag and drop -----------------------------------------------------------------------------------------

    /**
     * A dragboard as the toolkit makes one for a drag from another application. Through JavaFX's internals, which
     * the tests reach at run time (they run on the class path) but not when compiled as part of the module.
     */
    private static Dragboard dragboard(List<java.io.File> files) {
        try {
            Class<?> peer = Class.forName("com.sun.javafx.tk.TKClipboard");
            // The toolkit's peer of a drag from outside: it holds the files and allows copying them.
            Object clipboard = java.lang.reflect.Proxy.newProxyInstance(peer.getClassLoader(), new Class<?>[] {peer},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getContentTypes" -> java.util.Set.of(DataFormat.FILES);
                        case "hasContent" -> DataFormat.FILES.equals(args[0]);
                        case "getContent" -> DataFormat.FILES.equals(args[0]) ? files : null;
                        case "getTransferModes" -> java.util.Set.of(TransferMode.COPY);
                        case "putContent" -> false;
                        case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                        default -> null;
                    });
            Class<?> helper = Class.forName("com.sun.javafx.scene.input.DragboardHelper");
            Dragboard db = (Dragboard) helper.getMethod("createDragboard", peer).invoke(null, clipboard);
            helper.getMethod("setDataAccessRestriction", Dragboard.class, boolean.class).invoke(null, db, false);
            return db;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Drags {@code files} over the window and drops them; returns whether the window took the drag. */
    private boolean drop(Path... files) throws Exception {
        return fx(() -> {
            Dragboard db = dragboard(java.util.Arrays.stream(files).map(Path::toFile).collect(Collectors.toList()));
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, db, 300, 300, 300, 300, TransferMode.COPY, null, null,
                    null);
            Event.fireEvent(window.canvas(), over);
            if (over.getAcceptedTransferMode() == null) {
                return false;
            }
            Event.fireEvent(window.canvas(), new DragEvent(DragEvent.DRAG_DROPPED, db, 300, 300, 300, 300,
                    TransferMode.COPY, null, null, null));
            return true;
        });
    }

    @Test
    @DisplayName("should open a dropped experiment, import a dropped CSV, and refuse other files")
    void dragAndDrop(FxRobot robot) throws Exception {
        Path exp = trainedExperiment(dir, "dropped.json", 4);
        assertTrue(drop(dir.resolve("notes.txt"), exp), "the experiment among the files is taken");
        Snapshot s = await(window, x -> x.step() == 4 && x.data().size() == 80);
        waitFor("the dropped file's title", () -> title().equals("Backprop Lab — dropped.json"));
        Path csv = dir.resolve("pts.csv");
        Files.writeString(csv, "x1,x2,label\n1,2,1\n-1,0,0\n3,3,1\n");
        assertTrue(drop(csv));
        await(window, x -> x.data().size() == 3);
        waitFor("an edited session", () -> title().equals("Backprop Lab — *dropped.json"));
        assertEquals(s.network(), window.session().latest().network(), "a CSV brings points only");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertFalse(drop(dir.resolve("notes.txt")));
    }

    @Test
    @DisplayName("should leave the session untouched and show the reader's sentence for a bad dropped file")
    void badDrop(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 1, \"network\": {\"hidden\": [3], \"activation\": \"swish\"},"
                + " \"data\": {\"points\": [[0, 0, 0], [1, 1, 1]]}}");
        Snapshot before = await(window, x -> x.grid() != null);
        Dataset points = window.points().data();
        assertTrue(drop(bad));
        waitFor("the notice", () -> KeepWorkTest.banner(window, "noticeBanner") != null);
        String notice = KeepWorkTest.banner(window, "noticeBanner");
        assertTrue(notice.startsWith("Could not open the experiment: " + bad + ": network.activation: "), notice);
        assertTrue(notice.endsWith(". Nothing was changed."), notice);
        assertEquals(points, window.points().data());
        assertEquals(before.network(), window.session().latest().network());
        assertEquals("Backprop Lab", title());
        assertNotNull(stage);
    }
}
