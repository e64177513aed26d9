package com.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrainingDataCheckTest {

    @Test
    @DisplayName("should ask for at least 2 points")
    void tooFew() {
        assertEquals(Optional.of("Add at least 2 points to train (the dataset has 0)."),
                TrainingDataCheck.problem(Dataset.empty()));
        assertEquals(Optional.of("Add at least 2 points to train (the dataset has 1)."),
                TrainingDataCheck.problem(Dataset.empty().withPoint(0, 0, 1)));
    }

    @Test
    @DisplayName("should name the missing class when only one class is present")
    void oneClass() {
        Dataset ones = Dataset.of(new double[] {0, 1, 2}, new double[] {0, 1, 2}, new int[] {1, 1, 1});
        assertEquals(Optional.of("All 3 points are class 1: add points of class 0 so there is a boundary to learn."),
                TrainingDataCheck.problem(ones));
        Dataset zeros = Dataset.of(new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 0});
        assertEquals(Optional.of("All 2 points are class 0: add points of class 1 so there is a boundary to learn."),
                TrainingDataCheck.problem(zeros));
    }

    @Test
    @DisplayName("should find no problem with two points of different classes")
    void fine() {
        Dataset d = Dataset.of(new double[] {0, 1}, new double[] {0, 1}, new int[] {0, 1});
        assertEquals(Optional.empty(), TrainingDataCheck.problem(d));
    }
}
