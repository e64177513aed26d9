package com.backproplab.ui.lesson;

import com.backproplab.io.Experiment;
import com.backproplab.io.ExperimentException;
import com.backproplab.io.Lesson;
import com.backproplab.io.LessonJson;
import com.backproplab.training.Snapshot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.stage.FileChooser;

/**
 * The lessons in the window: the Lessons menu, the gallery, the player with its bar, and opening and saving lesson
 * files. The library is read off the FX thread when the window opens and after a lesson is saved; everything else
 * runs on the FX thread, file work through the {@link LessonHost}.
 */
public final class Lessons {
    private static final LessonLibrary.Contents NONE = new LessonLibrary.Contents(List.of(), List.of(), List.of());

    private final LessonHost host;
    private final Path ownDirectory;
    private final LessonPlayer player;
    private final LessonBar bar;
    private final LessonMenu menu;
    private final LessonGallery gallery;
    private LessonLibrary.Contents contents = NONE;
    private CompletableFuture<LessonLibrary.Contents> loaded;

    /** The lessons of a window whose menu is {@code menu}; the instructor's lessons are in their usual folder. */
    public Lessons(Menu menu, LessonHost host) {
        this(menu, host, LessonLibrary.userDirectory());
    }

    /** As above, with the instructor's lessons in {@code ownDirectory}. */
    public Lessons(Menu menu, LessonHost host, Path ownDirectory) {
        this.host = host;
        this.ownDirectory = ownDirectory;
        this.player = new LessonPlayer(host);
        this.bar = new LessonBar(player);
        this.menu = new LessonMenu(menu, this);
        this.gallery = new LessonGallery(host::owner, this::open);
        player.onChange(this.menu::update);
        reload();
    }

    /** Reads the library again off the FX thread and fills the menu; the future completes once it is filled. */
    public CompletableFuture<LessonLibrary.Contents> reload() {
        CompletableFuture<LessonLibrary.Contents> done = new CompletableFuture<>();
        Executor fx = Platform::runLater;
        Thread reader = new Thread(() -> {
            LessonLibrary.Contents c = LessonLibrary.load(ownDirectory);
            fx.execute(() -> {
                contents = c;
                menu.fill(c.shipped(), c.own());
                c.problems().forEach(p -> System.err.println("backprop-lab: " + p));
                done.complete(c);
            });
        }, "backprop-lessons");
        reader.setDaemon(true);
        reader.start();
        loaded = done;
        return done;
    }

    /** The last reading of the library (completes once the menu is filled). */
    public CompletableFuture<LessonLibrary.Contents> loaded() {
        return loaded;
    }

    /** The player (its listeners hear when steps start: the seam for charts that keep earlier runs). */
    public LessonPlayer player() {
        return player;
    }

    /** The player's bar, to place under the toolbar. */
    public LessonBar bar() {
        return bar;
    }

    /** Records the shown step's run; call with every new snapshot. */
    public void render(Snapshot s) {
        player.render(s);
    }

    /** Opens a lesson at its first step. */
    public CompletableFuture<String> open(LessonLibrary.Entry entry) {
        return player.open(entry);
    }

    /** Shows the gallery of lessons. */
    public void showGallery() {
        gallery.show(contents);
    }

    /** The gallery (for tests). */
    LessonGallery gallery() {
        return gallery;
    }

    /** Asks for a lesson file and opens it. */
    void openFileDialog() {
        FileChooser fc = chooser("Open lesson");
        File f = fc.showOpenDialog(host.owner());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /**
     * Reads a lesson file off the FX thread and opens it at its first step; any experiment file is a lesson of one
     * step. The future completes with the problem in one sentence (also shown in the file banner), or null.
     */
    public CompletableFuture<String> openFile(Path file) {
        return host.background("Opening " + file.getFileName() + "…", () -> LessonLibrary.read(file, false),
                (entry, e) -> {
                    if (e != null) {
                        String m = "Could not open the lesson: " + (e instanceof ExperimentException ? ""
                                : file + ": ") + e.getMessage() + ". Nothing was changed.";
                        host.notice(m);
                        return CompletableFuture.completedFuture(m);
                    }
                    return open(entry);
                }).thenCompose(f -> f);
    }

    /** Asks for the title, teaser and caption, then where to save, and saves the current state as a lesson. */
    void saveDialog() {
        Experiment now = host.currentState();
        new SaveLessonDialog(host.owner(), now.title(), now.caption()).showAndWait().ifPresent(text -> {
            if (text.title().isEmpty() || text.caption().isEmpty()) {
                return;
            }
            // The instructor's folder is made first (off the FX thread), so the file dialog opens in it.
            host.background("Preparing " + ownDirectory + "…", () -> Files.createDirectories(ownDirectory),
                    (dir, e) -> {
                        // Later, so that the busy banner is gone while the dialog waits for the instructor.
                        Platform.runLater(() -> {
                            FileChooser fc = chooser("Save as a new lesson");
                            fc.setInitialFileName(fileName(text.title()));
                            File f = fc.showSaveDialog(host.owner());
                            if (f != null) {
                                saveLesson(f.toPath(), text.title(), text.teaser(), text.caption());
                            }
                        });
                        return null;
                    });
        });
    }

    /**
     * Saves the window's current state (every control and the points, no weights) as a lesson with this title,
     * teaser (may be empty) and caption, off the FX thread; the library is read again so that a lesson saved in the
     * instructor's folder shows under Your lessons. The future completes with a problem in one sentence, or null.
     */
    public CompletableFuture<String> saveLesson(Path file, String title, String teaser, String caption) {
        Experiment now = host.currentState();
        Lesson lesson = Lesson.of(new Experiment(Experiment.VERSION, title, caption, now.network(), now.training(),
                now.data(), null));
        Lesson withTeaser = teaser == null || teaser.isBlank() ? lesson
                : new Lesson(lesson.experiment(), teaser, List.of(), null);
        return host.background("Saving " + file.getFileName() + "…", () -> {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            LessonJson.write(file, withTeaser);
            return null;
        }, (nothing, e) -> {
            if (e != null) {
                String m = "Could not save the lesson " + file + ": " + e.getMessage();
                host.notice(m);
                return CompletableFuture.<String>completedFuture(m);
            }
            host.notice(null);
            return reload().thenApply(c -> (String) null);
        }).thenCompose(f -> f);
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lessons and experiments (JSON)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path dir = ownDirectory != null && Files.isDirectory(ownDirectory) ? ownDirectory : Path.of("lessons");
        if (Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toAbsolutePath().toFile());
        }
        return fc;
    }

    /** A file name made of a title: lower case, words joined by hyphens. */
    static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "lesson" : slug) + ".json";
    }
}
