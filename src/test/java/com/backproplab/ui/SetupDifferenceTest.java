package com.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.engine.Activation;
import com.backproplab.engine.NetworkConfig;
import com.backproplab.engine.OptimizerKind;
import com.backproplab.engine.Schedule;
import com.backproplab.engine.TrainingConfig;
import com.backproplab.training.DataSettings;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SetupDifferenceTest {
    private static final SetupDifference.Setup BASE = new SetupDifference.Setup(NetworkConfig.defaults(),
            TrainingConfig.defaults(), DataSettings.defaults());

    private static SetupDifference.Setup with(TrainingConfig t) {
        return new SetupDifference.Setup(BASE.network(), t, BASE.data());
    }

    private static List<String> names(List<SetupDifference> d) {
        return d.stream().map(SetupDifference::name).toList();
    }

    @Test
    @DisplayName("should find nothing between equal setups, and label side B as the same as A")
    void same() {
        List<SetupDifference> d = SetupDifference.between(BASE, BASE);
        assertEquals(List.of(), d);
        assertEquals("A", SetupDifference.label('A', d));
        assertEquals("B · same as A", SetupDifference.label('B', d));
    }

    @Test
    @DisplayName("should name the optimizer, not the hyperparameters only one of the two optimizers uses")
    void momentumVersusAdam() {
        TrainingConfig momentum = TrainingConfig.defaults().withOptimizer(OptimizerKind.MOMENTUM)
                .withBetas(0.8, 0.7, 0.9, 1e-6);
        List<SetupDifference> d = SetupDifference.between(with(momentum), BASE);
        assertEquals(List.of("Optimizer"), names(d));
        assertEquals("A · Momentum", SetupDifference.label('A', d));
        assertEquals("B · Adam", SetupDifference.label('B', d));
    }

    @Test
    @DisplayName("should name a hyperparameter both sides use when it differs")
    void adamBetas() {
        TrainingConfig b = TrainingConfig.defaults().withBetas(0.9, 0.5, 0.999, 1e-8);
        List<SetupDifference> d = SetupDifference.between(BASE, with(b));
        assertEquals(List.of(new SetupDifference("β1", "β1 0.9", "β1 0.5")), d);
    }

    @Test
    @DisplayName("should label L2 against none, and count what is beyond the first three differences")
    void l2AndMore() {
        TrainingConfig l2 = TrainingConfig.defaults().withRegularization(0.05, 0.8)
                .withSchedule(new Schedule(Schedule.Kind.INVERSE_TIME, 1.0, 0.95, 1.0));
        NetworkConfig relu = NetworkConfig.defaults().withActivation(Activation.RELU).withHidden(List.of(16));
        SetupDifference.Setup b = new SetupDifference.Setup(relu, l2, new DataSettings(0.3, 1, false));
        List<SetupDifference> d = SetupDifference.between(BASE, b);
        assertEquals(List.of("Hidden layers", "Activation", "LR schedule", "L2", "keep_prob", "Dev fraction",
                "Normalize"), names(d));
        assertEquals("B · layers 16 · relu · α0/(1+1·epoch) · +4 more", SetupDifference.label('B', d));
        assertEquals("A · layers 8-8 · tanh · constant α · +4 more", SetupDifference.label('A', d));
        assertEquals(new SetupDifference("L2", "L2 λ 0", "L2 λ 0.05"), d.get(3));
    }
}
