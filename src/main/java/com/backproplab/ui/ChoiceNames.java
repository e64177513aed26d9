package com.backproplab.ui;

import com.backproplab.engine.Activation;
import com.backproplab.engine.InitScheme;
import com.backproplab.engine.Schedule;

/** The names the choice boxes show: words of the course, not the keys of experiment files ("leaky_relu"). */
final class ChoiceNames {
    private ChoiceNames() {
    }

    static String of(Activation a) {
        return switch (a) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear (none)";
        };
    }

    static String of(InitScheme i) {
        return switch (i) {
            case ZEROS -> "zeros";
            case SMALL_RANDOM -> "small random (× 0.01)";
            case XAVIER -> "Xavier";
            case GLOROT -> "Glorot";
            case HE -> "He";
            case SCALED -> "scaled (custom s)";
        };
    }

    static String of(Schedule.Kind k) {
        return switch (k) {
            case CONSTANT -> "constant";
            case INVERSE_TIME -> "α0 / (1 + rate·epoch)";
            case EXPONENTIAL -> "base^epoch · α0";
            case INVERSE_SQRT -> "k / √(epoch+1) · α0";
        };
    }
}
