package com.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {

    @Test
    @DisplayName("should name the first bad key and list every problem as key and sentence")
    void trainingConfig() {
        ConfigCheck.Failure e = assertThrows(ConfigCheck.Failure.class,
                () -> new TrainingConfig(OptimizerKind.ADAM, -1, 0.9, 0.9, 0.999, 1e-8, 32, true, 0, 0,
                        Schedule.CONSTANT));
        assertEquals(new ConfigCheck.Problem("learningRate", "must be > 0, found -1.0"), e.first());
        assertEquals("learningRate must be > 0, found -1.0; keepProb must be in (0, 1] (1 turns dropout off), found 0.0",
                e.getMessage());
        e = assertThrows(ConfigCheck.Failure.class, () -> TrainingConfig.defaults()
                .withSchedule(new Schedule(Schedule.Kind.EXPONENTIAL, 0, 0, 1)));
        assertEquals(new ConfigCheck.Problem("schedule.base", "must be in (0, 1], found 0.0"), e.first());
        e = assertThrows(ConfigCheck.Failure.class, () -> TrainingConfig.defaults().withLearningRate(Double.NaN));
        assertEquals("learningRate must be a finite number, found NaN", e.getMessage());
    }

    @Test
    @DisplayName("should name a hidden layer by its index and a negative init scale by its key")
    void networkConfig() {
        ConfigCheck.Failure e = assertThrows(ConfigCheck.Failure.class,
                () -> NetworkConfig.defaults().withHidden(List.of(8, 0)));
        assertEquals(new ConfigCheck.Problem("hidden[1]", "must be between 1 and 256, found 0"), e.first());
        e = assertThrows(ConfigCheck.Failure.class,
                () -> NetworkConfig.defaults().withInit(InitScheme.SCALED, -2));
        assertEquals("initScale must be >= 0, found -2.0", e.getMessage());
    }
}
