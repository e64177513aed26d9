package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VectorModuleTest {
    @Test
    @DisplayName("should load the Vector API beside the boot layer, on the boot loader (so C2 intrinsifies it)")
    void loadsIntoAChildLayerOnTheBootLoader() {
        Module m = VectorModule.load();
        assertEquals(VectorModule.NAME, m.getName());
        // The tests start without --add-modules, as the app does: the module must not be in the boot layer,
        // which is what makes the JDK print its incubator warning.
        assertTrue(ModuleLayer.boot().findModule(VectorModule.NAME).isEmpty(), "the boot layer resolved it");
        assertTrue(m.getLayer() != null && m.getLayer() != ModuleLayer.boot(), "not in a child layer");
        assertNull(m.getClassLoader(), "not on the boot loader: its @ForceInline methods would not be inlined");
        assertNull(jdk.incubator.vector.DoubleVector.class.getClassLoader());
        assertSame(m, jdk.incubator.vector.DoubleVector.class.getModule());
        assertTrue(VectorModule.class.getModule().canRead(m));
        assertSame(m, VectorModule.load(), "a second call loads it again");
    }

    @Test
    @DisplayName("should run vector operations through it")
    void vectorOperationsRun() {
        VectorModule.load();
        var species = jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED;
        double[] x = new double[species.length()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 0.5;
        }
        var v = jdk.incubator.vector.DoubleVector.fromArray(species, x, 0);
        v.fma(v, v).intoArray(y, 0);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Math.fma(x[i], x[i], x[i]), y[i], "lane " + i);
        }
    }
}
