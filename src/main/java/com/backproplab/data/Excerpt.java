package com.backproplab.data;

/**
 * Bounded quoting for messages: a bad value or a piece of a file is shown at most {@code max} characters long,
 * control characters escaped, with the full length said when cut, so one error stays one short line whatever the
 * input holds (a 4-million-character cell, another program's file).
 */
public final class Excerpt {
    /** The most of any bad value a message quotes. */
    public static final int VALUE = 200;
    /** The most of a file's content a message quotes when the file may not be a dataset at all. */
    public static final int CONTENT = 24;

    private Excerpt() {
    }

    /** {@code text} cut to at most {@link #VALUE} characters. */
    public static String of(String text) {
        return of(text, VALUE);
    }

    /** {@code text} cut to at most {@code max} characters, e.g. {@code abc... (5000000 characters)}. */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        boolean cut = text.length() > max;
        String head = cut ? text.substring(0, Math.max(0, max - 3)) : text;
        StringBuilder s = new StringBuilder(head.length() + 24);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (Character.isISOControl(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return cut ? s.append("... (").append(text.length()).append(" characters)").toString() : s.toString();
    }
}
