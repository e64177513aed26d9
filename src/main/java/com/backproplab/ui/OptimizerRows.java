package com.backproplab.ui;

import com.backproplab.engine.OptimizerKind;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The rows of the optimizer's own hyperparameters in the training form: only those of the chosen optimizer show
 * (β for momentum, β2 and ε for RMSprop, β1, β2 and ε for Adam), and plain gradient descent says it has none.
 */
final class OptimizerRows {
    private final Label betaRow, beta1Row, beta2Row, epsRow;
    private final Label plain = new Label("Plain gradient descent: W = W − α·dW, nothing else to set.");

    /** Adds the rows to {@code form} (all advanced: presenter mode hides them). */
    OptimizerRows(GridPane form, TextField beta, TextField beta1, TextField beta2, TextField epsilon) {
        betaRow = Forms.advanced(Forms.row(form, "β (momentum)", beta, "v = β v + (1-β) dW. Usually 0.9."));
        beta1Row = Forms.advanced(Forms.row(form, "β1", beta1, "Adam's first-moment decay. Usually 0.9."));
        beta2Row = Forms.advanced(Forms.row(form, "β2", beta2,
                "Second-moment decay of RMSprop and Adam. Usually 0.999."));
        epsRow = Forms.advanced(Forms.row(form, "ε", epsilon, "Added to √s to avoid division by 0. Usually 1e-8."));
        plain.setId("plainGdHint");
        plain.getStyleClass().addAll("hint", Forms.ADVANCED);
        plain.setWrapText(true);
        form.add(plain, 1, form.getRowCount());
    }

    /** Shows the rows of {@code o}. */
    void show(OptimizerKind o) {
        Forms.showRow(betaRow, o == OptimizerKind.MOMENTUM);
        Forms.showRow(beta1Row, o == OptimizerKind.ADAM);
        Forms.showRow(beta2Row, o == OptimizerKind.ADAM || o == OptimizerKind.RMSPROP);
        Forms.showRow(epsRow, o == OptimizerKind.ADAM || o == OptimizerKind.RMSPROP);
        Forms.showNode(plain, o == OptimizerKind.GD);
    }
}
