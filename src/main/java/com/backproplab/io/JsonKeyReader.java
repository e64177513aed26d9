package com.backproplab.io;

import com.backproplab.data.Excerpt;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads the keys of one JSON object of an experiment as typed values. Every problem becomes an
 * {@link ExperimentException} naming the key by its path, e.g. {@code training.learningRate} or
 * {@code parameters.layers[0].W[2][1]}.
 */
final class JsonKeyReader {
    private final String file;
    private final String path;
    private final JsonNode node;

    private JsonKeyReader(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The object at {@code path}; rejects a non-object and any key not in {@code known}. */
    static JsonKeyReader of(String file, String path, JsonNode node, List<String> known) throws ExperimentException {
        if (node == null || !node.isObject()) {
            throw new ExperimentException(file, path.isEmpty() ? null : path,
                    "must be an object { ... }, found " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = KeySuggestion.closest(name, known);
                throw new ExperimentException(file, join(path, name), "unknown key"
                        + (hint == null ? "" : " (did you mean " + hint + "?)")
                        + "; expected one of: " + String.join(", ", known));
            }
        }
        return new JsonKeyReader(file, path, node);
    }

    /** The object at {@code key} of this one, checked like {@link #of}. */
    JsonKeyReader object(String key, List<String> known) throws ExperimentException {
        return of(file, path(key), node.get(key), known);
    }

    String file() {
        return file;
    }

    String path(String key) {
        return join(path, key);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The raw value, or null when the key is absent. */
    JsonNode raw(String key) {
        return node.get(key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    /** A problem with {@code key} (with this object itself when null). */
    ExperimentException error(String key, String problem) {
        return new ExperimentException(file, key == null ? path : path(key), problem);
    }

    /** A string; null counts as absent. */
    String string(String key, String dflt) throws ExperimentException {
        JsonNode v = node.get(key);
        return v != null && v.isNull() ? dflt : value(key, dflt, JsonNode::isTextual, "a string", JsonNode::textValue);
    }

    boolean bool(String key, boolean dflt) throws ExperimentException {
        return value(key, dflt, JsonNode::isBoolean, "true or false", JsonNode::booleanValue);
    }

    /** A string that {@code parse} turns into a value; its IllegalArgumentException's message is the problem. */
    <T> T choice(String key, T dflt, Function<String, T> parse) throws ExperimentException {
        String text = value(key, null, JsonNode::isTextual, "a string", JsonNode::textValue);
        if (text == null) {
            return dflt;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            // The message quotes the value: quote a bounded excerpt of it instead.
            String m = String.valueOf(e.getMessage());
            throw error(key, text.length() > Excerpt.VALUE ? m.replace(text, Excerpt.of(text)) : m);
        }
    }

    private <T> T value(String key, T dflt, Predicate<JsonNode> accepted, String expected,
                        Function<JsonNode, T> read) throws ExperimentException {
        JsonNode v = node.get(key);
        if (v == null) {
            return dflt;
        }
        if (!accepted.test(v)) {
            throw error(key, "must be " + expected + ", found " + describe(v));
        }
        return read.apply(v);
    }

    /** A finite number. */
    double number(String key, double dflt) throws ExperimentException {
        JsonNode v = node.get(key);
        return v == null ? dflt : number(file, path(key), v);
    }

    /** A whole number in [min, max]. */
    long whole(String key, long dflt, long min, long max) throws ExperimentException {
        JsonNode v = node.get(key);
        return v == null ? dflt : whole(file, path(key), v, min, max);
    }

    /** A whole number that fits an int; its range is the record's to check. */
    int integer(String key, int dflt) throws ExperimentException {
        JsonNode v = node.get(key);
        return v == null ? dflt : integer(file, path(key), v);
    }

    /** A finite number at any path. */
    static double number(String file, String path, JsonNode v) throws ExperimentException {
        if (v == null || !v.isNumber()) {
            throw new ExperimentException(file, path, "must be a number, found " + describe(v));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ExperimentException(file, path, "must be a finite number, found " + v.asText());
        }
        return d;
    }

    /** A whole number in [min, max] at any path (1e3 and 8.0 count as whole). */
    static long whole(String file, String path, JsonNode v, long min, long max) throws ExperimentException {
        if (v == null || !v.isNumber()) {
            throw new ExperimentException(file, path, "must be a whole number, found " + describe(v));
        }
        long n;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            n = v.longValue();
        } else {
            double d = v.doubleValue();
            if (!(d == Math.rint(d)) || Math.abs(d) > 9.0e15) {
                throw new ExperimentException(file, path, "must be a whole number, found " + v.asText());
            }
            n = (long) d;
        }
        if (n < min || n > max) {
            throw new ExperimentException(file, path, "must be " + range(min, max) + ", found " + n);
        }
        return n;
    }

    /** A whole number that fits an int, at any path. */
    static int integer(String file, String path, JsonNode v) throws ExperimentException {
        long n = whole(file, path, v, Long.MIN_VALUE, Long.MAX_VALUE);
        if (n != (int) n) {
            throw new ExperimentException(file, path, "is too " + (n > 0 ? "large (at most " + Integer.MAX_VALUE
                    : "small (at least " + Integer.MIN_VALUE) + "), found " + n);
        }
        return (int) n;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return ">= " + min;
        }
        return "between " + min + " and " + max;
    }

    /** A short description of a JSON value for messages: its type and, when short, its text. */
    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String t = v.textValue();
            return "the string \"" + (t.length() > 30 ? t.substring(0, 30) + "..." : t) + "\"";
        }
        if (v.isArray()) {
            return "a list of " + v.size();
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return "the number " + v.asText();
    }
}
