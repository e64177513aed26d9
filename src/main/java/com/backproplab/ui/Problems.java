package com.backproplab.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The bad input of one section of controls: each field with a problem is outlined red (style class
 * {@code invalid}) and the sentence of the first one shows in the section's error line. A field stays listed until
 * it holds a good value again, so nothing of a bad field is ever sent.
 */
final class Problems {
    private final Label line = new Label();
    private final Map<Node, String> byField = new LinkedHashMap<>();

    /** {@code id} names the error line. */
    Problems(String id) {
        line.setId(id);
        line.getStyleClass().add("error-text");
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.setMaxWidth(Double.MAX_VALUE);
        refresh();
    }

    /** The section's error line (hidden while there is no problem). */
    Label line() {
        return line;
    }

    /** {@code field} holds bad input: {@code sentence} says what is wrong, in words a student reads. */
    void set(Node field, String sentence) {
        byField.put(field, sentence);
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
        refresh();
    }

    /** {@code field} holds a good value (again). */
    void clear(Node field) {
        byField.remove(field);
        field.getStyleClass().remove("invalid");
        refresh();
    }

    /** Every field holds a good value again (e.g. a file's settings were shown in all of them). */
    void clearAll() {
        for (Node field : byField.keySet()) {
            field.getStyleClass().remove("invalid");
        }
        byField.clear();
        refresh();
    }

    /** Whether {@code field} holds bad input. */
    boolean has(Node field) {
        return byField.containsKey(field);
    }

    /** The sentence shown, or the empty string. */
    String text() {
        return line.getText();
    }

    private void refresh() {
        String first = byField.values().stream().findFirst().orElse("");
        line.setText(first);
        line.setVisible(!first.isEmpty());
        line.setManaged(!first.isEmpty());
    }

    /** "Not applied: " and a sentence, which ends with a full stop. */
    static String notApplied(String sentence) {
        return "Not applied: " + (sentence.endsWith(".") ? sentence : sentence + ".");
    }
}
