package com.backproplab.io;

import com.backproplab.data.Excerpt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's safety limits (number length, string length, nesting depth) in the user's words, without the
 * parser's method names; package-private.
 */
final class JsonLimits {
    /** "Number value length (2001) exceeds the maximum allowed (1000, from `...`)". */
    private static final Pattern LIMIT = Pattern.compile(
            "(Number value|Number|String value|Document nesting depth|Name|Document) ?(?:length)? \\((\\d+)\\)"
                    + " exceeds the maximum allowed \\((\\d+).*");

    private JsonLimits() {
    }

    static String describe(String message) {
        Matcher m = message == null ? null : LIMIT.matcher(message);
        if (m == null || !m.find()) {
            return Excerpt.of(message == null ? "a value beyond the reader's limits"
                    : message.replaceAll(", from `[^`]*`", "").replaceAll("`", ""));
        }
        String what = m.group(1);
        String max = m.group(3);
        if (what.startsWith("Number")) {
            return "a number of " + m.group(2) + " characters; at most " + max + " are read";
        }
        if (what.startsWith("String")) {
            return "a string of " + m.group(2) + " characters or more; at most " + max + " are read";
        }
        if (what.startsWith("Document nesting")) {
            return "lists and objects nested more than " + max + " deep";
        }
        if (what.startsWith("Name")) {
            return "a key of " + m.group(2) + " characters; at most " + max + " are read";
        }
        return "a file beyond the reader's length limit (" + max + ")";
    }
}
