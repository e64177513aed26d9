package com.backproplab.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A flat JSON object of measurements (the benchmark's lines, the window's performance report), built with the
 * JSON library so that the text is always valid JSON: keys in the order added, numbers rounded to a fixed number
 * of decimals, and null for a value that is not finite (JSON has no NaN or Infinity).
 */
public final class JsonReport {
    private final ObjectNode node = JsonNodeFactory.withExactBigDecimals(true).objectNode();

    /** A string value. */
    public JsonReport text(String key, String value) {
        node.put(key, value);
        return this;
    }

    /** A whole number. */
    public JsonReport whole(String key, long value) {
        node.put(key, value);
        return this;
    }

    /** A number rounded to {@code decimals} places (written plainly, e.g. 0.050), or null when not finite. */
    public JsonReport number(String key, double value, int decimals) {
        if (Double.isFinite(value)) {
            node.put(key, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
        } else {
            node.putNull(key);
        }
        return this;
    }

    /** The object on one line, without a line break. */
    public String line() {
        return ExperimentJson.text(node, false);
    }

    /** The object indented, one key per line, with a final line break. */
    public String indented() {
        return ExperimentJson.text(node, true);
    }
}
