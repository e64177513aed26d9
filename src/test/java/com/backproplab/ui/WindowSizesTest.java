package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.WindowTest;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.training.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The window at 1024 x 700 (a common projector), 1280 x 800 and 1920 x 1080: everything fits, nothing moves. */
@WindowTest
class WindowSizesTest {

    static Stream<Arguments> sizes() {
        return Stream.of(Arguments.of(1024, 700), Arguments.of(1280, 800), Arguments.of(1920, 1080));
    }

    /** Every tab of the side panel and of the per-layer charts, checked; the problems found, each named. */
    private static List<String> everyTab(OpenWindow o, String state) {
        List<String> problems = new ArrayList<>();
        TabPane perLayer = o.node("perLayerTabs");
        for (int chart = 0; chart < 2; chart++) {
            int c = chart;
            o.run(() -> perLayer.getSelectionModel().select(c));
            List<String> tabs = o.window.root().lookup("#sidePanel") == null ? List.of("(controls hidden)")
                    : List.of("Data", "Network", "Training");
            for (String tab : tabs) {
                if (!tab.startsWith("(")) {
                    o.tab(tab);
                }
                for (String p : LayoutCheck.problems(o.stage.getScene())) {
                    problems.add(state + ", " + tab + " tab: " + p);
                }
            }
        }
        return problems;
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("sizes")
    @DisplayName("should keep every control in reach and every label whole, in every tab, state and mode")
    void everythingInReach(int width, int height) {
        try (OpenWindow o = OpenWindow.at(width, height)) {
            List<String> problems = new ArrayList<>(everyTab(o, "at start"));
            Spinner<Integer> layers = o.node("layers");
            o.run(() -> layers.getValueFactory().setValue(0));
            problems.addAll(everyTab(o, "no hidden layer"));
            o.run(() -> layers.getValueFactory().setValue(NetworkControls.MAX_LAYERS));
            ComboBox<OptimizerKind> optimizer = o.node("optimizer");
            TextField lr = o.node("learningRate");
            o.run(() -> {
                optimizer.setValue(OptimizerKind.GD);
                lr.setText("a long wrong value");
                lr.fireEvent(new javafx.event.ActionEvent());
            });
            problems.addAll(everyTab(o, "16 layers, GD, a bad learning rate"));
            o.run(() -> o.window.appearance().darkProperty().set(true));
            problems.addAll(everyTab(o, "dark"));
            o.run(() -> o.window.appearance().presenterStyle(true));
            problems.addAll(everyTab(o, "presenter"));
            o.run(() -> o.window.appearance().controlsProperty().set(true));
            problems.addAll(everyTab(o, "presenter with controls"));
            assertEquals(List.of(), problems);
        }
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("sizes")
    @DisplayName("should give the data canvas the most room, and fill the chart cards without a blank band")
    void canvasIsLargest(int width, int height) {
        try (OpenWindow o = OpenWindow.at(width, height)) {
            for (boolean presenter : new boolean[] {false, true}) {
                o.run(() -> o.window.appearance().presenterStyle(presenter));
                double canvas = area(o.window.canvas());
                for (String other : new String[] {"sidePanel", "lossChart", "gradientChart", "perLayerTabs"}) {
                    Node n = o.window.root().lookup("#" + other);
                    if (n != null) {
                        assertTrue(canvas > area(n), "canvas " + canvas + " px² vs " + other + " " + area(n)
                                + " px² (presenter " + presenter + ")");
                    }
                }
                // The per-layer chart reaches the bottom of its card: no blank band below it.
                Region chart = o.node("gradientChart");
                Node card = o.node("perLayerTabs").getParent();
                double gap = scene(card).getMaxY() - scene(chart).getMaxY();
                assertTrue(gap < 24, "blank band of " + gap + " px under the per-layer chart");
            }
        }
    }

    @Test
    @DisplayName("should have a check that finds a cut label, a control out of the scene and a too wide scroll content")
    void theCheckCanFail() {
        List<String> found = OpenWindow.on(() -> {
            javafx.scene.control.Button cut = new javafx.scene.control.Button("A label far too long for its button");
            cut.setMaxWidth(60);
            cut.setPrefWidth(60);
            Label away = new Label("away");
            away.setTranslateX(500);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new Region() {
                {
                    setMinWidth(400);
                }
            });
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setFitToWidth(true);
            scroll.setMaxWidth(100);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(cut, away, scroll);
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new javafx.scene.Scene(box, 200, 150));
            stage.show();
            box.applyCss();
            box.layout();
            List<String> p = LayoutCheck.problems(stage.getScene());
            stage.close();
            return p;
        });
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).contains("text cut to"), found.get(0));
        assertTrue(found.get(1).contains("out of reach"), found.get(1));
        assertTrue(found.get(2).contains("without a scroll bar"), found.get(2));
    }

    @Test
    @DisplayName("should have its first frame laid out and drawn before the window shows: no blank window")
    void firstFrameBeforeShow() {
        int[] drawn = OpenWindow.on(() -> {
            javafx.stage.Stage stage = new javafx.stage.Stage();
            LabWindow w = new LabWindow();
            w.install(stage);
            DataCanvas c = w.canvas();
            // Not shown yet: whatever is there was drawn by install.
            javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(
                    (int) Math.max(1, c.getWidth()), (int) Math.max(1, c.getHeight()));
            javafx.scene.canvas.Canvas canvas = (javafx.scene.canvas.Canvas) c.getChildrenUnmodifiable().get(0);
            canvas.snapshot(null, img);
            int corner = img.getPixelReader().getArgb((int) Math.round(c.toPixelX(5.7)),
                    (int) Math.round(c.toPixelY(-5.7)));
            int[] out = {(int) c.getWidth(), (int) c.getHeight(), corner, stage.isShowing() ? 1 : 0};
            w.close();
            return out;
        });
        assertEquals(0, drawn[3]);
        assertTrue(drawn[0] > 200 && drawn[1] > 200, "laid out: " + drawn[0] + " x " + drawn[1]);
        assertTrue((drawn[2] & 0xFFFFFF) != 0xFFFFFF, "the boundary is painted, not blank white");
    }

    @Test
    @DisplayName("should grow the charts with the window")
    void chartsGrow() {
        double[] heights = new double[3];
        double[] widths = new double[3];
        int i = 0;
        for (int[] size : new int[][] {{1024, 700}, {1280, 800}, {1920, 1080}}) {
            try (OpenWindow o = OpenWindow.at(size[0], size[1])) {
                Region chart = o.node("gradientChart"), loss = o.node("lossChart");
                heights[i] = chart.getHeight() + loss.getHeight();
                widths[i++] = chart.getWidth();
            }
        }
        assertTrue(heights[0] < heights[1] && heights[1] < heights[2], java.util.Arrays.toString(heights));
        assertTrue(widths[0] < widths[1] && widths[1] < widths[2], java.util.Arrays.toString(widths));
        assertTrue(heights[2] > 1.4 * heights[0], "the charts take the extra height: " + heights[2]);
    }

    @Test
    @DisplayName("should wrap the no-hidden-layer sentence inside the panel, keeping the panel's width")
    void noHiddenLayerWraps() {
        try (OpenWindow o = OpenWindow.at(1024, 700)) {
            Region side = o.node("sidePanel");
            double before = side.getWidth();
            Spinner<Integer> layers = o.node("layers");
            o.run(() -> layers.getValueFactory().setValue(0));
            Label hint = o.node("noHiddenHint");
            assertTrue(hint.isVisible());
            assertEquals(before, side.getWidth(), 0.5, "the panel kept its width");
            assertTrue(hint.getHeight() > 1.5 * hint.getFont().getSize(), "the sentence wraps: " + hint.getHeight());
            assertTrue(scene(hint).getMaxX() <= scene(side).getMaxX(), "inside the panel");
            assertEquals(List.of(), LayoutCheck.problems(o.stage.getScene()));
        }
    }

    @Test
    @DisplayName("should move nothing on screen while training plays (sentences, counters, charts, canvas)")
    void nothingMovesWhilePlaying() {
        try (OpenWindow o = OpenWindow.at(1024, 700)) {
            o.run(() -> o.window.showSpeed(Double.POSITIVE_INFINITY));
            String[] watched = {"lossChart", "gradientChart", "dataCanvas", "diagnosis", "stepCounter",
                "epochCounter", "stepsPerSecond", "currentLearningRate", "canvasHint", "play", "step", "speed"};
            List<Bounds> first = new ArrayList<>();
            for (String id : watched) {
                first.add(scene(o.node(id)));
            }
            List<String> readings = new ArrayList<>();
            readings.add(((Label) o.node("diagnosis")).getText());
            o.run(() -> o.window.commands().togglePlay());
            long end = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < end) {
                o.layout();
                Label reading = o.node("diagnosis");
                if (!readings.contains(reading.getText())) {
                    readings.add(reading.getText());
                }
                for (int k = 0; k < watched.length; k++) {
                    Node n = o.node(watched[k]);
                    String id = watched[k];
                    Bounds b = scene(n);
                    Bounds a = first.get(k);
                    assertEquals(a.getMinY(), b.getMinY(), 0.5, id + " moved down or up: " + a + " -> " + b);
                    assertEquals(a.getHeight(), b.getHeight(), 0.5, id + " changed height: " + a + " -> " + b);
                    if (!id.equals("diagnosis")) {
                        assertEquals(a.getMinX(), b.getMinX(), 0.5, id + " moved sideways: " + a + " -> " + b);
                    }
                }
            }
            Snapshot s = o.latest();
            assertTrue(s.step() > 1000, "trained " + s.step() + " steps");
            assertTrue(readings.size() >= 2, "the sentence changed while training: " + readings);
        }
    }

    private static double area(Node n) {
        Bounds b = scene(n);
        return b.getWidth() * b.getHeight();
    }

    private static Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }
}
