package com.backproplab.ui.chart;

import com.backproplab.WindowTest;
import com.backproplab.engine.Activation;
import com.backproplab.training.Snapshot;
import java.io.File;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: writes PNGs of both charts to look at, only with {@code -Dcharts.png=DIR}
 * (e.g. {@code mvn test -Dtest=ChartPngs -Dcharts.png=/tmp/charts}).
 */
@WindowTest
@EnabledIfSystemProperty(named = "charts.png", matches = ".+")
class ChartPngs {
    private LossChart loss;
    private GradientChart grad;
    private StackPane root;

    @Start
    void start(Stage stage) {
        loss = new LossChart();
        grad = new GradientChart();
        root = new StackPane();
        stage.setScene(new Scene(root, 600, 300));
        stage.show();
    }

    private void write(Node chart, Runnable render, double w, double h, String name) throws IOException {
        File dir = new File(System.getProperty("charts.png"));
        dir.mkdirs();
        FxPixels.after(() -> {
            root.getChildren().setAll(chart);
            ((javafx.scene.layout.Region) chart).setMaxSize(w, h);
            render.run();
        }, chart);
        FxPixels.after(() -> { }, chart).write(new File(dir, name + ".png"));
    }

    @Test
    void pngs() throws IOException {
        Snapshot sig = TrainedSnapshots.deepSigmoid(), tanh = TrainedSnapshots.deepTanh();
        Snapshot small = TrainedSnapshots.defaults().get(2), empty = TrainedSnapshots.defaults().get(0);
        write(loss, () -> loss.render(sig), 600, 300, "loss-sigmoid");
        write(loss, () -> loss.render(tanh), 400, 250, "loss-tanh-400");
        write(loss, () -> loss.render(small), 400, 250, "loss-default-400");
        write(loss, () -> loss.render(empty), 400, 250, "loss-empty");
        write(grad, () -> grad.render(sig), 600, 300, "grad-sigmoid");
        write(grad, () -> grad.render(sig), 400, 250, "grad-sigmoid-400");
        write(grad, () -> grad.render(tanh), 400, 250, "grad-tanh-400");
        write(grad, () -> grad.render(small), 400, 250, "grad-default-400");
        write(grad, () -> grad.show(Quantity.RATIO), 600, 300, "grad-default-ratio");
        write(grad, () -> grad.show(Quantity.WEIGHT), 600, 300, "grad-default-weight");
        Snapshot denseSig = TrainedSnapshots.dense(Activation.SIGMOID, 2000, 6000);
        Snapshot longTanh = TrainedSnapshots.dense(Activation.TANH, Double.POSITIVE_INFINITY, 60000);
        write(loss, () -> loss.render(denseSig), 600, 300, "loss-dense-sigmoid");
        write(loss, () -> loss.render(longTanh), 400, 250, "loss-long-tanh");
        write(grad, () -> {
            grad.show(Quantity.GRADIENT);
            grad.render(denseSig);
        }, 600, 300, "grad-dense-sigmoid");
        write(grad, () -> grad.render(longTanh), 400, 250, "grad-long-tanh");
        write(grad, () -> grad.show(Quantity.RATIO), 400, 250, "grad-long-tanh-ratio");
        write(loss, () -> loss.render(longTanh), 400, 250, "loss-long-tanh");
        write(loss, () -> {
            ((javafx.scene.control.CheckBox) loss.lookup("#lossLogScale")).setSelected(true);
        }, 400, 250, "loss-long-tanh-log");
        Snapshot deep = TrainedSnapshots.deep17();
        write(grad, () -> {
            grad.show(Quantity.GRADIENT);
            grad.render(deep);
        }, 400, 250, "grad-deep17-400");
        write(grad, () -> grad.render(deep), 600, 300, "grad-deep17");
        write(grad, () -> {
            grad.show(Quantity.GRADIENT);
            grad.render(empty);
        }, 400, 250, "grad-empty");
        Snapshot diverged = TrainedSnapshots.diverged();
        LossChart fresh = new LossChart();
        write(fresh, () -> fresh.render(diverged), 400, 250, "loss-diverged");
        write(grad, () -> grad.render(diverged), 400, 250, "grad-diverged");
        GhostRuns ghosts = new GhostRuns(() -> tanh);
        ghosts.observe(small);
        ghosts.observe(sig);
        ghosts.observe(tanh);
        LossChart compared = new LossChart();
        compared.setGhosts(ghosts);
        grad.setGhosts(ghosts);
        write(compared, () -> compared.render(tanh), 400, 250, "loss-ghosts");
        write(grad, () -> grad.render(tanh), 400, 250, "grad-ghosts");
    }
}
