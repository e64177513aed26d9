package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.engine.Activation;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonJson;
import com.backproplab.io.LessonStep;
import com.backproplab.training.Snapshot;
import com.backproplab.ui.lesson.LessonBar;
import com.backproplab.ui.lesson.LessonLibrary;
import com.backproplab.ui.lesson.LessonPlayer;
import com.backproplab.ui.lesson.Lessons;
import com.backproplab.ui.lesson.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons menu, the player under the toolbar, the gallery and saving a lesson, in the real window. */
@WindowTest
class LessonWindowTest {
    private static final int TIMEOUT_S = 20;
    private LabWindow window;
    private Path own;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        own = Files.createTempDirectory("lessons");
        System.setProperty(LessonLibrary.FOLDER_PROPERTY, own.toString());
        window = new LabWindow();
        window.install(stage);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(TIMEOUT_S, TimeUnit.SECONDS).get(TIMEOUT_S, TimeUnit.SECONDS);
        System.clearProperty(LessonLibrary.FOLDER_PROPERTY);
        assertTrue(fxErrors.isEmpty(), () -> "exceptions on the FX thread: " + fxErrors);
    }

    private Lessons lessons() {
        return window.lessons();
    }

    private LessonLibrary.Contents loaded() throws Exception {
        return lessons().loaded().get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private Snapshot await(Predicate<Snapshot> p) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> p.test(window.session().latest()));
        return window.session().latest();
    }

    private String done(FxRobot robot, Supplier<CompletableFuture<String>> action) throws Exception {
        @SuppressWarnings("unchecked")
        CompletableFuture<String>[] f = new CompletableFuture[1];
        robot.interact(() -> f[0] = action.get());
        return f[0].get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private LessonLibrary.Entry entry(String name) throws Exception {
        return loaded().shipped().stream().filter(e -> e.file().getFileName().toString().equals(name)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(FxRobot robot, String id) {
        T n = (T) robot.lookup("#" + id).query();
        assertNotNull(n, id);
        return n;
    }

    private String caption(FxRobot robot) {
        return ((ExperimentCaption) node(robot, "experimentCaption")).text();
    }

    @Test
    @DisplayName("should list the seventeen shipped lessons in the Lessons menu, in course order, read from the app")
    void menu() throws Exception {
        LessonLibrary.Contents c = loaded();
        assertEquals(17, c.shipped().size());
        assertEquals(List.of(), c.problems());
        Menu menu = window.menus().lessons();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = menu.getItems().stream().map(MenuItem::getId).filter(id -> id != null
                && id.startsWith("lesson-")).collect(Collectors.toList());
        assertEquals(17, titles.size());
        assertEquals("lesson-01-logistic-regression", titles.get(0));
        assertEquals("lesson-16-early-stopping", titles.get(15));
        assertEquals("lesson-17-feature-crosses", titles.get(16));
        assertTrue(menu.isVisible());
    }

    @Test
    @DisplayName("should show a step's state and caption, play it to its pause point, keep its result, and go on with"
            + " Next, Back and Page Down")
    void playsSteps(FxRobot robot) throws Exception {
        List<StepRecord> left = new CopyOnWriteArrayList<>();
        robot.interact(() -> lessons().player().addListener(new LessonPlayer.Listener() {
            @Override
            public void stepStarted(LessonLibrary.Entry lesson, int index, LessonStep step, StepRecord previous) {
                left.add(previous == null ? new StepRecord("none", -1, 0, null, null, -1, Double.NaN, null)
                        : previous);
            }
        }));
        LessonLibrary.Entry hidden = entry("03-hidden-layer-size.json");
        assertNull(done(robot, () -> lessons().open(hidden)));
        LessonBar bar = node(robot, "lessonBar");
        assertTrue(bar.isVisible());
        assertEquals("3. Hidden layer size", ((Label) node(robot, "lessonTitle")).getText());
        assertEquals("Step 1 of 7", ((Label) node(robot, "lessonPosition")).getText());
        assertTrue(((Button) node(robot, "lessonBack")).isDisable());
        LessonStep first = hidden.lesson().steps().get(0);
        assertEquals("3. Hidden layer size   " + first.caption(), caption(robot));
        // The step plays at full speed and pauses by itself exactly at its 10,000 steps.
        Snapshot s = await(x -> x.step() == 10_000 && !x.playing());
        assertEquals(List.of(1), s.network().hidden());
        assertEquals(1.2, s.training().learningRate());
        assertEquals(0.0, s.dataSettings().devFraction());
        assertEquals(400, s.data().size());
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> ((Button) robot.lookup("#lessonStep1").query())
                .getText().matches("1\\. n_h = 1  ·  train 6[5-9]\\.\\d%"));
        // Next, through the menu's Page Down: step 2 starts afresh, and the listener gets step 1's run.
        robot.clickOn("#lessonPosition").type(KeyCode.PAGE_DOWN);
        await(x -> x.network().hidden().equals(List.of(2)) && x.step() == 10_000 && !x.playing());
        assertEquals("Step 2 of 7", ((Label) node(robot, "lessonPosition")).getText());
        assertTrue(caption(robot).startsWith("3. Hidden layer size   Two hidden units"), caption(robot));
        assertEquals(2, left.size());
        StepRecord one = left.get(1);
        assertEquals("n_h = 1", one.label());
        assertEquals(10_000, one.step());
        assertTrue(one.history().size() > 10, "the run's curves are kept");
        assertTrue(((Button) node(robot, "lessonStep1")).getText().contains("train 6"), "step 1's result stays");
        // Back, with the button; the step before is shown again.
        robot.clickOn("#lessonBack");
        await(x -> x.network().hidden().equals(List.of(1)));
        assertEquals("Step 1 of 7", ((Label) node(robot, "lessonPosition")).getText());
        // A step's button goes straight there.
        robot.clickOn("#lessonStep7");
        await(x -> x.network().hidden().equals(List.of(50)));
        assertTrue(((Button) node(robot, "lessonNext")).isDisable());
        robot.clickOn("#lessonClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(bar.isVisible());
        assertFalse(bar.isManaged());
    }

    @Test
    @DisplayName("should open any experiment file as a lesson of one step, and name a bad one's problem in the banner")
    void openFile(FxRobot robot) throws Exception {
        loaded();
        assertNull(done(robot, () -> lessons().openFile(Path.of("experiments/xor-linear.json"))));
        assertEquals("Step 1 of 1", ((Label) node(robot, "lessonPosition")).getText());
        assertEquals("XOR with linear activations", ((Label) node(robot, "lessonTitle")).getText());
        await(x -> x.network().activation() == Activation.LINEAR && !x.playing());
        Path bad = own.resolve("bad.json");
        Files.writeString(bad, "{\"data\": {\"points\": [[0, 0, 0]]}, \"steps\": [{\"title\": \"A\"}]}");
        String message = done(robot, () -> lessons().openFile(bad));
        assertTrue(message.contains("steps[0].caption: missing"), message);
        Banner notice = node(robot, "noticeBanner");
        assertTrue(notice.isVisible());
        assertEquals("XOR with linear activations", ((Label) node(robot, "lessonTitle")).getText(), "unchanged");
        // A lesson that reads but whose data is missing: its first step cannot be shown, the open lesson stays.
        Path missing = own.resolve("missing.json");
        Files.writeString(missing, "{\"title\": \"Gone\", \"data\": {\"file\": \"nowhere.csv\"}}");
        String why = done(robot, () -> lessons().openFile(missing));
        assertTrue(why.contains("no such file: nowhere.csv"), why);
        assertEquals("XOR with linear activations", ((Label) node(robot, "lessonTitle")).getText());
        assertEquals("Step 1 of 1", ((Label) node(robot, "lessonPosition")).getText());
    }

    @Test
    @DisplayName("should save the current state as a lesson with the instructor's own title, teaser and caption, listed"
            + " under Your lessons")
    void saveAsLesson(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> window.commands().network(window.commands().network().withActivation(Activation.RELU)));
        Path file = own.resolve("my-demo.json");
        assertNull(done(robot, () -> lessons().saveLesson(file, "My demo", "One line for the gallery.",
                "Watch the boundary. Then press Next.")));
        Lesson saved = LessonJson.read(file);
        assertEquals("My demo", saved.experiment().title());
        assertEquals("One line for the gallery.", saved.teaser());
        assertEquals("Watch the boundary. Then press Next.", saved.experiment().caption());
        assertEquals(Activation.RELU, saved.experiment().network().activation());
        assertNull(saved.experiment().parameters(), "no weights: the lesson starts fresh");
        assertEquals(window.session().latest().data().size(), saved.experiment().data().points().size());
        LessonLibrary.Contents c = loaded();
        assertEquals(1, c.own().size());
        Menu menu = window.menus().lessons();
        Menu mine = (Menu) menu.getItems().stream().filter(i -> "lessonsOwn".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals("My demo", mine.getItems().get(0).getText());
        assertNull(done(robot, () -> lessons().open(c.own().get(0))));
        assertTrue(caption(robot).endsWith("Watch the boundary. Then press Next."), caption(robot));
    }

    @Test
    @DisplayName("should show a gallery card per lesson with its thumbnail, and open a lesson from its card")
    void gallery(FxRobot robot) throws Exception {
        loaded();
        robot.interact(() -> lessons().showGallery());
        Node card = robot.lookup("#galleryCard-01-logistic-regression").query();
        assertNotNull(card);
        assertEquals(17, robot.lookup(".gallery-card").queryAll().size());
        ImageView picture = robot.from(card).lookup(".image-view").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> picture.getImage() != null);
        assertEquals(176, picture.getImage().getWidth());
        robot.clickOn(card);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> lessons().player().lesson() != null
                && lessons().player().index() == 0);
        assertEquals("1. Logistic regression", ((Label) node(robot, "lessonTitle")).getText());
        assertFalse(card.getScene().getWindow().isShowing(), "the gallery closes");
    }
}
