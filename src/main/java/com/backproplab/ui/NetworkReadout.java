package com.backproplab.ui;

import com.backproplab.training.Snapshot;
import com.backproplab.training.Weights;
import java.util.Locale;

/** The network view's readout line: what the pointer is on, its value, and what a click does there. */
final class NetworkReadout {
    private NetworkReadout() {
    }

    /** The line for {@code hit} in {@code s}'s weights, or null when there are none to read. */
    static String of(Snapshot s, NetworkLayout.Hit hit, boolean pinned) {
        Weights w = s.weights();
        if (w == null || hit.layer() > w.layers() || hit.unit() >= w.units(hit.layer())) {
            return null;
        }
        int l = hit.layer(), i = hit.unit();
        String click = pinned ? "click: unpin it" : "click: pin it beside the canvas";
        return switch (hit.kind()) {
            case UNIT -> l == 0 ? UnitNames.unit(s, l, i) + " · " + click
                    : UnitNames.unit(s, l, i) + " · " + UnitNames.bias(l, i, w.biasIsBeta(l)) + " = "
                    + Forms.format(w.bias(l, i)) + " · " + click;
            case BIAS -> UnitNames.bias(l, i, w.biasIsBeta(l)) + " = " + Forms.format(w.bias(l, i)) + ", bias of "
                    + UnitNames.unit(s, l, i) + " · click: edit";
            case EDGE -> hit.input() >= w.units(l - 1) ? null
                    : UnitNames.weight(l, i, hit.input()) + " = " + Forms.format(w.weight(l, i, hit.input())) + ", "
                    + UnitNames.unit(s, l - 1, hit.input()) + " → " + UnitNames.unit(s, l, i) + " · click: edit";
        };
    }

    /** Two significant digits: 0.0032, 3.2e-07; "–" for a value that is not finite. */
    static String twoDigits(double v) {
        return Double.isFinite(v) ? Forms.format(Double.parseDouble(String.format(Locale.ROOT, "%.2g", v))) : "–";
    }
}
