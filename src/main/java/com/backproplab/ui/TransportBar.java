package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.javafx.FontIcon;

/** Play/Pause, Step, Reset, the speed slider and the live counters. */
final class TransportBar extends HBox {
    /** Slider positions: 0 is 2 steps/s, SLIDER_MAX is full speed; in between a log scale up to 2000 steps/s. */
    static final double SLIDER_MAX = 100;

    /** As wide for "Pause" as for "Play": the buttons beside it stay put when training starts. */
    final Button play = new Button() {
        private final javafx.scene.text.Text probe = new javafx.scene.text.Text();

        @Override
        protected double computePrefWidth(double height) {
            return super.computePrefWidth(height) - textWidth(getText())
                    + Math.max(textWidth("Play"), textWidth("Pause"));
        }

        private double textWidth(String s) {
            probe.setFont(getFont());
            probe.setText(s == null ? "" : s);
            return probe.getLayoutBounds().getWidth();
        }
    };
    final Button step = new Button("Step", new FontIcon("mdi2s-step-forward"));
    final Button reset = new Button("Reset", new FontIcon("mdi2r-restart"));
    final Slider speed = new Slider(0, SLIDER_MAX, SLIDER_MAX);
    private final Label speedValue = new Label();
    private final Label stepLabel = new Label("0");
    private final Label epochLabel = new Label("0");
    private final Label rateLabel = new Label("–");
    private final Label lrLabel = new Label("–");
    private final FontIcon playIcon = new FontIcon("mdi2p-play");
    private final FontIcon pauseIcon = new FontIcon("mdi2p-pause");
    private boolean shownPlaying = true;

    TransportBar() {
        getStyleClass().add("transport");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        play.setId("play");
        play.getStyleClass().add("accent");
        // Clicking these leaves the keyboard focus where it was (the canvas), so Space goes on playing and pausing
        // instead of pressing the button clicked last; their keys are Space or Ctrl+Space, S or →, and R.
        for (Button b : new Button[] {play, step, reset}) {
            b.setFocusTraversable(false);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // In presenter mode these show their icons only (their tooltips name them): the bar fits a projector.
        step.getStyleClass().add("tool");
        reset.getStyleClass().add("tool");
        step.setId("step");
        step.setTooltip(Forms.tip("One mini-batch step (S or →)"));
        reset.setId("reset");
        reset.setTooltip(Forms.tip("Re-initialize the weights from the seed (R)"));
        speed.setId("speed");
        speed.setPrefWidth(170);
        speed.setMinWidth(60);
        speed.setTooltip(Forms.tip("Training speed: from 2 steps/s (slow motion) to max"));
        speedValue.setId("speedValue");
        speedValue.getStyleClass().add("value-label");
        speedValue.setText(speedText(SLIDER_MAX));
        Forms.steadyWidth(speedValue, "2000 steps/s");
        speed.valueProperty().addListener((o, a, b) -> speedValue.setText(speedText(b.doubleValue())));
        stepLabel.setId("stepCounter");
        epochLabel.setId("epochCounter");
        rateLabel.setId("stepsPerSecond");
        lrLabel.setId("currentLearningRate");
        for (Label l : new Label[] {stepLabel, epochLabel, rateLabel, lrLabel}) {
            l.getStyleClass().add("counter-value");
        }
        // As wide as their widest usual value: a counter growing a digit must not shift its neighbours.
        Forms.steadyWidth(stepLabel, "9,999,999");
        Forms.steadyWidth(epochLabel, "999,999");
        Forms.steadyWidth(rateLabel, "999,999");
        Forms.steadyWidth(lrLabel, "0.0001");
        Label speedTitle = new Label("Speed");
        speedTitle.setMinWidth(Region.USE_PREF_SIZE);
        speedTitle.getStyleClass().add("counter-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(play, step, reset, sep(), speedTitle, speed, speedValue, sep(), spacer,
                counter("Step", stepLabel), counter("Epoch", epochLabel), counter("Steps/s", rateLabel),
                counter("Current α", lrLabel));
        showPlaying(false);
    }

    private static Separator sep() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(28);
        return s;
    }

    private static VBox counter(String title, Label value) {
        Label t = new Label(title);
        t.getStyleClass().add("counter-title");
        t.setMinWidth(Region.USE_PREF_SIZE);
        VBox b = new VBox(0, t, value);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Steps per second of a slider position (infinite at the right end). */
    static double stepsPerSecond(double position) {
        if (position >= SLIDER_MAX - 0.5) {
            return Double.POSITIVE_INFINITY;
        }
        return 2 * Math.pow(1000, position / (SLIDER_MAX - 1));
    }

    /** The slider position of a speed (the inverse of {@link #stepsPerSecond}); infinite and beyond 2000 is max. */
    static double position(double stepsPerSecond) {
        if (Double.isInfinite(stepsPerSecond) || stepsPerSecond > stepsPerSecond(SLIDER_MAX - 1)) {
            return SLIDER_MAX;
        }
        double p = Math.log(Math.max(stepsPerSecond, 2) / 2) / Math.log(1000) * (SLIDER_MAX - 1);
        return Math.min(SLIDER_MAX - 1, Math.max(0, p));
    }

    private static String speedText(double position) {
        double s = stepsPerSecond(position);
        if (Double.isInfinite(s)) {
            return "max";
        }
        return (s < 10 ? String.format(Locale.ROOT, "%.1f", s) : String.format(Locale.ROOT, "%.0f", s)) + " steps/s";
    }

    void showPlaying(boolean playing) {
        if (playing == shownPlaying) {
            return;
        }
        shownPlaying = playing;
        play.setText(playing ? "Pause" : "Play");
        play.setGraphic(playing ? pauseIcon : playIcon);
        play.setTooltip(Forms.tip(playing ? "Pause training (Space on the canvas, Ctrl+Space anywhere)"
                : "Start training (Space on the canvas, Ctrl+Space anywhere)"));
    }

    void update(Snapshot s) {
        showPlaying(s.playing());
        setIfChanged(stepLabel, String.format(Locale.ROOT, "%,d", s.step()));
        setIfChanged(epochLabel, String.format(Locale.ROOT, "%,d", s.epoch()));
        setIfChanged(lrLabel, Forms.format(s.learningRate()));
    }

    /** The steps/s text (the frame loop gives the toolbar and the FPS overlay the same one). */
    void showRate(String text) {
        setIfChanged(rateLabel, text);
    }

    static void setIfChanged(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }
}
