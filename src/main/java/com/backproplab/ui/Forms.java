package com.backproplab.ui;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The pieces of the control sections' forms: labelled rows, tooltips, number fields with the parsing and
 * formatting of the numbers typed into them, and choice boxes that show names.
 */
final class Forms {
    /** Style class of the rows presenter mode hides (see {@link Presenter}). */
    static final String ADVANCED = "advanced";
    /** Node property keys: whether the row belongs to the current choice, and whether presenter mode is on. */
    private static final String RELEVANT = "backprop.relevant", PRESENTING = "backprop.presenting";

    private Forms() {
    }

    /** A two-column form: labels on the left, controls stretching on the right. */
    static GridPane form() {
        GridPane g = new GridPane();
        g.getStyleClass().add("form");
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        // Controls may shrink below their preferred width: a narrow panel must not push the form past its edge.
        controls.setMinWidth(60);
        g.getColumnConstraints().addAll(labels, controls);
        return g;
    }

    /** Adds a labelled row; returns the label so callers can hide the row. */
    static Label row(GridPane g, String text, Node control, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        int r = g.getRowCount();
        g.add(l, 0, r);
        g.add(control, 1, r);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setMinWidth(60);
            if (tip != null) {
                c.setTooltip(tip(tip));
            }
        }
        if (tip != null) {
            l.setTooltip(tip(tip));
        }
        return l;
    }

    /** Marks a row (its label and control) as advanced: presenter mode hides it. */
    static Label advanced(Label row) {
        for (Node n : new Node[] {row, row.getLabelFor()}) {
            n.getStyleClass().add(ADVANCED);
        }
        return row;
    }

    /** Shows or hides a row (label and control) without leaving a gap; an advanced row stays hidden while presenting. */
    static void showRow(Label label, boolean show) {
        showNode(label, show);
        showNode(label.getLabelFor(), show);
    }

    /** Shows or hides a node without leaving a gap; an advanced node stays hidden while presenting. */
    static void showNode(Node n, boolean show) {
        n.getProperties().put(RELEVANT, show);
        apply(n);
    }

    /** Presenter mode on or off: hides (or shows again) the advanced rows under {@code root}. */
    static void hideAdvanced(Node root, boolean hide) {
        for (Node n : root.lookupAll("." + ADVANCED)) {
            n.getProperties().put(PRESENTING, hide);
            apply(n);
        }
    }

    private static void apply(Node n) {
        boolean show = !Boolean.FALSE.equals(n.getProperties().get(RELEVANT))
                && !Boolean.TRUE.equals(n.getProperties().get(PRESENTING));
        n.setVisible(show);
        n.setManaged(show);
    }

    /**
     * Runs {@code change} (which shows or hides rows) now, or once {@code box}'s list has closed: reflowing the
     * form under an open list moves the list, and the release of the click that chose an item reopens it.
     */
    static void afterChoice(ComboBox<?> box, Runnable change) {
        if (!box.isShowing()) {
            change.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) {
                    box.showingProperty().removeListener(this);
                    change.run();
                }
            }
        };
        box.showingProperty().addListener(once);
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setWrapText(true);
        t.setMaxWidth(320);
        return t;
    }

    /** A text field holding a number; {@link #parse} reads it. */
    static TextField numberField(String id, double value) {
        TextField f = new TextField(format(value));
        f.setId(id);
        f.setPrefColumnCount(7);
        f.getStyleClass().add("number-field");
        return f;
    }

    /**
     * The number typed in {@code f}, or NaN after telling {@code problems} in a sentence that starts with
     * {@code name}; a good number clears the field's problem.
     */
    static double parse(TextField f, String name, Problems problems) {
        String t = f.getText() == null ? "" : f.getText().strip();
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                problems.clear(f);
                return v;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        problems.set(f, Problems.notApplied(name + " must be a number, "
                + (t.isEmpty() ? "but the field is empty" : "found '" + t + "'")));
        return Double.NaN;
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

    /** Shows {@code name}'s words for the items in the list and in the box itself. */
    static <T> void names(ComboBox<T> box, java.util.function.Function<T, String> name) {
        box.setConverter(converter(name));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : name.apply(item));
            }
        });
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

    /**
     * Keeps {@code l} as wide as {@code widest} would be in its font, so a value that changes while training plays
     * ("999" to "1,000") never moves what stands beside it.
     */
    static void steadyWidth(Label l, String widest) {
        Text probe = new Text(widest);
        Runnable fit = () -> {
            probe.setFont(l.getFont());
            double w = Math.ceil(probe.getLayoutBounds().getWidth()) + l.snappedLeftInset() + l.snappedRightInset()
                    + 2;
            l.setMinWidth(w);
            l.setPrefWidth(w);
        };
        l.fontProperty().addListener((o, a, b) -> fit.run());
        l.paddingProperty().addListener((o, a, b) -> fit.run());
        fit.run();
    }
}
