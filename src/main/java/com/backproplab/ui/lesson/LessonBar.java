package com.backproplab.ui.lesson;

import com.backproplab.io.LessonStep;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson player under the toolbar: the lesson's title, Back and Next with "Step 2 of 4", and one button per step
 * that shows the step's title and, once it has trained, its result (train and dev accuracy, where the dev cost was
 * lowest when it has risen since, or that training stopped). Clicking a step's button goes there. The step's caption
 * shows above the points, where an experiment's caption goes. Hidden while no lesson is open.
 */
public final class LessonBar extends VBox {
    private final LessonPlayer player;
    private final Label title = new Label();
    private final Label position = new Label();
    private final Button back = new Button("Back", new FontIcon("mdi2c-chevron-left"));
    private final Button next = new Button("Next", new FontIcon("mdi2c-chevron-right"));
    private final FlowPane chips = new FlowPane(6, 4);

    public LessonBar(LessonPlayer player) {
        this.player = player;
        setId("lessonBar");
        getStyleClass().add("lesson-bar");
        getStylesheets().add(Objects.requireNonNull(LessonBar.class.getResource("lesson.css")).toExternalForm());
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        position.setId("lessonPosition");
        position.getStyleClass().add("lesson-position");
        back.setId("lessonBack");
        back.setTooltip(new Tooltip("The previous step (Page Up)"));
        back.setOnAction(e -> player.back());
        next.setId("lessonNext");
        next.setTooltip(new Tooltip("The next step (Page Down)"));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> player.next());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("lessonClose");
        close.setTooltip(new Tooltip("Close the lesson (the window keeps its state)"));
        close.setOnAction(e -> player.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FontIcon icon = new FontIcon("mdi2s-school-outline");
        HBox row = new HBox(10, icon, title, back, position, next, spacer, close);
        row.setAlignment(Pos.CENTER_LEFT);
        chips.setId("lessonSteps");
        getChildren().addAll(row, chips);
        setSpacing(6);
        player.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        boolean open = player.lesson() != null;
        setVisible(open);
        setManaged(open);
        if (!open) {
            chips.getChildren().clear();
            return;
        }
        List<LessonStep> steps = player.steps();
        int i = player.index();
        title.setText(player.lesson().title());
        position.setText("Step " + (i + 1) + " of " + steps.size());
        back.setDisable(i <= 0);
        next.setDisable(i >= steps.size() - 1);
        if (chips.getChildren().size() != steps.size()) {
            chips.getChildren().clear();
            for (int k = 0; k < steps.size(); k++) {
                int target = k;
                Button b = new Button();
                b.setMnemonicParsing(false);
                b.setId("lessonStep" + (k + 1));
                b.getStyleClass().add("lesson-chip");
                b.setOnAction(e -> player.go(target));
                chips.getChildren().add(b);
            }
        }
        List<StepRecord> records = player.records();
        for (int k = 0; k < steps.size(); k++) {
            Button b = (Button) chips.getChildren().get(k);
            StepRecord r = records.get(k);
            b.setText((k + 1) + ". " + steps.get(k).title() + (r == null ? "" : "  ·  " + summary(r)));
            b.setTooltip(new Tooltip(r == null ? "Go to this step" : details(r)));
            b.getStyleClass().remove("lesson-chip-current");
            if (k == i) {
                b.getStyleClass().add("lesson-chip-current");
            }
        }
    }

    /** A step's result in a few words. */
    static String summary(StepRecord r) {
        if (r.stopped() != null) {
            return "stopped at step " + String.format(Locale.ROOT, "%,d", r.step());
        }
        if (Double.isNaN(r.metrics().trainAccuracy()) && !Double.isNaN(r.metrics().trainCost())) {
            // Regression: no accuracy, so the costs.
            return String.format(Locale.ROOT, "train cost %.3g", r.metrics().trainCost())
                    + (Double.isNaN(r.metrics().devCost()) ? ""
                    : String.format(Locale.ROOT, ", dev %.3g", r.metrics().devCost()));
        }
        String s = "train " + percent(r.metrics().trainAccuracy());
        if (!Double.isNaN(r.metrics().devAccuracy())) {
            s += ", dev " + percent(r.metrics().devAccuracy());
            if (rose(r)) {
                s += ", best dev at step " + String.format(Locale.ROOT, "%,d", r.bestDevStep());
            }
        }
        return s;
    }

    /** The dev cost has risen clearly above its lowest point: early stopping would have kept an earlier step. */
    static boolean rose(StepRecord r) {
        return r.bestDevStep() >= 0 && r.metrics().devCost() > 1.1 * r.bestDevCost();
    }

    private static String details(StepRecord r) {
        String s = String.format(Locale.ROOT, "After %,d steps: train cost %.4f, accuracy %s", r.step(),
                r.metrics().trainCost(), percent(r.metrics().trainAccuracy()));
        if (!Double.isNaN(r.metrics().devAccuracy())) {
            s += String.format(Locale.ROOT, "; dev cost %.4f, accuracy %s; lowest dev cost %.4f at step %,d",
                    r.metrics().devCost(), percent(r.metrics().devAccuracy()), r.bestDevCost(), r.bestDevStep());
        }
        return r.stopped() == null ? s + "." : r.stopped();
    }

    private static String percent(double a) {
        return Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * a);
    }
}
