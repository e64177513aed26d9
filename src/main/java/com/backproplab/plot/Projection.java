package com.backproplab.plot;

import com.backproplab.data.Bounds;

/**
 * Data coordinates to pixels and back: {@code view} fills the rectangle at (left, top) of the given size, y
 * growing upwards in data space and downwards on screen.
 */
public record Projection(Bounds view, double left, double top, double width, double height) {

    /** Pixel x of data x. */
    public double pixelX(double x) {
        return left + (x - view.xMin()) / (view.xMax() - view.xMin()) * width;
    }

    /** Pixel y of data y. */
    public double pixelY(double y) {
        return top + (view.yMax() - y) / (view.yMax() - view.yMin()) * height;
    }

    /** Data x of pixel x. */
    public double dataX(double px) {
        return view.xMin() + (px - left) / width * (view.xMax() - view.xMin());
    }

    /** Data y of pixel y. */
    public double dataY(double py) {
        return view.yMax() - (py - top) / height * (view.yMax() - view.yMin());
    }

    /** Data units per horizontal pixel. */
    public double dataPerPixel() {
        return (view.xMax() - view.xMin()) / width;
    }

    /** Whether a pixel lies in the rectangle, edges included. */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
