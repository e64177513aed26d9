package com.backproplab.ui;

import com.backproplab.training.Command;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The small field in which a weight or a bias of the network view gets a new value: Enter sends it to the trainer
 * (which applies it at once), Esc or a click elsewhere cancels; a value that is not a number is outlined red with
 * the window's sentence below the field, and nothing is sent. FX thread only.
 */
final class ParameterEditor extends VBox {
    private final TextField field = new TextField();
    private final Problems problems = new Problems("parameterError");
    private final Consumer<Command> send;
    /** The edit in progress: the hit it edits (a bias or an edge), or null while closed. */
    private NetworkLayout.Hit target;
    private String name;
    /** What had the keys before the field took them. */
    private Node before;
    /** Where the box was asked to open (its top left), in the parent's pixels. */
    private double anchorX, anchorY;

    ParameterEditor(Consumer<Command> send) {
        super(2);
        this.send = send;
        setId("parameterEditor");
        field.setId("parameterField");
        field.setPrefColumnCount(9);
        field.getStyleClass().add("number-field");
        problems.line().setMaxWidth(260);
        getChildren().addAll(field, problems.line());
        getStyleClass().add("parameter-editor");
        setPadding(new Insets(4));
        setManaged(false);
        setVisible(false);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                apply();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                close();
            }
        });
    }

    /**
     * Opens on {@code hit} (a bias or an edge) showing {@code value}, its top left at (x, y) in the parent's pixels.
     *
     * @param what the parameter's name in a sentence: "the weight W[2] (3 ← 5)"
     */
    void open(NetworkLayout.Hit hit, String what, double value, double x, double y) {
        target = hit;
        name = what;
        problems.clearAll();
        field.setText(Forms.format(value));
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        before = focus == field ? before : focus;
        setVisible(true);
        anchorX = x;
        anchorY = y;
        fit();
        field.requestFocus();
        field.selectAll();
    }

    /** Whether a field is open. */
    boolean isOpen() {
        return target != null;
    }

    /** The edit in progress, or null. */
    NetworkLayout.Hit target() {
        return target;
    }

    /** Closes without sending. */
    void close() {
        if (target == null) {
            return;
        }
        target = null;
        problems.clearAll();
        setVisible(false);
        // The keys go back where they were (the canvas, usually), not to the next control in line.
        if (before != null && before.getScene() != null && field.isFocused()) {
            before.requestFocus();
        }
        before = null;
    }

    /** The field (for tests). */
    TextField field() {
        return field;
    }

    /** The sentence under the field, or "" (for tests). */
    String problem() {
        return problems.text();
    }

    /** Sizes the box (unmanaged: its parent leaves that to it) to what it holds now, inside the parent. */
    private void fit() {
        applyCss();
        double w = prefWidth(-1), h = prefHeight(w);
        resize(w, h);
        layout();
        Region parent = (Region) getParent();
        relocate(Math.max(0, Math.min(parent.getWidth() - w, anchorX)),
                Math.max(0, Math.min(parent.getHeight() - h, anchorY)));
    }

    private void apply() {
        double v = Forms.parse(field, name, problems);
        if (Double.isNaN(v)) {
            fit(); // the line under the field appeared: the box grows to show it
            return;
        }
        NetworkLayout.Hit t = target;
        close();
        send.accept(t.kind() == NetworkLayout.Kind.BIAS ? new Command.SetBias(t.layer(), t.unit(), v)
                : new Command.SetWeight(t.layer(), t.unit(), t.input(), v));
    }
}
