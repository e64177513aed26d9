package com.backproplab.plot;

import com.backproplab.data.Bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TickMarksTest {

    @Test
    @DisplayName("should tick the default view every 2, labelled as whole numbers")
    void defaultView() {
        BoundaryFigure f = BoundaryFigure.axes(Bounds.defaults());
        assertEquals(List.of(-6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0), f.xTicks().values());
        assertEquals(List.of("-6", "-4", "-2", "0", "2", "4", "6"), f.xTicks().labels());
        assertEquals(f.xTicks(), f.yTicks());
    }

    @Test
    @DisplayName("should label ticks with the decimals of their step, each axis over its own range")
    void decimals() {
        BoundaryFigure f = BoundaryFigure.axes(new Bounds(-1.1, 1.1, 10.3, 12.5));
        assertEquals(List.of("-1.0", "-0.5", "0.0", "0.5", "1.0"), f.xTicks().labels());
        assertEquals(List.of("10.5", "11.0", "11.5", "12.0", "12.5"), f.yTicks().labels());
        assertEquals(List.of("-40", "-20", "0", "20", "40"), TickMarks.of(-55, 55, 6).labels());
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3"), TickMarks.of(0, 0.3, 3).labels());
    }
}
