package com.backproplab.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * Editable spinners that answer bad input with a sentence. A Spinner commits its text on Enter, on focus loss and
 * before each arrow step; JavaFX's own converters throw {@code NumberFormatException} out of the event handler and
 * silently clamp out-of-range numbers. Here the text is checked instead: a bad one keeps the value in force (so
 * nothing is sent), stays in the field outlined red, and its sentence shows in the section's {@link Problems}.
 */
final class NumberSpinners {
    private NumberSpinners() {
    }

    /** A spinner of whole numbers; {@code name} starts the sentence ("Hidden layers must be ..."). */
    static Spinner<Integer> whole(String id, String name, int min, int max, int value, int step, Problems problems) {
        var f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step);
        Spinner<Integer> s = new Spinner<>(f);
        f.setConverter(new Checked<>(s, problems, String::valueOf, text -> {
            long v;
            try {
                v = Long.parseLong(text);
            } catch (NumberFormatException e) {
                v = Long.MIN_VALUE;
            }
            if (v < f.getMin() || v > f.getMax()) {
                throw new IllegalArgumentException(name + " must be a whole number from " + f.getMin() + " to "
                        + f.getMax() + ", " + found(text));
            }
            return (int) v;
        }));
        return setUp(s, id, problems);
    }

    /** A spinner of decimal numbers, shown short (0.2, 1e-08). */
    static Spinner<Double> decimal(String id, String name, double min, double max, double value, double step,
                                   Problems problems) {
        var f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step);
        Spinner<Double> s = new Spinner<>(f);
        f.setConverter(new Checked<>(s, problems, Forms::format, text -> {
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!(v >= f.getMin() && v <= f.getMax())) {
                throw new IllegalArgumentException(name + " must be a number from " + Forms.format(f.getMin())
                        + " to " + Forms.format(f.getMax()) + ", " + found(text));
            }
            return v;
        }));
        return setUp(s, id, problems);
    }

    /** Shows {@code value} in a decimal spinner, raising its maximum to it first if a file holds more than it offers. */
    static void show(Spinner<Double> s, double value) {
        var f = (SpinnerValueFactory.DoubleSpinnerValueFactory) s.getValueFactory();
        f.setMax(Math.max(f.getMax(), value));
        f.setValue(value);
    }

    private static <T> Spinner<T> setUp(Spinner<T> s, String id, Problems problems) {
        s.setId(id);
        s.setEditable(true);
        // A value set by the arrows or by a file is good by construction.
        s.valueProperty().addListener((o, a, b) -> problems.clear(s));
        return s;
    }

    private static String found(String text) {
        return text.isEmpty() ? "but the field is empty" : String.format(Locale.ROOT, "found '%s'", text);
    }

    /** Reads a spinner's text: a good number becomes the value, a bad one is reported and changes nothing. */
    private static final class Checked<T> extends StringConverter<T> {
        private final Spinner<T> spinner;
        private final Problems problems;
        private final Function<T, String> format;
        private final Function<String, T> parse;

        Checked(Spinner<T> spinner, Problems problems, Function<T, String> format, Function<String, T> parse) {
            this.spinner = spinner;
            this.problems = problems;
            this.format = format;
            this.parse = parse;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : format.apply(value);
        }

        @Override
        public T fromString(String text) {
            if (spinner.getScene() == null) {
                // Taken out of the window (a layer removed) while focused: its focus loss commits nothing.
                return spinner.getValue();
            }
            try {
                T v = parse.apply(text == null ? "" : text.strip());
                problems.clear(spinner);
                return v;
            } catch (IllegalArgumentException e) {
                problems.set(spinner, Problems.notApplied(e.getMessage()));
                return spinner.getValue();
            }
        }
    }
}
