package com.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A JSON list of numbers held as a {@code double[]} (9 bytes a number instead of about 30 for a list of nodes), so
 * that the saved weights and optimizer moments of the largest network the format allows can be read in the app's
 * heap. Reads like any list: {@link #size()} and {@link #get(int)} give the same nodes Jackson's tree would (an
 * {@link IntNode} for a whole number written without a fraction, else a {@link DoubleNode}); package-private.
 */
final class NumberListNode extends ArrayNode {
    private static final long serialVersionUID = 1L;

    private final double[] values;
    private final boolean[] whole;

    NumberListNode(double[] values, boolean[] whole) {
        super(JsonNodeFactory.instance);
        this.values = values;
        this.whole = whole;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public JsonNode get(int index) {
        if (index < 0 || index >= values.length) {
            return null;
        }
        return whole[index] ? IntNode.valueOf((int) values[index]) : DoubleNode.valueOf(values[index]);
    }

    @Override
    public Iterator<JsonNode> elements() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < values.length;
            }

            @Override
            public JsonNode next() {
                if (next >= values.length) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
