package com.backproplab.ui.lesson;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window of lesson cards a student can browse: each card has a thumbnail (the lesson's run, drawn in the
 * background), the title and the one-line teaser; clicking a card opens the lesson and closes the gallery. The
 * shipped lessons come first, in course order, then the instructor's own.
 */
final class LessonGallery {
    private static final double CARD_WIDTH = Thumbnails.SIZE + 40;

    private final Supplier<Window> owner;
    private final Consumer<LessonLibrary.Entry> open;
    private final Thumbnails thumbnails = new Thumbnails();
    private final VBox content = new VBox(4);
    private Stage stage;

    LessonGallery(Supplier<Window> owner, Consumer<LessonLibrary.Entry> open) {
        this.owner = owner;
        this.open = open;
        content.getStyleClass().add("gallery");
        content.setId("gallery");
    }

    /** Shows the gallery with these lessons (builds its window on first use). */
    void show(LessonLibrary.Contents lessons) {
        fill(lessons);
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("Lessons");
            Window w = owner.get();
            if (w != null) {
                stage.initOwner(w);
            }
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, 4 * (CARD_WIDTH + 14) + 44, 720);
            scene.getStylesheets().add(Objects.requireNonNull(LessonGallery.class.getResource("lesson.css"))
                    .toExternalForm());
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    /** The gallery's window, or null before it was first shown (for tests). */
    Stage stage() {
        return stage;
    }

    private void fill(LessonLibrary.Contents lessons) {
        content.getChildren().clear();
        section("Course lessons", lessons.shipped());
        if (!lessons.own().isEmpty()) {
            section("Your lessons", lessons.own());
        }
        for (String p : lessons.problems()) {
            Label l = new Label(p);
            l.setWrapText(true);
            l.getStyleClass().add("gallery-problem");
            content.getChildren().add(l);
        }
    }

    private void section(String heading, List<LessonLibrary.Entry> entries) {
        Label h = new Label(heading);
        h.getStyleClass().add("gallery-heading");
        TilePane tiles = new TilePane();
        tiles.getStyleClass().add("gallery-tiles");
        tiles.setPrefColumns(4);
        for (LessonLibrary.Entry e : entries) {
            tiles.getChildren().add(card(e));
        }
        content.getChildren().addAll(h, tiles);
    }

    private VBox card(LessonLibrary.Entry e) {
        ImageView picture = new ImageView();
        picture.setFitWidth(Thumbnails.SIZE);
        picture.setFitHeight(Thumbnails.SIZE);
        StackPane frame = new StackPane(picture);
        frame.setMinSize(Thumbnails.SIZE, Thumbnails.SIZE);
        frame.setStyle("-fx-background-color: #eef0f3;");
        thumbnails.request(e, picture::setImage);
        Label title = new Label(e.title());
        title.getStyleClass().add("gallery-title");
        title.setWrapText(true);
        Label teaser = new Label(e.teaser());
        teaser.getStyleClass().add("gallery-teaser");
        teaser.setWrapText(true);
        VBox card = new VBox(6, frame, title, teaser);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        card.getStyleClass().add("gallery-card");
        card.setId("galleryCard-" + e.file().getFileName().toString().replaceFirst("\\.json$", ""));
        card.setOnMouseClicked(m -> {
            stage.hide();
            open.accept(e);
        });
        return card;
    }
}
