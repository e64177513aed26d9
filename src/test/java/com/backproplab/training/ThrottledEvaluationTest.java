package com.backproplab.training;

import static com.backproplab.training.FakeClock.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.data.PreparedData;
import com.backproplab.data.Preset;
import com.backproplab.engine.Activation;
import com.backproplab.engine.Network;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.Predictor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThrottledEvaluationTest {
    private final PreparedData data = PreparedData.of(Preset.XOR.generate(200, 0.1, 1), 0.2, 1, true);
    private final Network net = Network.initialize(NetworkConfig.defaults());

    @Test
    @DisplayName("should evaluate the train and dev sets as the predictor does")
    void evaluates() {
        ThrottledEvaluation e = new ThrottledEvaluation(new FakeClock(0), 16 * MS);
        e.update(net, data, false);
        double[][] dev = data.dev();
        Predictor.Evaluation expected = new Predictor().evaluate(net, dev[0], dev[1], dev[2], dev[2].length);
        assertEquals(expected, e.dev());
        assertTrue(e.train().cost() > 0);
    }

    @Test
    @DisplayName("should skip evaluations within the interval unless forced or invalidated")
    void interval() {
        FakeClock clock = new FakeClock(1000 * MS);
        ThrottledEvaluation e = new ThrottledEvaluation(clock, 16 * MS);
        e.update(net, data, false);
        Predictor.Evaluation first = e.train();
        clock.advance(15 * MS);
        e.update(net, data, false);
        assertSame(first, e.train(), "within 16 ms the last values stand");
        e.update(net, data, true);
        Predictor.Evaluation forced = e.train();
        assertNotSame(first, forced);
        e.invalidate();
        e.update(net, data, false);
        Predictor.Evaluation afterInvalidate = e.train();
        assertNotSame(forced, afterInvalidate);
        clock.advance(16 * MS);
        e.update(net, data, false);
        assertNotSame(afterInvalidate, e.train(), "after 16 ms it evaluates again");
    }

    @Test
    @DisplayName("should wait 20 times as long as evaluations take, so evaluating takes at most 5% of the time, and "
            + "not let one slow evaluation hold back the next")
    void slowEvaluations() {
        // Each reading of the clock moves it 10 ms: an evaluation appears to take 10 ms.
        FakeClock clock = new FakeClock(0, 10 * MS);
        ThrottledEvaluation e = new ThrottledEvaluation(clock, 16 * MS);
        e.update(net, data, false); // read at 0, done at 10 ms; alone, its 10 ms do not count (cold code is slow)
        Predictor.Evaluation first = e.train();
        e.update(net, data, false); // read at 20 ms: within 16 ms of the last
        assertSame(first, e.train());
        e.update(net, data, false); // read at 30 ms, done at 40: two evaluations of 10 ms, the next is due at 240 ms
        Predictor.Evaluation second = e.train();
        assertNotSame(first, second, "the interval alone applied after the first evaluation");
        clock.advance(180 * MS); // the next reading is at 230 ms
        e.update(net, data, false);
        assertSame(second, e.train(), "20 times the evaluations' 10 ms");
        e.update(net, data, false); // read at 240 ms
        assertNotSame(second, e.train());
    }

    @Test
    @DisplayName("should report NaN costs and accuracies for non-finite weights")
    void nonFinite() {
        Network bad = Network.of(new int[] {2, 1}, Activation.TANH, new double[][][] {{{Double.NaN, 1}}},
                new double[][] {{0}});
        ThrottledEvaluation e = new ThrottledEvaluation(new FakeClock(0), 16 * MS);
        e.update(bad, data, true);
        assertTrue(Double.isNaN(e.train().cost()) && Double.isNaN(e.train().accuracy()));
        assertTrue(Double.isNaN(e.dev().cost()) && Double.isNaN(e.dev().accuracy()));
    }
}
