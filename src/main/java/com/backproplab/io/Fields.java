package com.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Typed, checked access to one JSON object of an experiment. Every problem becomes an {@link ExperimentException}
 * naming the key by its path, e.g. {@code training.learningRate} or {@code parameters.layers[0].W[2][1]}.
 */
final class Fields {
    private final String file;
    private final String path;
    private final JsonNode node;

    private Fields(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The object at {@code path}; rejects a non-object and any key not in {@code known}. */
    static Fields of(String file, String path, JsonNode node, List<String> known) throws ExperimentException {
        if (node == null || !node.isObject()) {
            throw new ExperimentException(file, path.isEmpty() ? null : path,
                    "must be an object { ... }, found " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = suggestion(name, known);
                throw new ExperimentException(file, join(path, name), "unknown key"
                        + (hint == null ? "" : " (did you mean " + hint + "?)")
                        + "; expected one of: " + String.join(", ", known));
            }
        }
        return new Fields(file, path, node);
    }

    String file() {
        return file;
    }

    String path(String key) {
        return join(path, key);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The raw value, or null when the key is absent. */
    JsonNode raw(String key) {
        return node.get(key);
    }

    boolean has(String key) {
        return node.has(key);
    }

    ExperimentException error(String key, String problem) {
        return new ExperimentException(file, key == null ? path : path(key), problem);
    }

    String string(String key, String dflt) throws ExperimentException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw error(key, "must be a string, found " + describe(v));
        }
        return v.textValue();
    }

    boolean bool(String key, boolean dflt) throws ExperimentException {
        JsonNode v = node.get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw error(key, "must be true or false, found " + describe(v));
        }
        return v.booleanValue();
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

    /** A known key close to the unknown one (same letters ignoring case, or a small edit away), or null. */
    static String suggestion(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) ? 0
                    : distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
