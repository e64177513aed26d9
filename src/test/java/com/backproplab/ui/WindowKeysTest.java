package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.engine.Activation;
import com.backproplab.training.Snapshot;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The keys never fight the fields: shortcuts only where nothing else uses the key, bad input answered. */
@WindowTest
class WindowKeysTest {
    private OpenWindow o;

    @BeforeEach
    void open() {
        o = OpenWindow.at(1280, 800);
    }

    @AfterEach
    void close() {
        o.close();
    }

    private void focus(Node n) {
        o.run(n::requestFocus);
        assertTrue(n.isFocused() || n.getScene().getFocusOwner() == n, "focused: " + n.getScene().getFocusOwner());
    }

    @Test
    @DisplayName("should type R and S into a focused spinner instead of resetting and stepping")
    void lettersTypeInSpinners(FxRobot robot) {
        o.tab("Network");
        Spinner<Integer> layers = o.node("layers");
        robot.clickOn(layers.lookup(".increment-arrow-button"));
        o.await(s -> s.network().hidden().size() == 3);
        robot.type(KeyCode.R, KeyCode.S);
        o.layout();
        String typed = layers.getEditor().getText();
        assertTrue(typed.contains("rs"), "the letters went into the field: " + typed);
        Snapshot s = o.settle();
        assertEquals(0, s.step(), "S did not step");
        assertEquals(3, s.network().hidden().size());
        // Enter answers the bad text with its sentence and an outline, and sends nothing.
        robot.type(KeyCode.ENTER);
        o.layout();
        Label error = o.node("networkError");
        assertTrue(error.isVisible() && error.getText().startsWith("Not applied: Hidden layers must be a whole number"
                + " from 0 to 16, found '" + typed + "'"), error.getText());
        assertTrue(layers.getStyleClass().contains("invalid"));
        assertEquals(List.of(8, 8, 8), o.settle().network().hidden());
    }

    @Test
    @DisplayName("should answer Space with the focused button, check box or list, and → with the focused slider")
    void focusedControlsKeepTheirKeys(FxRobot robot) {
        o.tab("Network");
        CheckBox bn = o.node("batchNorm");
        focus(bn);
        robot.type(KeyCode.SPACE);
        o.await(s -> s.network().batchNorm());
        assertTrue(bn.isSelected());
        // A combo box keeps Space (it arms it) and opens on Alt+↓; the chart's choice box opens on Space.
        ComboBox<Activation> activation = o.node("activation");
        focus(activation);
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        o.layout();
        assertTrue(activation.isShowing(), "Alt+↓ opened the list");
        robot.type(KeyCode.ESCAPE);
        o.layout();
        javafx.scene.control.ChoiceBox<?> quantity = o.node("gradientQuantity");
        focus(quantity);
        robot.type(KeyCode.SPACE);
        o.layout();
        assertTrue(quantity.isShowing(), "Space opened the chart's choice");
        robot.type(KeyCode.ESCAPE);
        long seed = o.latest().network().seed();
        Button dice = o.node("newSeed");
        focus(dice);
        robot.type(KeyCode.SPACE);
        o.await(s -> s.network().seed() != seed);
        o.tab("Training");
        Slider lr = o.node("learningRateSlider");
        double before = lr.getValue();
        focus(lr);
        robot.type(KeyCode.RIGHT);
        o.layout();
        assertTrue(lr.getValue() > before, "→ moved the slider up: " + before + " -> " + lr.getValue());
        Snapshot s = o.settle();
        assertFalse(s.playing(), "Space played nothing");
        assertEquals(0, s.step(), "→ stepped nothing");
    }

    @Test
    @DisplayName("should play and pause with Ctrl+Space from anywhere, even while typing in a field")
    void ctrlSpaceFromAnywhere(FxRobot robot) {
        o.tab("Training");
        TextField lr = o.node("learningRate");
        focus(lr);
        String text = lr.getText();
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        o.await(Snapshot::playing);
        assertEquals(text, lr.getText(), "nothing typed into the field");
        o.tab("Network");
        focus(o.node("layers"));
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        o.await(s -> !s.playing());
    }

    @Test
    @DisplayName("should run Space, →, S, R and E on the canvas, which has the focus from the start")
    void canvasKeys(FxRobot robot) {
        assertTrue(o.window.canvas().isFocused(), "the canvas has the focus when the window opens");
        robot.type(KeyCode.S);
        o.await(s -> s.step() == 1);
        robot.type(KeyCode.RIGHT);
        o.await(s -> s.step() == 2);
        robot.type(KeyCode.R);
        o.await(s -> s.step() == 0);
        robot.type(KeyCode.E);
        o.layout();
        assertTrue(o.window.canvas().isEraser());
        robot.type(KeyCode.E);
        robot.type(KeyCode.SPACE);
        o.await(Snapshot::playing);
        // Clicking a toolbar button leaves the focus on the canvas: Space still pauses.
        robot.clickOn("#step");
        assertTrue(o.window.canvas().isFocused());
        robot.type(KeyCode.SPACE);
        o.await(Snapshot::playing);
    }

