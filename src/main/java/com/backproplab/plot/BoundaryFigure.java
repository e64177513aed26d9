package com.backproplab.plot;

import com.backproplab.data.Bounds;

/**
 * What a decision-boundary picture shows, whoever draws it (the window's canvas or a PNG): the view, the ticks
 * of both axes and the P = 0.5 contour. Computed here only, so both show the same for the same experiment.
 *
 * @param view the data rectangle shown
 * @param xTicks ticks of the horizontal axis (x1)
 * @param yTicks ticks of the vertical axis (x2)
 * @param contour the 0.5 line, empty when no grid covers the view
 */
public record BoundaryFigure(Bounds view, TickMarks xTicks, TickMarks yTicks, Contour contour) {
    /** Parts an axis is cut into at most: a step of 2 on the default view. */
    static final int TICKS = 6;

    /** The figure of {@code view} with the contour of the n x n lattice {@code p} that tiles it. */
    public static BoundaryFigure of(Bounds view, Contour.Samples p, int n) {
        return axes(view).withContour(Contour.trace(view, p, n));
    }

    /** The figure of {@code view} without a contour yet. */
    public static BoundaryFigure axes(Bounds view) {
        return new BoundaryFigure(view, TickMarks.of(view.xMin(), view.xMax(), TICKS),
                TickMarks.of(view.yMin(), view.yMax(), TICKS), Contour.empty());
    }

    /** The same view and ticks with another contour. */
    public BoundaryFigure withContour(Contour c) {
        return new BoundaryFigure(view, xTicks, yTicks, c);
    }
}
