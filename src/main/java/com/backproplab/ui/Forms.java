package com.backproplab.ui;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The pieces of the control sections' forms: labelled rows, tooltips, spinners and number fields, with the parsing
 * and formatting of the numbers typed into them.
 */
final class Forms {
    private Forms() {
    }

    /** A two-column form: labels on the left, controls stretching on the right. */
    static GridPane form() {
        GridPane g = new GridPane();
        g.getStyleClass().add("form");
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, controls);
        return g;
    }

    /** Adds a labelled row; returns the label so callers can hide the row. */
    static Label row(GridPane g, String text, Node control, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setLabelFor(control);
        int r = g.getRowCount();
        g.add(l, 0, r);
        g.add(control, 1, r);
        if (control instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            if (tip != null) {
                c.setTooltip(tip(tip));
            }
        }
        if (tip != null) {
            l.setTooltip(tip(tip));
        }
        return l;
    }

    /** Shows or hides a row (label and control) without leaving a gap. */
    static void showRow(Label label, boolean show) {
        for (Node n : new Node[] {label, label.getLabelFor()}) {
            n.setVisible(show);
            n.setManaged(show);
        }
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setWrapText(true);
        t.setMaxWidth(320);
        return t;
    }

    static Spinner<Integer> intSpinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step));
        s.setId(id);
        s.setEditable(true);
        commitOnFocusLoss(s);
        return s;
    }

    /** An editable spinner keeps what was typed when focus leaves it (not only on Enter). */
    static <T> void commitOnFocusLoss(Spinner<T> s) {
        s.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit(s);
            }
        });
    }

    static <T> void commit(Spinner<T> s) {
        String text = s.getEditor().getText();
        try {
            T v = s.getValueFactory().getConverter().fromString(text);
            if (v != null) {
                s.getValueFactory().setValue(v);
            }
        } catch (RuntimeException e) {
            // Not a number: show the value in force again.
        }
        s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
    }

    /** A text field holding a number; {@link #parse} says in a sentence what is wrong with it. */
    static TextField numberField(String id, double value) {
        TextField f = new TextField(format(value));
        f.setId(id);
        f.setPrefColumnCount(7);
        f.getStyleClass().add("number-field");
        return f;
    }

    /** The number typed in a field, or an IllegalArgumentException naming the field. */
    static double parse(TextField f, String name) {
        String t = f.getText() == null ? "" : f.getText().strip();
        try {
            double v = Double.parseDouble(t);
            f.getStyleClass().remove("invalid");
            return v;
        } catch (NumberFormatException e) {
            markInvalid(f);
            throw new IllegalArgumentException(name + " must be a number, found '" + t + "'");
        }
    }

    static void markInvalid(Node n) {
        if (!n.getStyleClass().contains("invalid")) {
            n.getStyleClass().add("invalid");
        }
    }

    /** Short, exact text of a hyperparameter: 0.01, 0.999, 1e-08. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.6f", v);
            s = s.replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+e", "e");
    }

    /** "Not applied: " and the sentence of an IllegalArgumentException (identifiers keep their case). */
    static String sentence(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "invalid value" : e.getMessage();
        return "Not applied: " + (m.endsWith(".") ? m : m + ".");
    }

    /** A display-only converter for choice boxes: {@code f} names each item. */
    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