    @Test
    @DisplayName("should answer 'abc' with Enter or Tab in every spinner with its sentence and an outline, sending nothing")
    void badTextInEverySpinner(FxRobot robot) {
        Map<String, String> tabs = Map.of("layers", "Network", "units", "Network", "layerUnits0", "Network",
                "seed", "Network", "batchSize", "Training", "pointCount", "Data", "devFraction", "Data");
        Map<String, String> errors = Map.of("Network", "networkError", "Training", "trainingError", "Data",
                "dataError");
        Snapshot before = o.settle();
        for (String id : tabs.keySet()) {
            for (KeyCode commit : new KeyCode[] {KeyCode.ENTER, KeyCode.TAB}) {
                o.tab(tabs.get(id));
                Spinner<?> spinner = o.node(id);
                focus(spinner);
                o.run(() -> spinner.getEditor().selectAll());
                robot.write("abc");
                robot.type(commit);
                o.layout();
                Label error = o.node(errors.get(tabs.get(id)));
                assertTrue(error.isVisible() && error.getText().startsWith("Not applied: ")
                        && error.getText().contains("found 'abc'"), id + " after " + commit + ": " + error.getText());
                assertTrue(spinner.getStyleClass().contains("invalid"), id + " is outlined");
                assertEquals("abc", spinner.getEditor().getText(), "the text stays for the user to fix");
                // A good value clears it.
                o.run(() -> {
                    spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(
                            castValue(spinner)));
                    spinner.commitValue();
                });
                assertFalse(spinner.getStyleClass().contains("invalid"), id + " is clear again");
                assertFalse(error.isVisible(), id + ": " + error.getText());
            }
        }
        Snapshot after = o.settle();
        assertEquals(before.network(), after.network());
        assertEquals(before.training(), after.training());
        assertEquals(before.dataSettings(), after.dataSettings());
        assertEquals(before.data(), after.data());
    }

    @Test
    @DisplayName("should drop the sentence of a layer's spinner when the layer goes away")
    void sentenceGoesWithItsLayer(FxRobot robot) {
        o.tab("Network");
        Spinner<Integer> second = o.node("layerUnits1");
        focus(second);
        o.run(() -> second.getEditor().selectAll());
        robot.write("abc");
        robot.type(KeyCode.ENTER);
        o.layout();
        Label error = o.node("networkError");
        assertTrue(error.isVisible(), error.getText());
        Spinner<Integer> layers = o.node("layers");
        o.run(() -> layers.getValueFactory().setValue(1));
        assertFalse(error.isVisible(), "the spinner and its sentence are gone: " + error.getText());
        assertEquals(List.of(8), o.await(x -> x.network().hidden().size() == 1).network().hidden());
    }

    @SuppressWarnings("unchecked")
    private static <T> T castValue(Spinner<?> s) {
        return (T) s.getValue();
    }

    @Test
    @DisplayName("should outline a learning rate of -1 beside its sentence, and send nothing")
    void negativeLearningRate(FxRobot robot) {
        o.tab("Training");
        TextField lr = o.node("learningRate");
        focus(lr);
        o.run(lr::selectAll);
        robot.write("-1");
        robot.type(KeyCode.ENTER);
        o.layout();
        Label error = o.node("trainingError");
        assertEquals("Not applied: The learning rate must be > 0, found -1.0.", error.getText());
        assertTrue(lr.getStyleClass().contains("invalid"));
        assertEquals(0.01, o.settle().training().learningRate());
        o.run(() -> lr.setText("0.02"));
        robot.type(KeyCode.ENTER);
        o.await(s -> s.training().learningRate() == 0.02);
        assertFalse(lr.getStyleClass().contains("invalid"));
        assertFalse(error.isVisible());
    }

    @Test
    @DisplayName("should toggle presenter mode with F11, the controls with F9 and the overlay with F3, once per press")
    void functionKeys(FxRobot robot) {
        Appearance a = o.window.appearance();
        robot.type(KeyCode.F11);
        o.layout();
        assertTrue(a.presenterProperty().get());
        assertTrue(o.stage.isFullScreen());
        assertFalse(a.controlsProperty().get());
        robot.type(KeyCode.F9);
        o.layout();
        assertTrue(a.controlsProperty().get());
        robot.type(KeyCode.F11);
        o.layout();
        assertFalse(a.presenterProperty().get());
        assertFalse(o.stage.isFullScreen());
        robot.type(KeyCode.F3);
        o.layout();
        assertTrue(o.window.frames().overlayShown());
        robot.type(KeyCode.F3);
        o.layout();
        assertFalse(o.window.frames().overlayShown());
    }
}
