package com.backproplab.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.SlowTest;
import com.backproplab.data.InputMap;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.Feature;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.TrainingConfig;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every unit's heatmap, as the grid worker computes it for the network view, is the network's forward pass. */
@SlowTest
class UnitGridsTest {
    private TrainingSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private Snapshot await(Predicate<Snapshot> condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot s = session.latest();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out; last snapshot step " + session.latest().step());
    }

    private void start(Activation g) {
        // Chosen features: the input units show each feature, as the network sees it.
        NetworkConfig nc = NetworkConfig.defaults().withHidden(List.of(5, 4)).withActivation(g)
                .withFeatures(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED, Feature.SIN_X2));
        session = new TrainingSession(nc, TrainingConfig.defaults(), DataSettings.defaults(),
                Preset.MOONS.generate(200, 0.1, 3), Viewport.defaults(), 64);
        session.start();
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    @DisplayName("should give every unit's activation over the grid as the forward pass computes it, inputs and output too")
    void heatmapsAreTheForwardPass(Activation g) throws Exception {
        start(g);
        for (int i = 0; i < 25; i++) {
            session.send(new Command.StepOnce());
        }
        session.send(new Command.ShowUnits(true));
        Snapshot s = await(x -> x.step() == 25 && x.grid() != null && x.grid().step() == 25
                && x.grid().units() != null);
        UnitGrids units = s.grid().units();
        Weights w = s.weights();
        assertTrue(units.fits(w.sizes()));
        assertEquals(48, units.resolution());
        int n = units.resolution(), checked = 0;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double[][] a = forward(w, g, s.inputs(), s.grid().viewport(), col, row, n);
                for (int l = 0; l <= w.layers(); l++) {
                    for (int i = 0; i < w.units(l); i++) {
                        double expected = a[l][i], got = units.value(l, i, col, row);
                        String where = "A[" + l + "]_" + i + " at column " + col + ", row " + row;
                        assertEquals(expected, got, 1e-5 * Math.max(1, Math.abs(expected)), where);
                        checked++;
                    }
                }
            }
        }
        assertEquals(n * n * (4 + 5 + 4 + 1), checked);
    }

    /** A[l] at one cell centre, written out: Z[l] = W[l] A[l-1] + b[l], g in the hidden layers, sigmoid at the output. */
    private static double[][] forward(Weights w, Activation g, InputMap inputs, Viewport view, int col, int row,
                                      int n) {
        double[][] a = new double[w.layers() + 1][];
        a[0] = new double[inputs.width()];
        for (int k = 0; k < inputs.width(); k++) {
            a[0][k] = inputs.input(k, view.x(col, n), view.y(row, n));
        }
        for (int l = 1; l <= w.layers(); l++) {
            a[l] = new double[w.units(l)];
            for (int i = 0; i < w.units(l); i++) {
                double z = w.bias(l, i);
                for (int j = 0; j < w.units(l - 1); j++) {
                    z += w.weight(l, i, j) * a[l - 1][j];
                }
                a[l][i] = l == w.layers() ? 1 / (1 + Math.exp(-z)) : g.apply(z);
            }
        }
        return a;
    }

    @Test
    @DisplayName("should compute the units only while a view shows them")
    void onlyWhileShown() throws Exception {
        start(Activation.TANH);
        assertNull(await(x -> x.grid() != null).grid().units(), "none before a view asks");
        session.send(new Command.ShowUnits(true));
        await(x -> x.grid() != null && x.grid().units() != null);
        session.send(new Command.ShowUnits(false));
        session.send(new Command.StepOnce());
        Snapshot s = await(x -> x.step() == 1 && x.grid() != null && x.grid().step() == 1);
        assertNull(s.grid().units());
    }

    @Test
    @DisplayName("should make the grid coarser for wide networks, within its bounds")
    void resolution() {
        assertEquals(48, UnitGrids.resolutionFor(new int[] {2, 8, 8, 8, 8, 8, 8, 1}));
        assertEquals(24, UnitGrids.resolutionFor(new int[] {2, 64, 64, 64, 64, 1}));
        assertEquals(UnitGrids.MIN_RESOLUTION, UnitGrids.resolutionFor(new int[] {2, 256, 256, 256, 256, 256, 1}));
    }
}
