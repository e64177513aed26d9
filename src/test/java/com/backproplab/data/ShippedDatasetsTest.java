package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShippedDatasetsTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    @DisplayName("should ship a readable datasets/<key>.csv with about 400 points of both classes")
    void shipped(Preset p) throws Exception {
        Path file = ShippedDatasets.DIR.resolve(p.key() + ".csv");
        Dataset d = DatasetCsv.read(file);
        assertTrue(d.hasBothClasses(), file + " has one class only");
        assertTrue(Math.abs(d.size() - 400) <= 10, file + " has " + d.size() + " points");
        assertEquals(d.count(0), d.count(1), file + " is unbalanced");
        assertEquals("# " + ShippedDatasets.comment(p), Files.readAllLines(file).get(0));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    @DisplayName("should ship exactly what the generator makes (regenerate with ShippedDatasets.main)")
    void matchesGenerator(Preset p) throws Exception {
        Dataset shipped = DatasetCsv.read(ShippedDatasets.DIR.resolve(p.key() + ".csv"));
        Dataset fresh = ShippedDatasets.generate(p);
        assertEquals(fresh.size(), shipped.size());
        for (int i = 0; i < fresh.size(); i++) {
            // A tolerance, not bit equality: Math.sin and friends may differ in the last bit across JVMs.
            assertEquals(fresh.x1(i), shipped.x1(i), 1e-9);
            assertEquals(fresh.x2(i), shipped.x2(i), 1e-9);
            assertEquals(fresh.label(i), shipped.label(i));
        }
    }
}
