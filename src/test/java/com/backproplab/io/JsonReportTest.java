package com.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    @DisplayName("should write a value that is not finite as null, so the report stays valid JSON")
    void nonFinite() throws Exception {
        String line = new JsonReport().number("nan", Double.NaN, 2).number("inf", Double.POSITIVE_INFINITY, 1)
                .number("ok", 1.5, 1).line();
        assertEquals("{\"nan\":null,\"inf\":null,\"ok\":1.5}", line);
        JsonNode back = JsonMapper.builder().build().readTree(line);
        assertTrue(back.get("nan").isNull());
    }

    @Test
    @DisplayName("should round to the given decimals, written plainly, keys in the order added")
    void rounding() {
        String line = new JsonReport().text("id", "W1").number("a", 0.05, 3).number("b", 1e-7, 3)
                .number("c", 12345.678, 0).number("d", 2.345, 2).whole("e", 7).line();
        assertEquals("{\"id\":\"W1\",\"a\":0.050,\"b\":0.000,\"c\":12346,\"d\":2.35,\"e\":7}", line);
    }

    @Test
    @DisplayName("should indent one key per line with a final line break")
    void indented() {
        assertEquals("{\n  \"a\": 1,\n  \"b\": \"x\"\n}\n", new JsonReport().whole("a", 1).text("b", "x").indented());
    }
}
