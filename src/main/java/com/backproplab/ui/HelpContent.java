package com.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The words of the Help window: the shortcuts sheet (the keys {@link Shortcuts} handles, the menus' accelerators as
 * the menu bar has them, and the mouse on the canvas) and, for each chart, a short "what am I looking at". Keys are
 * shown the platform's way (Ctrl+Z here, Cmd-Z on macOS). A change in Shortcuts needs the same change here; the
 * menus' keys are read from the menus themselves.
 */
final class HelpContent {
    /** One line of the shortcuts sheet. */
    record Shortcut(String keys, String action) {
    }

    /** One chart's explanation: what it shows, then what to watch for. */
    record Chart(String title, String shows, String watch) {
    }

    private HelpContent() {
    }

    /** The window's own keys (Shortcuts.java), in the order of the transport bar. */
    static List<Shortcut> keys() {
        return List.of(
                new Shortcut("Space", "play or pause training (on the canvas or a slider)"),
                new Shortcut(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        "play or pause training, from anywhere"),
                new Shortcut("S  or  →", "one mini-batch step (→ on the canvas)"),
                new Shortcut("R", "reset: re-initialize the weights from the seed"),
                new Shortcut("E", "eraser on or off (drag over points to delete them)"),
                new Shortcut(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        "undo the last change to the points"),
                new Shortcut("Enter  or  Tab", "apply the value typed in a field"),
                new Shortcut("Alt+↓", "open a list (Preset, Activation, Optimizer…)"));
    }

    /** Every menu item with an accelerator, menu by menu: "File › Open", with its keys. */
    static List<Shortcut> menuKeys(List<Menu> menus) {
        List<Shortcut> rows = new ArrayList<>();
        for (Menu m : menus) {
            addMenuKeys(clean(m.getText()), m.getItems(), rows);
        }
        return rows;
    }

    private static void addMenuKeys(String path, List<MenuItem> items, List<Shortcut> rows) {
        for (MenuItem item : items) {
            String name = path + " › " + clean(item.getText());
            if (item instanceof Menu sub) {
                addMenuKeys(name, sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Shortcut(item.getAccelerator().getDisplayText(), name));
            }
        }
    }

    /** A menu text without its mnemonic marker and ellipsis. */
    private static String clean(String text) {
        return text == null ? "" : text.replace("_", "").replace("…", "");
    }

    /** The mouse on the data canvas. */
    static List<Shortcut> mouse() {
        return List.of(
                new Shortcut("Left click", "add a blue point (class 1)"),
                new Shortcut("Right click  or  Shift+click", "add an orange point (class 0)"),
                new Shortcut("Drag", "paint a stroke of points"),
                new Shortcut("Hover", "read (x1, x2) and the network's P(y = 1) there"));
    }

    /** Said under the sheet. */
    static final String KEYS_NOTE = "A key never goes past the control that uses it: letters type in a field, Space"
            + " presses a focused button. Click the canvas to give it the keys again.";

    /** The charts, from the centre of the window to the right. */
    static List<Chart> charts() {
        return List.of(
                new Chart("Data and decision boundary (centre)",
                        "Your points: blue is class 1, orange class 0; filled points are trained on, hollow ones"
                                + " are the dev set the network never trains on. The background is the network's"
                                + " P(y = 1) at every place: blue where it says class 1, orange where it says class"
                                + " 0, pale where it is unsure. The dark line is P = 0.5, the decision boundary.",
                        "Watch the boundary bend as the hidden units learn features. With linear activations (or no"
                                + " hidden layer) it can only ever be a straight line."),
                new Chart("Progress",
                        "Cost J (cross-entropy) and accuracy on the whole training and dev sets, with one sentence"
                                + " that reads them.",
                        "High training cost: high bias (a bigger network, longer training). Dev cost well above"
                                + " training cost: high variance (more data, L2, dropout)."),
                new Chart("Cost",
                        "The cost over the steps: train and dev, and the cost of every step's mini-batch (L2 term"
                                + " included), smoothed by a bias-corrected exponentially weighted average when"
                                + " 'smooth' is on. 'log' switches the vertical axis to a log scale.",
                        "A steady fall is learning; a mini-batch cost that jumps about means a learning rate near"
                                + " its limit; a dev curve that turns up while train keeps falling is overfitting."),
                new Chart("Gradients (per layer)",
                        "One line per layer over time on a log scale, and bars of the current values. The menu"
                                + " switches between the gradient ||dW[l]||, the weights ||W[l]||, the update/weight"
                                + " ratio ||ΔW[l]|| / ||W[l]|| and the spread (standard deviation) of each layer's"
                                + " activations.",
                        "Vanishing gradients: the first layers' lines sit orders of magnitude below the last ones."
                                + " Exploding: they climb. An update/weight ratio far above 1e-3 means the learning"
                                + " rate is too high, far below it too low. A spread near 0 means saturated (sigmoid,"
                                + " tanh) or dead (ReLU) units."),
                new Chart("Network",
                        "The network itself: every unit a small heatmap of its activation over the plane (inputs"
                                + " their feature, the output P(y = 1)), one edge per weight, blue for w > 0 and orange"
                                + " for w < 0, thicker for a larger |w|, and each layer's ||dW[l]|| below it. Hover to"
                                + " read a value; click a unit to pin it beside the canvas (Esc unpins); click an"
                                + " edge or a unit's bias square to type a new value (Enter applies, Esc cancels).",
                        "Zero initialization wires and shades every hidden unit identically (symmetry is never"
                                + " broken); dead ReLU units turn white. Pin a hidden unit to see the line it draws,"
                                + " and set a weight to 0 to see what the boundary loses."),
                new Chart("Inside: activation histograms",
                        "For each hidden layer, top to bottom, how its activations A[l] are spread over the training"
                                + " set: a histogram on the activation's own range (sigmoid 0 to 1, tanh -1 to 1, ReLU"
                                + " 0 to 4), each layer scaled to its tallest bar. The figure at the right is the"
                                + " share at the telling place: the ends, or 0 for ReLU.",
                        "Sigmoid and tanh units piling up at the ends are saturated: their slope is near 0 and"
                                + " gradients vanish through them. ReLUs piling at 0 do not fire: if they never do,"
                                + " they are dead and learn nothing."),
                new Chart("Inside: hidden space",
                        "The training points and a grid over the input plane as the last hidden layer sees them,"
                                + " over P(y = 1). With two units their activations are the axes; with more, across"
                                + " follows the output unit's weights and up the widest remaining spread.",
                        "The hidden layers bend and fold the plane until the classes can be cut by the straight"
                                + " line the output unit draws: watch the grid warp and the points pull apart."),
                new Chart("Optimizer paths (View menu)",
                        "Logistic regression on two weights (the bias fixed at 0) trained by gradient descent,"
                                + " momentum, RMSprop and Adam from one start: the cost's contour lines over"
                                + " (w1, w2) and each optimizer's steps. Click the plot to start elsewhere.",
                        "Without normalization the contours stretch into a narrow valley: one learning rate is too"
                                + " big across it and too small along it, so gradient descent zigzags or crawls, while"
                                + " RMSprop and Adam scale each weight's step."));
    }
}
