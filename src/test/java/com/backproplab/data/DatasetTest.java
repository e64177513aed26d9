package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static Dataset three() {
        return Dataset.of(new double[] {0, 1, 2}, new double[] {0, 0, 5}, new int[] {0, 1, 1});
    }

    @Test
    @DisplayName("should expose points, counts and classes")
    void accessors() {
        Dataset d = three();
        assertEquals(3, d.size());
        assertEquals(2.0, d.x1(2));
        assertEquals(5.0, d.x2(2));
        assertEquals(1, d.label(1));
        assertEquals(1, d.count(0));
        assertEquals(2, d.count(1));
        assertTrue(d.hasBothClasses());
        assertFalse(Dataset.empty().hasBothClasses());
        assertEquals(0, Dataset.empty().size());
    }

    @Test
    @DisplayName("should copy its input arrays and hand out copies")
    void copies() {
        double[] x1 = {1, 2};
        Dataset d = Dataset.of(x1, new double[] {3, 4}, new int[] {0, 1});
        x1[0] = 99;
        assertEquals(1.0, d.x1(0));
        d.x1Copy()[0] = 99;
        d.x2Copy()[0] = 99;
        d.labelsCopy()[0] = 1;
        assertEquals(1.0, d.x1(0));
        assertEquals(3.0, d.x2(0));
        assertEquals(0, d.label(0));
    }

    @Test
    @DisplayName("should reject mismatched lengths, non-finite coordinates and bad labels with a sentence")
    void rejects() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {1, 2}, new double[] {1}, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {Double.NaN}, new double[] {1}, new int[] {0}));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {1}, new double[] {Double.NEGATIVE_INFINITY}, new int[] {0}));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(new double[] {1}, new double[] {1}, new int[] {2}));
        assertTrue(e.getMessage().contains("labels must be 0 or 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> three().withPoint(0, 0, -1));
    }

    @Test
    @DisplayName("should append a point without changing the original")
    void withPoint() {
        Dataset d = three();
        Dataset e = d.withPoint(7, 8, 0);
        assertEquals(3, d.size());
        assertEquals(4, e.size());
        assertEquals(7.0, e.x1(3));
        assertEquals(8.0, e.x2(3));
        assertEquals(0, e.label(3));
    }

    @Test
    @DisplayName("should erase exactly the points within the radius")
    void eraser() {
        Dataset d = three().withoutPointsNear(0.5, 0, 0.5);
        assertArrayEquals(new double[] {2}, d.x1Copy());
        assertEquals(3, three().withoutPointsNear(10, 10, 1).size());
        assertEquals(2, three().withoutPointsNear(1, 0, 0).size());
        assertThrows(IllegalArgumentException.class, () -> three().withoutPointsNear(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> three().withoutPointsNear(0, 0, Double.NaN));
    }

    @Test
    @DisplayName("should concatenate and take subsets in the given order")
    void concatAndSubset() {
        Dataset d = three().concat(Dataset.of(new double[] {9}, new double[] {9}, new int[] {0}));
        assertArrayEquals(new double[] {0, 1, 2, 9}, d.x1Copy());
        assertArrayEquals(new int[] {0, 1, 1, 0}, d.labelsCopy());
        Dataset s = d.subset(new int[] {3, 0});
        assertArrayEquals(new double[] {9, 0}, s.x1Copy());
        assertArrayEquals(new double[] {9, 0}, s.x2Copy());
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {4}));
    }

    @Test
    @DisplayName("should compare by content")
    void equality() {
        assertEquals(three(), three());
        assertEquals(three().hashCode(), three().hashCode());
        assertNotEquals(three(), three().withPoint(0, 0, 0));
        assertEquals("Dataset[m=3, class0=1, class1=2]", three().toString());
    }
}
