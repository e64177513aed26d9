package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.Dataset;
import com.backproplab.data.InputMap;
import com.backproplab.data.PreparedData;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.Feature;
import com.backproplab.engine.Network;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The activation histograms and the hidden space against a forward pass written out here, on known networks. */
class LayerInspectorTest {
    private static final Viewport VIEW = Viewport.defaults();

    /** Random weights of a network of {@code sizes}, W entries scaled by {@code scale}, biases by 0.5. */
    private static Network network(int[] sizes, Activation g, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int layers = sizes.length - 1;
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 1; l <= layers; l++) {
            w[l - 1] = new double[sizes[l]][sizes[l - 1]];
            b[l - 1] = new double[sizes[l]];
            for (int i = 0; i < sizes[l]; i++) {
                b[l - 1][i] = 0.5 * r.nextGaussian();
                for (int j = 0; j < sizes[l - 1]; j++) {
                    w[l - 1][i][j] = scale * r.nextGaussian();
                }
            }
        }
        return Network.of(sizes, g, w, b);
    }

    /** A[l] of one point, l = 0..L, written out: z = W a + b, a = g(z), sigmoid at the output. */
    private static double[][] forward(Network net, double x1, double x2) {
        return forward(net, new double[] {x1, x2});
    }

    /** A[l] of one point with inputs {@code in}, l = 0..L. */
    private static double[][] forward(Network net, double[] in) {
        int layers = net.layers();
        double[][] a = new double[layers + 1][];
        a[0] = in;
        for (int l = 1; l <= layers; l++) {
            a[l] = new double[net.units(l)];
            double[] b = net.biases(l);
            for (int i = 0; i < net.units(l); i++) {
                double z = b[i];
                for (int j = 0; j < net.units(l - 1); j++) {
                    z += net.weight(l, i, j) * a[l - 1][j];
                }
                a[l][i] = l == layers ? Activation.sigmoid(z) : net.activation().apply(z);
            }
        }
        return a;
    }

    private static PreparedData raw(Dataset d) {
        return PreparedData.of(d, 0, 1, false);
    }

    @Test
    @DisplayName("should count every hidden activation over the training set in its bin, and nothing else")
    void histogramsCountTheActivations() {
        for (Activation g : Activation.values()) {
            Network net = network(new int[] {2, 5, 3, 4, 1}, g, 1.5, 7);
            Dataset data = Preset.MOONS.generate(300, 0.2, 3);
            InsideLayers inside = new LayerInspector().inspect(net, raw(data), VIEW, 12);
            ActivationHistograms h = inside.histograms();
            assertEquals(12, inside.step());
            assertEquals(4, h.layers());
            assertEquals(data.size(), h.points());
            double lo = ActivationHistograms.range(g)[0], hi = ActivationHistograms.range(g)[1];
            for (int l = 1; l < net.layers(); l++) {
                int[] expected = new int[ActivationHistograms.BINS];
                int outside = 0, zeros = 0;
                for (int p = 0; p < data.size(); p++) {
                    for (double v : forward(net, data.x1(p), data.x2(p))[l]) {
                        double at = Math.max(0, Math.min(ActivationHistograms.BINS - 1e-9,
                                (v - lo) / (hi - lo) * ActivationHistograms.BINS));
                        expected[(int) at]++;
                        outside += v < lo || v > hi ? 1 : 0;
                        zeros += v == 0 ? 1 : 0;
                    }
                }
                int[] counted = new int[ActivationHistograms.BINS];
                for (int b = 0; b < counted.length; b++) {
                    counted[b] = h.count(l, b);
                }
                assertArrayEquals(expected, counted, g + ", layer " + l);
                assertEquals(net.units(l) * data.size(), h.total(l));
                assertEquals(outside, h.outside(l), g + ", layer " + l);
                assertEquals(zeros, h.zeros(l), g + ", layer " + l);
            }
        }
    }

    @Test
    @DisplayName("should pile a ReLU layer that never fires in the bin at 0, every value exactly 0")
    void deadReluPilesAtZero() {
        double[][][] w = {{{1, 1}, {-1, 2}}, {{1, 1}}};
        double[][] b = {{-100, -100}, {0}};
        Network net = Network.of(new int[] {2, 2, 1}, Activation.RELU, w, b);
        Dataset data = Preset.CIRCLE.generate(200, 0.1, 1);
        ActivationHistograms h = new LayerInspector().inspect(net, raw(data), VIEW, 0).histograms();
        assertEquals(2 * data.size(), h.count(1, 0));
        assertEquals(2 * data.size(), h.zeros(1));
        assertEquals(2 * data.size(), h.maxCount(1));
    }

    @Test
    @DisplayName("should place each training point of a 2-unit last layer at its two activations, label kept")
    void twoUnitsAreTheCoordinates() {
        Network net = network(new int[] {2, 6, 2, 1}, Activation.TANH, 1.0, 11);
        Dataset data = Preset.SPIRAL.generate(200, 0.2, 5);
        HiddenSpace hs = new LayerInspector().inspect(net, raw(data), VIEW, 0).hidden();
        assertEquals(HiddenSpace.Projection.UNITS, hs.projection());
        assertEquals(data.size(), hs.points());
        double[][] t = raw(data).train();
        for (int i = 0; i < hs.points(); i++) {
            double[] a = forward(net, t[0][i], t[1][i])[2];
            assertEquals(a[0], hs.u(i), 1e-12, "u of point " + i);
            assertEquals(a[1], hs.v(i), 1e-12, "v of point " + i);
            assertEquals(t[2][i], hs.label(i));
            double z = net.weight(3, 0, 0) * a[0] + net.weight(3, 0, 1) * a[1] + net.biases(3)[0];
            assertEquals(z, hs.z(hs.u(i), hs.v(i)), 1e-12, "the output's line in the hidden space");
        }
        // The first grid line is the viewport's left edge, x1 = xMin, from the bottom up.
        double[] first = forward(net, VIEW.xMin(), VIEW.yMin())[2];
        assertEquals(first[0], hs.gridU(0, 0), 1e-12);
        assertEquals(first[1], hs.gridV(0, 0), 1e-12);
        double[] cross = forward(net, VIEW.xMax(), VIEW.yMax())[2];
        int last = hs.gridLines() - 1, end = hs.gridSamples() - 1;
        assertEquals(cross[0], hs.gridU(last, end), 1e-12, "the last line is the top edge, x2 = yMax");
        assertEquals(-1.08, hs.uMin(), 1e-12, "tanh units: the fixed square [-1, 1] with a margin");
    }

    @Test
    @DisplayName("should project a wider last layer so that the output's z is exact: u along W[L], v across it")
    void widerLayerKeepsTheOutputExact() {
        Network net = network(new int[] {2, 8, 5, 1}, Activation.RELU, 1.0, 3);
        Dataset data = Preset.XOR.generate(300, 0.2, 2);
        LayerInspector inspector = new LayerInspector();
        HiddenSpace hs = inspector.inspect(net, raw(data), VIEW, 0).hidden();
        assertEquals(HiddenSpace.Projection.OUTPUT_AND_SPREAD, hs.projection());
        assertEquals(0, hs.b(), "z depends on u alone: the line is vertical");
        double[][] t = raw(data).train();
        double meanU = 0, meanV = 0;
        for (int i = 0; i < hs.points(); i++) {
            double[] a = forward(net, t[0][i], t[1][i])[2];
            double z = net.biases(3)[0];
            for (int j = 0; j < 5; j++) {
                z += net.weight(3, 0, j) * a[j];
            }
            assertEquals(z, hs.z(hs.u(i), hs.v(i)), 1e-9, "point " + i);
            meanU += hs.u(i) / hs.points();
            meanV += hs.v(i) / hs.points();
        }
        assertEquals(0, meanU, 1e-9, "about the points' mean");
        assertEquals(0, meanV, 1e-9);
        HiddenSpace again = inspector.inspect(net, raw(data), VIEW, 1).hidden();
        for (int i = 0; i < hs.points(); i++) {
            assertEquals(hs.v(i), again.v(i), 1e-4, "the same weights give the same picture, not its mirror");
        }
    }

    @Test
    @DisplayName("should fall back to the two main directions and no line when the output weights are 0")
    void zeroOutputWeightsHaveNoLine() {
        double[][][] w = {{{1, 0}, {0, 1}, {1, 1}}, {{0, 0, 0}}};
        double[][] b = {{0, 0, 0}, {0.3}};
        Network net = Network.of(new int[] {2, 3, 1}, Activation.TANH, w, b);
        HiddenSpace hs = new LayerInspector().inspect(net, raw(Preset.CIRCLE.generate(100, 0.1, 1)), VIEW, 0)
                .hidden();
        assertEquals(HiddenSpace.Projection.PRINCIPAL, hs.projection());
        assertFalse(hs.hasLine());
        assertTrue(hs.uMax() > hs.uMin() && hs.vMax() > hs.vMin());
    }

    @Test
    @DisplayName("should send the grid's points through the input features and their standardization, as the boundary")
    void gridGoesThroughTheFeatures() {
        List<Feature> features = List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED, Feature.SIN_X2);
        Network net = network(new int[] {4, 5, 2, 1}, Activation.TANH, 1.0, 9);
        Dataset data = Preset.CIRCLE.generate(150, 0.1, 4);
        PreparedData prepared = PreparedData.of(data, 0, 1, true, features);
        HiddenSpace hs = new LayerInspector().inspect(net, prepared, VIEW, 0).hidden();
        InputMap map = prepared.inputs();
        int line = 3, sample = 17;
        double x1 = VIEW.xMin() + (VIEW.xMax() - VIEW.xMin()) * line / (LayerInspector.GRID_LINES - 1);
        double x2 = VIEW.yMin() + (VIEW.yMax() - VIEW.yMin()) * sample / (LayerInspector.GRID_SAMPLES - 1);
        double[] a = forward(net, new double[] {map.input(0, x1, x2), map.input(1, x1, x2), map.input(2, x1, x2),
            map.input(3, x1, x2)})[2];
        assertEquals(a[0], hs.gridU(line, sample), 1e-12);
        assertEquals(a[1], hs.gridV(line, sample), 1e-12);
        double[][] x = prepared.trainInputs();
        double[] first = forward(net, new double[] {x[0][0], x[1][0], x[2][0], x[3][0]})[2];
        assertEquals(first[0], hs.u(0), 1e-12, "a training point: its standardized features");
    }

    @Test
    @DisplayName("should have no hidden space without a hidden layer, and histograms of no layer")
    void noHiddenLayer() {
        Network net = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{1, 2}}}, new double[][] {{0}});
        InsideLayers inside = new LayerInspector().inspect(net, raw(Preset.CIRCLE.generate(50, 0.1, 1)), VIEW, 0);
        assertNull(inside.hidden());
        assertEquals(1, inside.histograms().layers());
    }
}
