package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The experiment reader's memory bounds: compact number lists that read like any list, and a value budget. */
class ExperimentLimitsTest {
    @Test
    @DisplayName("should refuse a file with more values than any experiment holds, naming the line")
    void valueBudget() {
        StringBuilder s = new StringBuilder("{\n\"title\": [");
        s.append("0,".repeat((int) JsonTree.MAX_VALUES)).append("0]}");
        ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentJson.parse(s.toString(),
                "e.json"));
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("holds more than 12 million values"), e.problem());
    }

    @Test
    @DisplayName("should read a list of numbers compactly, element for element as Jackson's own tree")
    void compactLists() throws Exception {
        com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.databind.ObjectMapper().getFactory()
                .createParser("[1, 2.5, -0.0, 1e308, 7]");
        JsonNode list = JsonTree.read(p, "x");
        JsonNode jackson = new com.fasterxml.jackson.databind.ObjectMapper().readTree("[1, 2.5, -0.0, 1e308, 7]");
        assertTrue(list instanceof NumberListNode, list.getClass().getName());
        assertEquals(jackson.size(), list.size());
        for (int i = 0; i < list.size(); i++) {
            assertEquals(jackson.get(i), list.get(i), "element " + i);
        }
        assertTrue(list.isArray() && list.get(5) == null);
        JsonNode mixed = JsonTree.read(new com.fasterxml.jackson.databind.ObjectMapper().getFactory()
                .createParser("[1, \"a\", 2.5]"), "x");
        assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree("[1, \"a\", 2.5]"), mixed);
    }
}
