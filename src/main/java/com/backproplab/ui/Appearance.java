package com.backproplab.ui;

import com.backproplab.ui.chart.Look;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * The window's theme and presenter mode. The dark theme adds {@code dark.css} over {@code app.css}, draws the
 * canvas, the heatmap and the charts in their dark palette, and is remembered in the {@link Preferences}.
 * Presenter mode (F11) goes full screen, enlarges the text (style class {@code presenter}), the points and the
 * lines, hides the panel of controls (F9 shows it again) and the advanced rows of the forms; leaving full screen
 * (Esc) leaves it.
 */
final class Appearance {
    /** Points, lines and chart text in presenter mode, against the normal size. */
    static final double PRESENTER_SCALE = 1.35;
    static final String PRESENTER_CLASS = "presenter";
    private static final String DARK_CSS = Objects.requireNonNull(Appearance.class.getResource("dark.css"))
            .toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final BooleanProperty controls = new SimpleBooleanProperty(this, "controls", true);
    private final Parent root;
    /** The forms whose advanced rows presenter mode hides (looked up in their own children, not through skins). */
    private final List<Parent> forms;
    private final DataCanvas canvas;
    private final ProgressPanel progress;
    private final Supplier<Stage> stage;
    private Preferences preferences = Preferences.inMemory();
    private final CanvasOptions canvasOptions;

    Appearance(Parent root, List<Parent> forms, DataCanvas canvas, ProgressPanel progress, Supplier<Stage> stage) {
        this.root = root;
        this.forms = List.copyOf(forms);
        this.canvas = canvas;
        this.progress = progress;
        this.stage = stage;
        this.canvasOptions = new CanvasOptions(canvas);
        dark.addListener((o, was, is) -> {
            if (is) {
                root.getStylesheets().add(DARK_CSS);
            } else {
                root.getStylesheets().remove(DARK_CSS);
            }
            applyLook();
            if (is != preferences.darkTheme()) {
                preferences.setDarkTheme(is);
            }
        });
        presenter.addListener((o, was, is) -> {
            presenterStyle(is);
            Stage s = stage.get();
            if (s != null && s.isFullScreen() != is) {
                s.setFullScreen(is);
            }
        });
    }

    /**
     * Everything of presenter mode but full screen (which follows the screen's size, so tests of other sizes set
     * only this): larger text, points and lines, the controls panel and the advanced rows hidden.
     */
    void presenterStyle(boolean on) {
        if (on && !root.getStyleClass().contains(PRESENTER_CLASS)) {
            root.getStyleClass().add(PRESENTER_CLASS);
        } else if (!on) {
            root.getStyleClass().remove(PRESENTER_CLASS);
        }
        // The canvas and the charts take the screen; the controls are one key (F9) away.
        controls.set(!on);
        for (Parent form : forms) {
            Forms.hideAdvanced(form, on);
        }
        applyLook();
    }

    /** The look of the canvases now: presenter's size while its style is on. */
    private boolean presenting() {
        return root.getStyleClass().contains(PRESENTER_CLASS);
    }

    /** Takes the theme from {@code p}, and remembers later choices there. */
    void use(Preferences p) {
        preferences = p;
        dark.set(p.darkTheme());
        canvasOptions.use(p);
    }

    /** Follows the stage: leaving full screen (Esc) leaves presenter mode. */
    void watch(Stage s) {
        s.setFullScreenExitHint("Presenter mode: F11 or Esc to leave");
        s.fullScreenProperty().addListener((o, was, is) -> {
            if (!is) {
                presenter.set(false);
            }
        });
    }

    /** Discretize output and show dev points (View menu). */
    CanvasOptions canvasOptions() {
        return canvasOptions;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    BooleanProperty presenterProperty() {
        return presenter;
    }

    /** Whether the panel of controls shows (F9). */
    BooleanProperty controlsProperty() {
        return controls;
    }

    /** The look of the canvases now. */
    Look look() {
        return new Look(dark.get(), presenting() ? PRESENTER_SCALE : 1);
    }

    private void applyLook() {
        Look l = look();
        canvas.setLook(l);
        progress.setLook(l);
    }
}
