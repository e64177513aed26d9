package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PointsModelTest {
    private final List<Dataset> sent = new ArrayList<>();

    private static Dataset points(double... x1) {
        double[] x2 = new double[x1.length];
        int[] labels = new int[x1.length];
        return Dataset.of(x1, x2, labels);
    }

    @Test
    @DisplayName("should hand on every change and undo replacements one at a time, newest first")
    void replaceAndUndo() {
        Dataset a = points(1), b = points(1, 2), c = points(1, 2, 3);
        PointsModel m = new PointsModel(a, sent::add, () -> { });
        assertFalse(m.canUndoProperty().get());
        m.replace(b);
        m.replace(c);
        assertTrue(m.canUndoProperty().get());
        m.undo();
        assertEquals(b, m.data());
        m.undo();
        assertEquals(a, m.data());
        assertFalse(m.canUndoProperty().get());
        m.undo();
        assertEquals(a, m.data(), "nothing left to undo");
        assertEquals(List.of(b, c, b, a), sent);
    }

    @Test
    @DisplayName("should neither send nor keep an undo step when the same points replace the points")
    void sameIsNoChange() {
        Dataset a = points(1);
        PointsModel m = new PointsModel(a, sent::add, () -> { });
        m.replace(points(1));
        assertTrue(sent.isEmpty());
        assertFalse(m.canUndoProperty().get());
    }

    @Test
    @DisplayName("should send an experiment's points even when they are the same, without an undo step for them")
    void replaceAndSend() {
        Dataset a = points(1), b = points(2);
        PointsModel m = new PointsModel(a, sent::add, () -> { });
        m.replaceAndSend(points(1));
        assertFalse(m.canUndoProperty().get());
        m.replaceAndSend(b);
        assertTrue(m.canUndoProperty().get());
        assertEquals(List.of(a, b), sent);
        m.undo();
        assertEquals(a, m.data());
    }

    @Test
    @DisplayName("should make one undo step of a whole gesture, however many changes it sends")
    void gestureIsOneStep() {
        Dataset a = points(1);
        PointsModel m = new PointsModel(a, sent::add, () -> { });
        m.beginEdit();
        m.setData(points(1, 2));
        m.setData(points(1, 2, 3));
        m.setData(points(1, 2, 3, 4));
        assertEquals(3, sent.size());
        m.undo();
        assertEquals(a, m.data());
        assertFalse(m.canUndoProperty().get(), "one gesture, one step");
    }

    @Test
    @DisplayName("should remove every point on clear and keep only the newest " + PointsModel.UNDO_LIMIT + " steps")
    void clearAndLimit() {
        PointsModel m = new PointsModel(points(0), sent::add, () -> { });
        for (int i = 1; i <= PointsModel.UNDO_LIMIT + 5; i++) {
            m.replace(points(i));
        }
        m.clear();
        assertEquals(0, m.data().size());
        int undone = 0;
        while (m.canUndoProperty().get()) {
            m.undo();
            undone++;
        }
        assertEquals(PointsModel.UNDO_LIMIT, undone);
        assertEquals(points(6), m.data(), "the oldest steps were dropped");
    }
}
