package com.backproplab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * Builds the JSON tree of an experiment from a parser, within a memory budget: lists of numbers are held compactly
 * ({@link NumberListNode}), and a file with more values than any experiment the app can train is refused with its
 * line rather than read until the heap runs out; package-private.
 */
final class JsonTree {
    /**
     * The most values read: the largest network the format allows (32 x 256, batch norm, Adam's two moments) saves
     * about 6.3 million numbers; this leaves room for inline points beside them.
     */
    static final long MAX_VALUES = 12_000_000;
    /** Values other than numbers in lists cost about 4 times as much memory; they count that much. */
    private static final int NODE_COST = 4;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser p;
    private final String source;
    private long budget = MAX_VALUES;

    private JsonTree(JsonParser p, String source) {
        this.p = p;
        this.source = source;
    }

    /** The document's root value, or null for an empty document; text after it is an error. */
    static JsonNode read(JsonParser p, String source) throws IOException, ExperimentException {
        JsonTree t = new JsonTree(p, source);
        JsonToken first = p.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = t.value(first);
        if (p.nextToken() != null) {
            throw t.error("not valid JSON: more text after the end of the experiment's { ... }");
        }
        return root;
    }

    private JsonNode value(JsonToken t) throws IOException, ExperimentException {
        spend(NODE_COST);
        switch (t) {
            case START_OBJECT:
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p.nextToken()));
                }
                return o;
            case START_ARRAY:
                return array();
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw error("not valid JSON: unexpected " + t);
        }
    }

    /** A list: compact while it holds only numbers that a double and an int keep exactly. */
    private JsonNode array() throws IOException, ExperimentException {
        double[] values = new double[8];
        boolean[] whole = new boolean[8];
        int n = 0;
        ArrayNode nodes = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (nodes == null && compact(t)) {
                spend(1);
                if (n == values.length) {
                    values = Arrays.copyOf(values, 2 * n);
                    whole = Arrays.copyOf(whole, 2 * n);
                }
                whole[n] = t == JsonToken.VALUE_NUMBER_INT;
                values[n] = whole[n] ? p.getIntValue() : p.getDoubleValue();
                n++;
                continue;
            }
            if (nodes == null) {
                nodes = NODES.arrayNode();
                NumberListNode head = new NumberListNode(values, whole);
                for (int i = 0; i < n; i++) {
                    nodes.add(head.get(i));
                }
            }
            nodes.add(value(t));
        }
        return nodes != null ? nodes : new NumberListNode(Arrays.copyOf(values, n), Arrays.copyOf(whole, n));
    }

    private boolean compact(JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    }

    private void spend(int cost) throws ExperimentException {
        budget -= cost;
        if (budget < 0) {
            throw error("holds more than " + MAX_VALUES / 1_000_000 + " million values, more than any experiment"
                    + " the app can train (the largest network's saved run holds about 6.3 million)");
        }
    }

    private ExperimentException error(String problem) {
        JsonLocation at = p.currentLocation();
        return new ExperimentException(source, null, at == null ? 0 : Math.max(0, at.getLineNr()), problem);
    }
}
