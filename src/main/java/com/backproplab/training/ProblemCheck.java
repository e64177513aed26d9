package com.backproplab.training;

import com.backproplab.data.Dataset;
import com.backproplab.engine.Problem;

/** Whether the points fit the network's problem: class labels for classification, values for regression. */
final class ProblemCheck {
    private ProblemCheck() {
    }

    /** Why {@code data} cannot train a network for {@code problem}, one sentence, or null when it can. */
    static String mismatch(Problem problem, Dataset data) {
        if (data.size() == 0 || data.isRegression() == (problem == Problem.REGRESSION)) {
            return null;
        }
        return problem == Problem.REGRESSION
                ? "These points have class labels, but the problem is regression: load regression points (x1,x2,y) or"
                + " switch the problem back to classification."
                : "These points have real values, but the problem is classification: load points labelled 0 or 1"
                + " (x1,x2,label) or switch the problem to regression.";
    }
}
