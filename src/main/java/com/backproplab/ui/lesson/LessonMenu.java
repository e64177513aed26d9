package com.backproplab.ui.lesson;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's Lessons menu: the gallery, every shipped lesson in course order, the instructor's own, Next and
 * Previous step (Page Down and Page Up, as a presenter's remote sends them), and opening or saving a lesson file.
 */
final class LessonMenu {
    private final Menu menu;
    private final Lessons lessons;
    private final MenuItem gallery = item("lessonsGallery", "Browse lessons…", "mdi2v-view-grid-outline");
    private final MenuItem next = item("lessonsNext", "Next step", "mdi2c-chevron-right");
    private final MenuItem back = item("lessonsBack", "Previous step", "mdi2c-chevron-left");
    private final MenuItem close = item("lessonsClose", "Close lesson", "mdi2c-close");
    private final MenuItem openFile = item("lessonsOpenFile", "Open lesson file…", "mdi2f-folder-open-outline");
    private final MenuItem save = item("lessonsSave", "Save as a new lesson…", "mdi2c-content-save-outline");
    private final Menu own = new Menu("Your lessons");
    /** Where the lesson items go: after the gallery and its separator. */
    private static final int FIRST_LESSON = 2;
    private int lessonItems;

    LessonMenu(Menu menu, Lessons lessons) {
        this.menu = menu;
        this.lessons = lessons;
        gallery.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        gallery.setOnAction(e -> lessons.showGallery());
        next.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_DOWN));
        next.setOnAction(e -> lessons.player().next());
        back.setAccelerator(new KeyCodeCombination(KeyCode.PAGE_UP));
        back.setOnAction(e -> lessons.player().back());
        close.setOnAction(e -> lessons.player().close());
        openFile.setOnAction(e -> lessons.openFileDialog());
        save.setOnAction(e -> lessons.saveDialog());
        own.setId("lessonsOwn");
        menu.getItems().addAll(gallery, new SeparatorMenuItem(), new SeparatorMenuItem(), next, back, close,
                new SeparatorMenuItem(), openFile, save);
        update();
    }

    private static MenuItem item(String id, String text, String icon) {
        MenuItem m = new MenuItem(text, new FontIcon(icon));
        m.setId(id);
        return m;
    }

    /** Puts these lessons into the menu, replacing those there. */
    void fill(List<LessonLibrary.Entry> shipped, List<LessonLibrary.Entry> mine) {
        menu.getItems().remove(FIRST_LESSON, FIRST_LESSON + lessonItems);
        int at = FIRST_LESSON;
        for (LessonLibrary.Entry e : shipped) {
            menu.getItems().add(at++, entry(e));
        }
        own.getItems().clear();
        for (LessonLibrary.Entry e : mine) {
            own.getItems().add(entry(e));
        }
        if (!mine.isEmpty()) {
            menu.getItems().add(at++, own);
        }
        lessonItems = at - FIRST_LESSON;
    }

    private MenuItem entry(LessonLibrary.Entry e) {
        MenuItem m = new MenuItem(e.title());
        m.setId("lesson-" + e.file().getFileName().toString().replaceFirst("\\.json$", ""));
        m.setMnemonicParsing(false);
        m.setOnAction(a -> lessons.open(e));
        return m;
    }

    /** Enables Next, Previous and Close as the player allows. */
    void update() {
        LessonPlayer p = lessons.player();
        boolean open = p.lesson() != null;
        next.setDisable(!open || p.index() >= p.steps().size() - 1);
        back.setDisable(!open || p.index() <= 0);
        close.setDisable(!open);
    }
}
