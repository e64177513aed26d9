package com.backproplab.plot;

/**
 * The two-colour diverging palette of the app and of rendered PNGs, colour-blind safe (Okabe-Ito orange for
 * class 0, blue for class 1, near-white at P = 0.5), and its dark variant for the window's dark theme (deep tints,
 * near-black at P = 0.5, the same point colours). Colours are packed ARGB ints, usable by JavaFX's PixelWriter and
 * by java.awt alike.
 */
public final class Palette {
    /** Strong colour of class 0 points (Okabe-Ito orange). */
    public static final int CLASS0 = 0xFFE69F00;
    /** Strong colour of class 1 points (Okabe-Ito blue). */
    public static final int CLASS1 = 0xFF0072B2;
    /** Heatmap colour at P = 0 and P = 1: lighter tints, so points stay visible on top. */
    private static final int TINT0 = 0xFFF3C56B;
    private static final int TINT1 = 0xFF6FA8D6;
    private static final int MIDDLE = 0xFFF7F7F2;
    /** The dark theme's ends and middle: deep enough that the bright points and a light contour stand out. */
    private static final int DARK_TINT0 = 0xFF7A5413;
    private static final int DARK_TINT1 = 0xFF1D5784;
    private static final int DARK_MIDDLE = 0xFF25282E;
    /** Entries in the lookup table. */
    public static final int SIZE = 256;
    private static final int[] TABLE = build(TINT0, MIDDLE, TINT1);
    private static final int[] DARK_TABLE = build(DARK_TINT0, DARK_MIDDLE, DARK_TINT1);
    /** Regression points: the class colours at the ends, a neutral grey for values near 0 (visible on both themes). */
    private static final int[] VALUE_TABLE = build(CLASS0, 0xFFA8A8A0, CLASS1);

    private Palette() {
    }

    private static int[] build(int tint0, int middle, int tint1) {
        int[] t = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double p = i / (SIZE - 1.0);
            // Ease towards the ends so the region near 0.5 reads as "unsure" and confident regions are saturated.
            t[i] = p < 0.5 ? lerp(tint0, middle, Math.pow(p / 0.5, 1.6))
                    : lerp(middle, tint1, 1 - Math.pow((1 - p) / 0.5, 1.6));
        }
        return t;
    }

    private static int lerp(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
        int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    /** ARGB colour of probability p of class 1 (NaN maps to grey). */
    public static int heat(double p) {
        return heat(p, false);
    }

    /** ARGB colour of probability p of class 1 in the light ({@code dark} false) or the dark palette. */
    public static int heat(double p, boolean dark) {
        if (Double.isNaN(p)) {
            return dark ? 0xFF5F6368 : 0xFF9E9E9E;
        }
        int i = (int) (Math.max(0, Math.min(1, p)) * (SIZE - 1) + 0.5);
        return dark ? DARK_TABLE[i] : TABLE[i];
    }

    /**
     * Strong colour of a regression point whose value sits at {@code fraction} of the value scale (0 lowest, 0.5
     * zero, 1 highest; see {@link OutputScale}).
     */
    public static int valueColor(double fraction) {
        if (Double.isNaN(fraction)) {
            return 0xFF9E9E9E;
        }
        return VALUE_TABLE[(int) (Math.max(0, Math.min(1, fraction)) * (SIZE - 1) + 0.5)];
    }

    /** Strong colour of a class label. */
    public static int classColor(int label) {
        return label == 1 ? CLASS1 : CLASS0;
    }
}
