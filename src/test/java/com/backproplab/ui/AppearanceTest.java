package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.plot.Palette;
import com.backproplab.training.Snapshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dark theme (remembered) and presenter mode, both from the View menu. */
@WindowTest
class AppearanceTest {

    private static MenuItem item(OpenWindow o, String id) {
        return o.window.menus().view().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private static int pixel(OpenWindow o, double x, double y) {
        DataCanvas c = o.window.canvas();
        WritableImage img = OpenWindow.on(() -> c.snapshot(null, null));
        return img.getPixelReader().getArgb((int) Math.round(c.toPixelX(x)), (int) Math.round(c.toPixelY(y)));
    }

    /** Visible, and so are all its parents. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int brightness(int argb) {
        return ((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255);
    }

    @Test
    @DisplayName("should switch to the dark theme from the View menu, palettes included, and remember it")
    void darkTheme(@TempDir Path config) throws Exception {
        Path file = config.resolve("backprop-lab").resolve(Preferences.FILE);
        try (OpenWindow o = OpenWindow.at(1280, 800)) {
            o.run(() -> o.window.usePreferences(Preferences.load(file)));
            Snapshot s = o.await(x -> x.grid() != null);
            o.run(() -> o.window.canvas().render(s));
            int light = pixel(o, 5.7, -5.7);
            RadioMenuItem dark = (RadioMenuItem) item(o, "darkTheme");
            o.run(() -> dark.setSelected(true));
            assertTrue(o.window.root().getStylesheets().stream().anyMatch(u -> u.endsWith("dark.css")));
            int darkPixel = pixel(o, 5.7, -5.7);
            double p = o.window.canvas().probabilityAt(5.7, -5.7);
            assertTrue(brightness(darkPixel) < brightness(light) - 200, "the heatmap went dark");
            int expected = Palette.heat(p, true);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertTrue(Math.abs(((darkPixel >> shift) & 255) - ((expected >> shift) & 255)) <= 12,
                        String.format("pixel %06X, dark palette %06X", darkPixel & 0xFFFFFF, expected & 0xFFFFFF));
            }
            Label title = o.node("stepCounter");
            assertTrue(title.getTextFill() instanceof javafx.scene.paint.Color c && c.getBrightness() > 0.8,
                    "light text on the dark bar: " + title.getTextFill());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Preferences.load(file).darkTheme());
        }
        // The next start reads it back.
        try (OpenWindow o = OpenWindow.at(1280, 800)) {
            o.run(() -> o.window.usePreferences(Preferences.load(file)));
            assertTrue(o.window.appearance().darkProperty().get());
            assertTrue(((RadioMenuItem) item(o, "darkTheme")).isSelected());
            assertFalse(((RadioMenuItem) item(o, "lightTheme")).isSelected());
            o.run(() -> ((RadioMenuItem) item(o, "lightTheme")).setSelected(true));
            assertFalse(o.window.root().getStylesheets().stream().anyMatch(u -> u.endsWith("dark.css")));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Preferences.load(file).darkTheme());
        }
    }

    @Test
    @DisplayName("should go full screen with larger text, points and lines and no advanced rows in presenter mode")
    void presenterMode(FxRobot robot) {
        try (OpenWindow o = OpenWindow.at(1280, 800)) {
            Label formLabel = (Label) o.window.root().lookup(".form-label");
            double normalFont = formLabel.getFont().getSize();
            double normalRadius = o.window.canvas().pointRadius();
            o.tab("Training");
            assertTrue(o.node("beta1").isVisible());
            CheckMenuItem presenter = (CheckMenuItem) item(o, "presenterMode");
            o.run(() -> presenter.setSelected(true));
            assertTrue(o.stage.isFullScreen());
            assertTrue(o.window.root().getStyleClass().contains(Appearance.PRESENTER_CLASS));
            assertEquals(Appearance.PRESENTER_SCALE * normalRadius, o.window.canvas().pointRadius(), 1e-9);
            assertTrue(o.window.root().lookup("#sidePanel") == null, "the controls make room for the canvas");
            robot.type(KeyCode.F9);
            o.layout();
            assertTrue(formLabel.getFont().getSize() > 1.15 * normalFont, "text grew: " + formLabel.getFont());
            assertFalse(shown(o.node("beta1")), "Adam's β1 is an advanced row");
            assertTrue(shown(o.node("learningRate")), "the learning rate stays");
            o.tab("Network");
            assertFalse(shown(o.node("seed")), "the seed is an advanced row");
            assertTrue(shown(o.node("layers")));
            // Esc leaves full screen, and presenter mode with it.
            o.run(() -> o.stage.setFullScreen(false));
            assertFalse(presenter.isSelected());
            assertFalse(o.window.root().getStyleClass().contains(Appearance.PRESENTER_CLASS));
            assertEquals(normalRadius, o.window.canvas().pointRadius(), 1e-9);
            assertTrue(shown(o.node("seed")), "the seed is back");
            o.tab("Training");
            assertTrue(shown(o.node("beta1")), "β1 is back");
        }
    }
}
